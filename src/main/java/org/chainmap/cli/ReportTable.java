package org.chainmap.cli;

import java.util.List;
import org.chainmap.export.Sheet;
import org.chainmap.export.Tabular;
import org.chainmap.export.TextTable;
import org.chainmap.report.ClassCounts;
import org.chainmap.report.Counts;
import org.chainmap.report.Headline;
import org.chainmap.report.Report;

/** The report as a two-column table for the terminal. */
final class ReportTable {
    private ReportTable() {}

    /** The figures, their trend over the year before and the per-mu classes, a table each. */
    static Tabular of(Report report) {
        TextTable trend = new TextTable("figure", "then", "now", "change");
        report.trend().forEach((figure, t) -> trend.row(figure, t.then(), t.now(), t.change()));
        TextTable classes = new TextTable("scale", "enterprises", "classes");
        for (ClassCounts g : report.evaluation().groups()) {
            StringBuilder counts = new StringBuilder();
            g.classes()
                    .forEach((c, n) -> counts.append(counts.isEmpty() ? "" : " · ")
                            .append(c)
                            .append(' ')
                            .append(n));
            classes.row(g.scale().zh(), g.enterprises(), counts);
        }
        return Tabular.of(List.of(
                Sheet.of("report as of " + report.asOf(), figures(report)),
                Sheet.of("trend (a year before → " + report.asOf() + ")", trend),
                Sheet.of("per-mu classes " + report.evaluation().year(), classes)));
    }

    private static TextTable figures(Report report) {
        Headline h = report.headline();
        Counts c = report.counts();
        return new TextTable("figure", "value")
                .row("产业链 chains", h.chains())
                .row("工信局牵头 bureau-led chains", h.bureauLedChains())
                .row("链主 chain leaders", h.leaders())
                .row("专业园区 parks", h.parks())
                .row("已认定园区 certified parks", h.certifiedParks())
                .row("园区面积 park area (亩)", h.parkAreaMu())
                .row("园区单元 park units", h.parkUnits())
                .row("认定园区入驻企业 tenants of certified parks", h.certifiedParkTenants())
                .row(
                        "链式项目 在谈/签约/在建 chain projects",
                        h.chainProjects().TALKS() + " / " + h.chainProjects().SIGNED() + " / "
                                + h.chainProjects().CONSTRUCTION())
                .row(
                        "技改项目 tech-upgrade (count, 亿元, started)",
                        h.techUpgrade().count() + ", " + h.techUpgrade().investmentYi() + ", "
                                + h.techUpgrade().started())
                .row(
                        "以企招企 referral (count, 亿元, signed)",
                        h.referral().count() + ", " + h.referral().investmentYi() + ", "
                                + h.referral().signed())
                .row("links", c.links())
                .row("enterprises (local)", c.enterprises() + " (" + c.localEnterprises() + ")")
                .row("supply ties", c.supplies())
                .row("projects", c.projects());
    }
}

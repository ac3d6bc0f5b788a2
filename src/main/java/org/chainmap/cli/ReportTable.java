package org.chainmap.cli;

import org.chainmap.export.TextTable;
import org.chainmap.report.Counts;
import org.chainmap.report.Headline;
import org.chainmap.report.Report;

/** The report as a two-column table for the terminal. */
final class ReportTable {
    private ReportTable() {}

    static TextTable of(Report report) {
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

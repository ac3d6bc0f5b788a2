package org.chainmap.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.gaps.GapStatus;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;
import org.chainmap.export.TextTable;
import org.chainmap.pipeline.GapCoverage;
import org.chainmap.pipeline.GapLinkProgress;
import org.chainmap.pipeline.GroupFigure;
import org.chainmap.pipeline.PipelineService;
import org.chainmap.pipeline.PipelineSummary;
import org.chainmap.pipeline.Project;
import org.chainmap.pipeline.ProjectFilter;
import org.chainmap.pipeline.ProjectList;
import org.chainmap.pipeline.StageFigure;
import org.chainmap.store.Store;
import org.chainmap.workbench.Workbench;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "projects",
        description = "The project pipeline: the list, the funnel by stage, type and chain, progress on gap links.")
final class ProjectsCommand extends StoreCommand {
    @ArgGroup(exclusive = true)
    View view = new View();

    static final class View {
        @Option(names = "--summary", description = "funnel by stage, type and chain, with investment in 亿元")
        boolean summary;

        @Option(
                names = "--gap-links",
                paramLabel = "LINK",
                split = ",",
                description = "for these gap links: the furthest stage a project reached, and those with none")
        List<String> gapLinks;

        @Option(
                names = "--stalled",
                description = "open projects whose next step is overdue or whose stage has not changed for --days,"
                        + " by owner")
        boolean stalled;

        @Option(
                names = "--gap-coverage",
                description = "for every gap link of the gap analysis (of --chain, or of all chains): the furthest"
                        + " stage a project reached, and the gap links with none")
        boolean gapCoverage;
    }

    @Mixin
    AnalysisOptions analysis;

    @Option(names = "--chain", paramLabel = "ID", description = "only projects for this chain (list and summary)")
    String chain;

    @Option(names = "--type", paramLabel = "TYPE", description = "only this type: CHAIN, REFERRAL, PARK, TECH_UPGRADE")
    ProjectType type;

    @Option(
            names = "--stage",
            paramLabel = "STAGE",
            description = "only this stage: LEAD, TALKS, SIGNED, CONSTRUCTION, OPERATING, DROPPED")
    ProjectStage stage;

    @Option(names = "--owner", paramLabel = "NAME", description = "only projects this official follows up (包联)")
    String owner;

    @Option(
            names = "--days",
            paramLabel = "N",
            description = "with --stalled: days without a change of stage (default: ${DEFAULT-VALUE})")
    int days = Workbench.DEFAULT_STALLED_DAYS;

    @Override
    void checkOptions() {
        if (days < 0) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "--days must not be negative: " + days);
        }
    }

    @Override
    int run(Store store) {
        PipelineService pipeline = new PipelineService(store);
        ProjectFilter filter = new ProjectFilter(chain, type, stage, owner);
        if (view.stalled) {
            ProjectList list = pipeline.stalled(filter, LocalDate.now(), days);
            output.print(list, stalledTable(list));
        } else if (view.summary) {
            PipelineSummary summary = pipeline.summary(filter);
            output.print(summary, table(summary));
        } else if (view.gapLinks != null || view.gapCoverage) {
            List<String> links = view.gapLinks != null ? view.gapLinks : gapLinks(store);
            GapCoverage coverage = pipeline.gapCoverage(links);
            output.print(coverage, table(coverage));
        } else {
            ProjectList list = pipeline.projects(filter);
            output.print(list, table(list));
        }
        return 0;
    }

    /** The links whose gap status is not OK, by the analysis of {@code --chain} or of every chain. */
    private List<String> gapLinks(Store store) {
        AnalysisService service = AnalysisService.over(store, analysis.config());
        List<GapReport> reports =
                chain != null ? List.of(service.gaps(chain)) : service.gapsAll().chains();
        return reports.stream()
                .flatMap(r -> r.links().stream())
                .filter(l -> l.status() != GapStatus.OK)
                .map(LinkGap::linkId)
                .toList();
    }

    private static TextTable table(ProjectList list) {
        TextTable t = new TextTable(
                "id", "name", "type", "stage", "亿元", "chain", "link", "investor", "referrer", "park", "updated");
        for (Project p : list.projects()) {
            t.row(
                    p.id(),
                    p.name(),
                    p.type().zh(),
                    p.stage().zh(),
                    yi(p.investmentYi()),
                    p.chain() == null ? "" : p.chain().name(),
                    p.link() == null ? "" : p.link().name(),
                    p.investor() == null ? "" : p.investor().name(),
                    p.referrer() == null ? "" : p.referrer().name(),
                    p.park() == null ? "" : p.park().name(),
                    p.updated());
        }
        return t;
    }

    private static TextTable stalledTable(ProjectList list) {
        TextTable t = new TextTable("owner", "id", "name", "stage", "idle days", "reason", "next step", "due");
        for (Project p : list.projects()) {
            t.row(
                    p.owner() == null ? "" : p.owner(),
                    p.id(),
                    p.name(),
                    p.stage().zh(),
                    p.idleDays(),
                    p.reason() == Project.StallReason.OVERDUE ? "逾期 overdue" : "无进展 no progress",
                    p.nextStep() == null ? "" : p.nextStep(),
                    p.nextStepDue() == null ? "" : p.nextStepDue());
        }
        return t;
    }

    private static TextTable table(PipelineSummary s) {
        TextTable t = new TextTable("", "at the stage", "亿元", "reached it", "亿元 (reached)");
        t.row("all", s.projects(), yi(s.investmentYi()), "", "");
        for (StageFigure f : s.funnel()) {
            t.row(
                    f.label() + " " + f.stage(),
                    f.count(),
                    yi(f.investmentYi()),
                    f.reached(),
                    yi(f.reachedInvestmentYi()));
        }
        t.row(
                s.dropped().label() + " " + s.dropped().stage(),
                s.dropped().count(),
                yi(s.dropped().investmentYi()),
                "",
                "");
        for (GroupFigure g : s.byType()) {
            t.row("type " + g.name(), g.count(), yi(g.investmentYi()), "", "");
        }
        for (GroupFigure g : s.byChain()) {
            t.row("chain " + (g.name() == null ? "-" : g.name()), g.count(), yi(g.investmentYi()), "", "");
        }
        return t;
    }

    private static TextTable table(GapCoverage c) {
        TextTable t = new TextTable("link", "name", "chain", "furthest stage", "projects", "dropped");
        for (GapLinkProgress l : c.links()) {
            t.row(
                    l.linkId(),
                    l.name(),
                    l.chainId(),
                    l.furthestStage() == null ? "none" : l.furthestStage().zh(),
                    l.projects(),
                    l.dropped());
        }
        return t;
    }

    private static String yi(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.2f", v);
    }
}

package org.chainmap.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.gaps.GapStatus;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.evaluation.EvaluationConfig;
import org.chainmap.evaluation.EvaluationResult;
import org.chainmap.evaluation.EvaluationService;
import org.chainmap.evaluation.Transitions;
import org.chainmap.report.Report;
import org.chainmap.report.ReportService;

/**
 * Gathers the brief of a day from the services whose answers it shows: the report, the gap analysis of every chain,
 * and the per-mu evaluations of the year shown and the one before. Cost: that of the report, of {@code gaps --all}
 * and of two evaluations.
 */
public final class BriefService {
    private final ReportService reports;
    private final AnalysisService analysis;
    private final EvaluationService evaluation;

    public BriefService(ReportService reports, AnalysisService analysis, EvaluationService evaluation) {
        this.reports = reports;
        this.analysis = analysis;
        this.evaluation = evaluation;
    }

    /** The brief of {@code asOf}; of today, at the projects' current stages, when null. */
    public Brief brief(LocalDate asOf) {
        Report report = reports.report(asOf);
        return new Brief(report, roadmap(), transitions(report));
    }

    private List<Brief.RoadmapRow> roadmap() {
        List<Brief.RoadmapRow> rows = new ArrayList<>();
        for (GapReport chain : analysis.gapsAll().chains()) {
            rows.add(new Brief.RoadmapRow(
                    chain.chain().id(),
                    chain.chain().name(),
                    chain.chain().build(),
                    names(chain, GapStatus.FILL),
                    names(chain, GapStatus.EXTEND),
                    names(chain, GapStatus.STRENGTHEN)));
        }
        return rows;
    }

    private static List<String> names(GapReport chain, GapStatus status) {
        return chain.links().stream()
                .filter(l -> l.status() == status)
                .map(LinkGap::name)
                .toList();
    }

    private Transitions transitions(Report report) {
        Integer year = report.evaluation().year();
        if (year == null) {
            return null;
        }
        EvaluationConfig config = EvaluationConfig.defaults();
        EvaluationResult before = evaluation.evaluate(year - 1, config);
        if (before.rows().isEmpty()) {
            return null;
        }
        return Transitions.between(before, evaluation.evaluate(year, config), config.classNames(), null);
    }
}

package org.chainmap.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.chainmap.analysis.gaps.AllGaps;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.analysis.referrals.ReferralPath;
import org.chainmap.analysis.referrals.ReferralReport;
import org.chainmap.analysis.referrals.ReferrerReport;
import org.chainmap.analysis.resilience.ResilienceReport;
import org.chainmap.analysis.targets.AllTargets;
import org.chainmap.analysis.targets.TargetReport;
import org.chainmap.analysis.targets.TargetRow;
import org.chainmap.domain.EnterpriseRef;

/**
 * The analyses as tables for the terminal, CSV and XLSX, with the JSON field names as column names (SPEC
 * section 4); nested values are flattened ({@code parts} to {@code part_gap} …, paths to text, evidence to words in the sheet's language).
 */
public final class AnalysisSheets {
    private AnalysisSheets() {}

    /** Sheets "chains" (the headline) and "links" (the rows, with their chain's id; what CSV holds). */
    public static Tabular gaps(AllGaps all) {
        Sheet chains = new Sheet("chains", "id", "name", "nameEn", "links", "coveredLinks", "leaders", "build");
        Sheet links = new Sheet(
                "links",
                "chainId",
                "linkId",
                "name",
                "nameEn",
                "stage",
                "key",
                "status",
                "action",
                "coverage",
                "aboveScale",
                "dependency",
                "criticality",
                "gapScore",
                "feasibility");
        for (GapReport r : all.chains()) {
            var c = r.chain();
            chains.row(c.id(), c.name(), c.nameEn(), c.links(), c.coveredLinks(), c.leaders(), c.build());
            for (LinkGap l : r.links()) {
                links.row(
                        c.id(),
                        l.linkId(),
                        l.name(),
                        l.nameEn(),
                        l.stage().name(),
                        l.key(),
                        l.status().name(),
                        l.action(),
                        l.coverage(),
                        l.aboveScale(),
                        l.dependency(),
                        l.criticality(),
                        l.gapScore(),
                        l.feasibility());
            }
        }
        return new Tabular(List.of(chains, links), links, List.of("nameEn"));
    }

    public static Tabular gaps(GapReport report) {
        return gaps(new AllGaps(List.of(report)));
    }

    private static final String[] TARGET_COLUMNS = {
        "rank",
        "uscc",
        "name",
        "region",
        "linkId",
        "linkName",
        "linkNameEn",
        "linkInferred",
        "action",
        "score",
        "part_gap",
        "part_strength",
        "part_proximity",
        "part_park",
        "part_place",
        "otherLinks",
        "pipelineStage",
        "inferred",
        "evidence"
    };

    public static Tabular targets(TargetReport report) {
        Sheet s = new Sheet("targets", TARGET_COLUMNS);
        for (TargetRow t : report.targets()) {
            s.row(targetCells(t).toArray());
        }
        return Tabular.of(s).omittingOnTerminal("linkNameEn", "evidence");
    }

    /** Every chain's targets in one sheet: a chain's columns, with the row's chain first. */
    public static Tabular targets(AllTargets all) {
        List<String> columns = new ArrayList<>(List.of("chainId", "chainName"));
        columns.addAll(List.of(TARGET_COLUMNS));
        Sheet s = new Sheet("targets", columns.toArray(String[]::new));
        for (AllTargets.Row row : all.targets()) {
            List<Object> cells = new ArrayList<>(List.of(row.chainId(), row.chainName()));
            cells.addAll(targetCells(row.target()));
            s.row(cells.toArray());
        }
        return Tabular.of(s).omittingOnTerminal("chainName", "linkNameEn", "evidence");
    }

    private static List<Object> targetCells(TargetRow t) {
        return Arrays.asList(
                t.rank(),
                t.uscc(),
                t.name(),
                t.region(),
                t.linkId(),
                t.linkName(),
                t.linkNameEn(),
                t.linkInferred(),
                t.action(),
                t.score(),
                t.parts().gap(),
                t.parts().strength(),
                t.parts().proximity(),
                t.parts().park(),
                t.parts().place(),
                String.join(";", t.otherLinks()),
                t.pipelineStage() == null ? null : t.pipelineStage().name(),
                String.join(";", t.inferred()),
                new EvidenceText(t.evidence()));
    }

    public static Tabular referrals(ReferralReport report) {
        Sheet s = new Sheet("referrals", "uscc", "name", "linkId", "linkName", "linkNameEn", "action", "score", "path");
        report.referrals()
                .forEach(r -> s.row(
                        r.uscc(),
                        r.name(),
                        r.linkId(),
                        r.linkName(),
                        r.linkNameEn(),
                        r.action(),
                        r.score(),
                        path(r.path())));
        return Tabular.of(s).omittingOnTerminal("linkNameEn");
    }

    public static Tabular referrers(ReferrerReport report) {
        Sheet s = new Sheet("referrers", "uscc", "name", "leader", "score", "paths");
        report.referrers()
                .forEach(r -> s.row(
                        r.uscc(),
                        r.name(),
                        r.leader(),
                        r.score(),
                        r.paths().stream().map(AnalysisSheets::path).collect(Collectors.joining("; "))));
        return Tabular.of(s);
    }

    /** One sheet per part; CSV holds them in long form with a {@code part} column. */
    public static Tabular resilience(ResilienceReport report) {
        List<Sheet> sheets = new ArrayList<>();
        Sheet points = new Sheet("articulationPoints", "uscc", "name");
        report.articulationPoints().forEach(p -> points.row(p.uscc(), p.name()));
        Sheet bridges = new Sheet("bridges", "a", "aName", "b", "bName");
        report.bridges().forEach(b -> bridges.row(b.a().uscc(), b.a().name(), b.b().uscc(), b.b().name()));
        Sheet concentration = new Sheet("concentration", "linkId", "hhi");
        report.concentration().forEach(c -> concentration.row(c.linkId(), c.hhi()));
        Sheet betweenness = new Sheet("betweenness", "uscc", "name", "score");
        report.betweenness().forEach(b -> betweenness.row(b.uscc(), b.name(), b.score()));
        sheets.addAll(List.of(points, bridges, concentration, betweenness));
        if (report.relocation() != null) {
            Sheet relocation = new Sheet("relocation", "uscc", "name", "linkId");
            report.relocation().losses().forEach(l -> relocation.row(l.uscc(), l.name(), l.linkId()));
            sheets.add(relocation);
        }
        return Tabular.of(sheets);
    }

    private static String path(ReferralPath p) {
        return p.enterprises().stream().map(EnterpriseRef::name).collect(Collectors.joining(" → "));
    }
}

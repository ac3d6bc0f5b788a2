package org.chainmap.api;

import java.util.Objects;
import java.util.Set;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.chains.ChainMapService;
import org.chainmap.enterprises.EnterpriseService;
import org.chainmap.evaluation.EvaluationConfig;
import org.chainmap.evaluation.EvaluationService;
import org.chainmap.imports.ExchangeRates;
import org.chainmap.imports.ImportService;
import org.chainmap.land.LandRules;
import org.chainmap.land.LandService;
import org.chainmap.parks.ParkService;
import org.chainmap.pipeline.PipelineService;
import org.chainmap.report.ReportService;
import org.chainmap.simulate.Simulator;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.workbench.Workbench;

/** What the HTTP app needs: the store (for health) and the services the routes call. */
public record Services(
        Store store,
        ReportService report,
        AnalysisService analysis,
        ParkService parks,
        PipelineService pipeline,
        EvaluationService evaluation,
        EnterpriseService enterprises,
        ChainMapService maps,
        ImportService imports,
        Workbench workbench,
        Simulator simulator,
        LandService land) {
    public Services {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(parks, "parks");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(enterprises, "enterprises");
        Objects.requireNonNull(maps, "maps");
        Objects.requireNonNull(imports, "imports");
        Objects.requireNonNull(workbench, "workbench");
        Objects.requireNonNull(simulator, "simulator");
        Objects.requireNonNull(land, "land");
    }

    /** The services over one store with the given analysis settings and bureau, local by the default divisions. */
    public static Services over(Store store, AnalysisConfig config, String bureau) {
        return over(store, config, bureau, ImportService.DEFAULT_LOCAL_DIVISIONS);
    }

    /** The services over one store; uploads count the given division codes as local. */
    public static Services over(Store store, AnalysisConfig config, String bureau, Set<String> localDivisions) {
        return over(store, config, bureau, localDivisions, ExchangeRates.DEFAULTS);
    }

    /**
     * The services over one store; uploads count the given division codes as local and convert amounts in foreign
     * currencies at {@code rates}.
     */
    public static Services over(
            Store store, AnalysisConfig config, String bureau, Set<String> localDivisions, ExchangeRates rates) {
        AnalysisService analysis = AnalysisService.over(store, config);
        ParkService parks = new ParkService(store);
        EvaluationService evaluation = new EvaluationService(store);
        return new Services(
                store,
                new ReportService(store, bureau),
                analysis,
                parks,
                new PipelineService(store),
                evaluation,
                new EnterpriseService(store),
                new ChainMapService(store),
                new ImportService(new Neo4jGraphWriter(store), localDivisions, rates),
                new Workbench(store, java.time.Clock.systemDefaultZone()),
                new Simulator(store, analysis, parks, evaluation, EvaluationConfig.defaults()),
                new LandService(store, evaluation, EvaluationConfig.defaults(), analysis, parks, LandRules.DEFAULTS));
    }
}

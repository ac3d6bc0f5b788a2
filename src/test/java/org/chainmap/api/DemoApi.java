package org.chainmap.api;

import io.javalin.Javalin;
import java.util.Map;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.imports.DemoData;
import org.chainmap.imports.ImportService;
import org.chainmap.imports.Progress;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;

/** The shared test store emptied and loaded with the demo data set, served by the default app on a free port. */
final class DemoApi {
    static final String BUREAU = "区工业和信息化局";

    private DemoApi() {}

    static Javalin start() {
        Store store = TestNeo4j.clean();
        DemoData.importInto(new Neo4jGraphWriter(store), ImportService.DEFAULT_LOCAL_DIVISIONS, Progress.NONE);
        return ApiServer.create(Services.over(store, AnalysisConfig.load(null, Map.of()), BUREAU))
                .start("127.0.0.1", 0);
    }
}

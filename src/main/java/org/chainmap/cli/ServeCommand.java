package org.chainmap.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chainmap.api.ApiServer;
import org.chainmap.api.Services;
import org.chainmap.imports.DemoData;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Start the API and the web view.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    LocalOptions local;

    @Mixin
    AnalysisOptions analysis;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 for any free port)", defaultValue = "7070")
    int port;

    @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE})", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--demo", description = "load the demo data set when the graph is empty")
    boolean demo;

    @Option(names = "--bureau", description = "lead agency of the bureau-led chains (default: ${DEFAULT-VALUE})", defaultValue = ReportCommand.DEFAULT_BUREAU)
    String bureau;

    @Override
    public Integer call() throws InterruptedException {
        Store store = Store.open(storeOptions.settings(), true);
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            var services = Services.over(store, analysis.config(), bureau);
            var report = services.report();
            if (demo && report.counts().enterprises() == 0) {
                System.err.println("loading the demo data set …");
                DemoData.importInto(new Neo4jGraphWriter(store), local.divisions(), TerminalProgress.toStderr());
            }
            var app = ApiServer.create(services);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                app.stop();
                stopped.countDown();
            }, "chainmap-http-shutdown"));
            app.start(host, port);
            System.err.printf("chainmap serving %s on http://%s:%d/ (Ctrl-C to stop)%n",
                    store.description(), host, app.port());
            stopped.await();
            store.close();
            return 0;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}

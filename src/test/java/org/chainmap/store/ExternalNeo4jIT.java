package org.chainmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.Importer;
import org.chainmap.imports.Progress;
import org.chainmap.report.ReportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** The same code path against a Neo4j server in a container; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class ExternalNeo4jIT {
    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.08.1").withAdminPassword("chainmap-test");

    @TempDir
    Path unused;

    @Test
    void shouldImportIntoAnExternalServer() throws Exception {
        var settings = new ConnectionSettings(unused, NEO4J.getBoltUrl(), "neo4j", "chainmap-test", 64);
        try (Store store = Store.open(settings, false)) {
            Path dir = org.chainmap.imports.Fixtures.copy(
                    "small", java.nio.file.Files.createDirectory(unused.resolve("in")));
            new Importer(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE)
                    .run(ImportSource.of(dir), false);
            assertThat(new ReportService(store, "区工业和信息化局").counts().enterprises())
                    .isEqualTo(6);
            assertThat(store.description()).startsWith("bolt://");
        }
    }
}

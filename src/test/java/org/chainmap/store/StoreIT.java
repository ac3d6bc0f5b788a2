package org.chainmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreIT {
    @TempDir
    Path data;

    @Test
    void shouldShareAServedStoreAndRefuseASecondOwner() throws Exception {
        try (Store server = Store.open(ConnectionSettings.embedded(data), true)) {
            Path file = data.resolve(ServerFile.NAME);
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(file)).contains("bolt://127.0.0.1:");

            try (Store client = Store.open(ConnectionSettings.embedded(data), false)) {
                assertThat(client.description()).startsWith("chainmap serve (pid ");
                client.writeTransaction(tx -> tx.run(Queries.text("import/bump-version"), Map.of("memberships", false))
                        .consume());
            }
            assertThat(server.read("store/graph-version", Map.of())
                            .getFirst()
                            .get("version")
                            .asLong())
                    .isEqualTo(1);

            Files.delete(file); // as if no server published the store
            assertThatThrownBy(() -> Store.open(ConnectionSettings.embedded(data), false))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("store in use");
        }
        assertThat(data.resolve(ServerFile.NAME)).doesNotExist();
    }

    @Test
    @SuppressWarnings("try") // the served store only has to be open while the wrong password is tried
    void shouldRequireThePasswordOnTheEmbeddedBolt() {
        try (Store server = Store.open(ConnectionSettings.embedded(data), true)) {
            String uri = ServerFile.read(data).orElseThrow().uri().toString();
            var wrong = new ConnectionSettings(data, uri, "neo4j", "wrong-password", 64);
            assertThatThrownBy(() -> Store.open(wrong, false)).isInstanceOf(StoreUnavailableException.class);
        }
    }

    @Test
    void shouldKeepTheStorePasswordOwnerOnlyAndRenewItWhenTheKeptOneIsRefused() throws Exception {
        try (Store first = Store.open(ConnectionSettings.embedded(data), false)) {
            first.writeTransaction(tx -> tx.run(Queries.text("import/bump-version"), Map.of("memberships", false))
                    .consume());
        }
        Path key = data.resolve(StoreKey.NAME);
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String kept = Files.readString(key);

        try (Store again = Store.open(ConnectionSettings.embedded(data), false)) {
            assertThat(graphVersion(again)).isEqualTo(1);
        }
        assertThat(Files.readString(key)).as("a restart keeps the password").isEqualTo(kept);

        Files.writeString(key, "not-the-password");
        try (Store renewed = Store.open(ConnectionSettings.embedded(data), false)) {
            assertThat(graphVersion(renewed)).isEqualTo(1);
        }
        assertThat(Files.readString(key)).isNotIn(kept, "not-the-password").hasSize(48);
    }

    @Test
    void shouldCreateAnIndexDroppedSinceTheLastStartAndLeaveThePresentOnesAlone() {
        try (Store store = Store.open(ConnectionSettings.embedded(data), false)) {
            store.apply("DROP INDEX enterprise_region");
            assertThat(store.schemaNames()).doesNotContainKey("enterprise_region");
        }
        try (Store store = Store.open(ConnectionSettings.embedded(data), false)) {
            assertThat(store.schemaNames())
                    .containsEntry("enterprise_region", true)
                    .containsEntry("enterprise_uscc", true)
                    .containsKeys(Schema.statements().stream()
                            .map(s -> Schema.name(s).orElseThrow())
                            .toArray(String[]::new));
        }
    }

    private static long graphVersion(Store store) {
        return store.read("store/graph-version", Map.of())
                .getFirst()
                .get("version")
                .asLong();
    }
}

package org.chainmap.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.gaps.GapStatus;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.ProjectionReader;
import org.chainmap.domain.Scale;
import org.chainmap.evaluation.EvaluationConfig;
import org.chainmap.evaluation.EvaluationResult;
import org.chainmap.evaluation.EvaluationRow;
import org.chainmap.evaluation.EvaluationService;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.Importer;
import org.chainmap.imports.Progress;
import org.chainmap.parks.ParkService;
import org.chainmap.parks.ParkSummary;
import org.chainmap.simulate.SimulationInput.EnterpriseInput;
import org.chainmap.store.ConnectionSettings;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator against a real import of the same enterprise: the small fixture and {@code fixtures/simulate} (a FILL
 * link, a park just under 70%, four above-scale evaluation rows) are imported into a store, the landing simulated
 * there; then imported into a fresh store with the enterprise's files (local, its links, a tenant of the park taking
 * one more unit, its evaluation row) imported after them, and the analyses of that store compared with the
 * simulation's "after", field by field, and those of the first store with its "before".
 */
class SimulateIT {
    private static final AnalysisConfig CONFIG = AnalysisConfig.defaults();
    private static final Set<String> LOCAL = Set.of("370215", "370282");
    /** A non-local separator maker of the addition, working in nev.separators (a FILL link) and supplying 1W. */
    private static final String SEPARATORS = "91320500MA0000007J";

    private static final String NEW = "91370215MA0000010T";

    @TempDir
    Path dir;

    /** What the analyses of one store answer, as the simulation reports it. */
    private record Answers(
            Map<String, GapReport> gaps,
            Map<String, ParkSummary> parks,
            EvaluationResult evaluation,
            IndustryGraph projection) {}

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SimulateIT.class.getClassLoader().getResource(name).toURI());
    }

    private static void importFolder(Store store, Path folder) {
        new Importer(new Neo4jGraphWriter(store), LOCAL, Progress.NONE).run(ImportSource.of(folder), false);
    }

    private Store fixtureStore(String name) throws URISyntaxException {
        Store store = Store.open(ConnectionSettings.embedded(dir.resolve(name)), false);
        importFolder(store, resource("fixtures/small"));
        importFolder(store, resource("fixtures/simulate"));
        return store;
    }

    private static Answers answers(Store store) {
        AnalysisService analysis = AnalysisService.over(store, CONFIG);
        Map<String, GapReport> gaps = new HashMap<>();
        analysis.gapsAll().chains().forEach(r -> gaps.put(r.chain().id(), r));
        Map<String, ParkSummary> parks = new HashMap<>();
        new ParkService(store).list().parks().forEach(p -> parks.put(p.id(), p));
        return new Answers(
                gaps,
                parks,
                new EvaluationService(store).evaluate(2025, EvaluationConfig.defaults()),
                new ProjectionReader(store).read());
    }

    private static Simulator simulator(Store store) {
        return new Simulator(
                store,
                AnalysisService.over(store, CONFIG),
                new ParkService(store),
                new EvaluationService(store),
                EvaluationConfig.defaults());
    }

    private Path files(String folder, Map<String, String> files) throws IOException {
        Path out = Files.createDirectories(dir.resolve(folder));
        for (var f : files.entrySet()) {
            Files.writeString(out.resolve(f.getKey() + ".csv"), f.getValue());
        }
        return out;
    }

    private static LinkGap row(GapReport report, String linkId) {
        return report.links().stream()
                .filter(l -> l.linkId().equals(linkId))
                .findFirst()
                .orElseThrow();
    }

    private static EvaluationRow row(EvaluationResult result, String uscc) {
        return result.rows().stream()
                .filter(r -> r.uscc().equals(uscc))
                .findFirst()
                .orElseThrow();
    }

    /** Every figure of the simulation, before from the first store, after from the store with the real import. */
    private static void assertMatches(Simulation s, Answers before, Answers after, String parkId) {
        for (Simulation.LinkChange l : s.links()) {
            LinkGap b = row(before.gaps().get(l.chainId()), l.linkId());
            LinkGap a = row(after.gaps().get(l.chainId()), l.linkId());
            assertThat(l.before().status()).as(l.linkId()).isEqualTo(b.status());
            assertThat(l.before().coverage()).as(l.linkId()).isEqualTo(b.coverage());
            assertThat(l.before().gapScore()).as(l.linkId()).isCloseTo(b.gapScore(), within(1e-12));
            assertThat(l.after().status()).as(l.linkId()).isEqualTo(a.status());
            assertThat(l.after().action()).as(l.linkId()).isEqualTo(a.action());
            assertThat(l.after().coverage()).as(l.linkId()).isEqualTo(a.coverage());
            assertThat(l.after().gapScore()).as(l.linkId()).isCloseTo(a.gapScore(), within(1e-12));
        }
        for (Simulation.ChainChange c : s.chains()) {
            assertThat(c.coveredBefore())
                    .as(c.id())
                    .isEqualTo(before.gaps().get(c.id()).chain().coveredLinks());
            assertThat(c.buildBefore())
                    .as(c.id())
                    .isEqualTo(before.gaps().get(c.id()).chain().build());
            assertThat(c.coveredAfter())
                    .as(c.id())
                    .isEqualTo(after.gaps().get(c.id()).chain().coveredLinks());
            assertThat(c.buildAfter())
                    .as(c.id())
                    .isEqualTo(after.gaps().get(c.id()).chain().build());
        }
        ParkSummary pb = before.parks().get(parkId);
        ParkSummary pa = after.parks().get(parkId);
        assertThat(s.park().concentrationBefore()).isEqualTo(pb.concentration());
        assertThat(s.park().meetsGoalBefore()).isEqualTo(pb.meetsGoal());
        assertThat(s.park().occupancyBefore()).isEqualTo(pb.occupancy());
        assertThat(s.park().concentrationAfter()).isEqualTo(pa.concentration());
        assertThat(s.park().meetsGoalAfter()).isEqualTo(pa.meetsGoal());
        assertThat(s.park().occupancyAfter()).isEqualTo(pa.occupancy());

        String uscc = s.enterprise().uscc();
        EvaluationRow evaluated = row(after.evaluation(), uscc);
        assertThat(s.evaluation().year()).isEqualTo(2025);
        assertThat(s.evaluation().scale()).isEqualTo(evaluated.scale());
        assertThat(s.evaluation().score()).isCloseTo(evaluated.score(), within(1e-9));
        assertThat(s.evaluation().rank()).isEqualTo(evaluated.rank());
        assertThat(s.evaluation().className()).isEqualTo(evaluated.className());
        assertThat(s.evaluation().fundRatio()).isEqualTo(evaluated.fundRatio());
        List<Simulation.ClassChange> changes = new ArrayList<>();
        for (EvaluationRow r : after.evaluation().rows()) {
            before.evaluation().rows().stream()
                    .filter(b -> b.uscc().equals(r.uscc()) && !b.uscc().equals(uscc))
                    .filter(b -> !b.className().equals(r.className()))
                    .forEach(b ->
                            changes.add(new Simulation.ClassChange(r.uscc(), r.name(), b.className(), r.className())));
        }
        changes.sort(java.util.Comparator.comparing(Simulation.ClassChange::uscc));
        assertThat(s.evaluation().classChanges()).isEqualTo(changes);

        var graph = after.projection();
        int v = graph.indexOf(uscc);
        int ties = 0;
        for (int i = 0; i < graph.tieGraph().outDegree(v); i++) {
            ties += graph.isLocal(graph.tieGraph().customer(graph.tieGraph().outTie(v, i))) ? 1 : 0;
        }
        for (int i = 0; i < graph.tieGraph().inDegree(v); i++) {
            ties += graph.isLocal(graph.tieGraph().supplier(graph.tieGraph().inTie(v, i))) ? 1 : 0;
        }
        assertThat(s.localTies()).isEqualTo(ties);
    }

    @Test
    void shouldGiveWhatARealImportOfAnEnterpriseOfTheGraphGives() throws Exception {
        Simulation s;
        Answers before;
        try (Store store = fixtureStore("simulated")) {
            before = answers(store);
            s = simulator(store)
                    .simulate(new SimulationInput(
                            new EnterpriseInput(
                                    SEPARATORS,
                                    null,
                                    List.of("ic.chips"),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    5000.0,
                                    30000.0,
                                    1200.0,
                                    20.0,
                                    9000000.0,
                                    3000.0),
                            "pk2",
                            2025));
        }
        Answers after;
        try (Store store = fixtureStore("imported")) {
            importFolder(
                    store,
                    files(
                            "landing",
                            Map.of(
                                    "enterprises",
                                    "uscc,name,local\n" + SEPARATORS + ",苏州庚隔膜有限公司,true\n",
                                    "enterprise_links",
                                    "uscc,link_id\n" + SEPARATORS + ",ic.chips\n",
                                    "tenants",
                                    "uscc,park_id\n" + SEPARATORS + ",pk2\n",
                                    "parks",
                                    "id,name,occupied_units\npk2,即墨芯片园,11\n",
                                    "evaluations",
                                    "uscc,year,tax,value_added,revenue,energy_tce,emissions,electricity_kwh,rnd,"
                                            + "employees,land_mu,floor_area_sqm\n"
                                            + SEPARATORS + ",2025,2500,30000,60000,1200,20,9000000,3000,700,,5000\n")));
            after = answers(store);
        }

        assertMatches(s, before, after, "pk2");
        // the four cases of the issue
        Simulation.LinkChange separators = s.links().stream()
                .filter(l -> l.linkId().equals("nev.separators"))
                .findFirst()
                .orElseThrow();
        assertThat(separators.before().status()).isEqualTo(GapStatus.FILL);
        assertThat(separators.after().status()).isEqualTo(GapStatus.STRENGTHEN);
        Simulation.ChainChange ic =
                s.chains().stream().filter(c -> c.id().equals("ic")).findFirst().orElseThrow();
        assertThat(ic.buildBefore()).isTrue();
        assertThat(ic.buildAfter()).isFalse();
        assertThat(s.park().meetsGoalBefore()).isFalse();
        assertThat(s.park().meetsGoalAfter()).isTrue();
        assertThat(s.evaluation().classChanges()).isNotEmpty();
        assertThat(s.evaluation().scale()).isEqualTo(Scale.ABOVE);
        assertThat(s.localTies()).isEqualTo(1);
        assertThat(s.enterprise().existing()).isTrue();
    }

    @Test
    void shouldGiveWhatARealImportOfANewEnterpriseGives() throws Exception {
        Simulation s;
        Answers before;
        try (Store store = fixtureStore("simulated")) {
            before = answers(store);
            s = simulator(store)
                    .simulate(new SimulationInput(
                            new EnterpriseInput(
                                    NEW,
                                    "青岛癸回收有限公司",
                                    List.of("nev.recycling"),
                                    Scale.BELOW,
                                    1800.0,
                                    60.0,
                                    40L,
                                    null,
                                    2000.0,
                                    400.0,
                                    50.0,
                                    1.0,
                                    300000.0,
                                    30.0),
                            "pk1",
                            2025));
            assertThatThrownBy(() ->
                            simulator(store).simulate(new SimulationInput(new EnterpriseInput(NEW), "nope", null)))
                    .isInstanceOf(InvalidSimulationException.class)
                    .hasMessageContaining("enterprise.uscc")
                    .hasMessageContaining("park");
        }
        Answers after;
        try (Store store = fixtureStore("imported")) {
            importFolder(
                    store,
                    files(
                            "landing",
                            Map.of(
                                    "enterprises",
                                    "uscc,name,local,scale,revenue,tax,employees\n" + NEW
                                            + ",青岛癸回收有限公司,true,BELOW,1800,60,40\n",
                                    "enterprise_links",
                                    "uscc,link_id\n" + NEW + ",nev.recycling\n",
                                    "tenants",
                                    "uscc,park_id\n" + NEW + ",pk1\n",
                                    "parks",
                                    "id,name,occupied_units\npk1,即墨新能源汽车产业园,46\n",
                                    "evaluations",
                                    "uscc,year,tax,value_added,revenue,energy_tce,emissions,electricity_kwh,rnd,"
                                            + "employees,land_mu,floor_area_sqm\n"
                                            + NEW + ",2025,60,400,1800,50,1,300000,30,40,,2000\n")));
            after = answers(store);
        }

        assertMatches(s, before, after, "pk1");
        assertThat(s.links()).singleElement().satisfies(l -> {
            assertThat(l.before().status()).isEqualTo(GapStatus.EXTEND);
            assertThat(l.after().status()).isEqualTo(GapStatus.STRENGTHEN);
        });
        assertThat(s.enterprise().existing()).isFalse();
        assertThat(s.localTies()).isZero();
    }
}

package org.chainmap.analysis.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.chainmap.analysis.projection.Connection;
import org.chainmap.analysis.projection.EnterpriseNode;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.IndustryGraphBuilder;
import org.chainmap.analysis.projection.SupplyTie;
import org.chainmap.domain.EnterpriseRef;
import org.jgrapht.alg.linkprediction.AdamicAdarIndexLinkPrediction;
import org.junit.jupiter.api.Test;

class ProximityTest {
    @Test
    void shouldSumJGraphTsAdamicAdarIndexOverLocalEnterprises() {
        // a random tie graph: 80 enterprises, a third local, 160 ties
        Random random = new Random(42);
        IndustryGraphBuilder b = IndustryGraph.builder();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String id = String.format("E%02d", i);
            all.add(id);
            b.enterprise(new EnterpriseNode(id, id, i % 3 == 0, null, null, null, Set.of()));
        }
        for (int i = 0; i < 160; i++) {
            String s = all.get(random.nextInt(all.size()));
            String c = all.get(random.nextInt(all.size()));
            if (!s.equals(c)) {
                b.tie(new SupplyTie(s, c, null, null, null, null));
            }
        }
        IndustryGraph graph = b.build();
        var reference = new AdamicAdarIndexLinkPrediction<String, Connection>(graph.connections());
        Proximity proximity = new Proximity(graph);
        int inferred = 0;
        for (String c : all) {
            Proximity.Reach reach = proximity.of(c);
            if (graph.isLocal(c) || reach.tier() != Proximity.Tier.INFERRED) {
                continue;
            }
            double expected = 0;
            for (String l : all) {
                if (graph.isLocal(l)) {
                    expected += reference.predict(c, l);
                }
            }
            assertThat(reach.adamicAdar()).as(c).isCloseTo(expected, within(1e-9));
            inferred += expected > 0 ? 1 : 0;
        }
        assertThat(inferred).as("enterprises with a positive inferred index").isPositive();
    }

    @Test
    void shouldShowTheStrongestThreeTwoStepPathsThroughHubsInBothDirections() {
        // C supplies hub H, which supplies five local customers; local L9 supplies K, which supplies C
        IndustryGraphBuilder b = IndustryGraph.builder();
        for (String id : List.of("C", "H", "K", "L1", "L2", "L3", "L4", "L5", "L9", "X")) {
            b.enterprise(new EnterpriseNode(id, "name " + id, id.startsWith("L"), null, null, null, Set.of()));
        }
        b.tie(new SupplyTie("C", "H", null, 0.9, "customs", null));
        double[] toLocals = {0.2, 0.7, 0.5, 0.7, 0.9};
        for (int i = 0; i < toLocals.length; i++) {
            b.tie(new SupplyTie("H", "L" + (i + 1), null, toLocals[i], "survey", null));
        }
        b.tie(new SupplyTie("H", "X", null, 1.0, "survey", null)); // not local: never a second step
        b.tie(new SupplyTie("L9", "K", null, 0.8, "news", null));
        b.tie(new SupplyTie("K", "C", null, 0.95, "news", null));
        Proximity.Reach reach = new Proximity(b.build()).of("C");

        // C → H → L5 0.81, L9 → K → C 0.76, then of the equally strong C → H → L2 and → L4 (0.63) the lower code
        assertThat(reach.tier()).isEqualTo(Proximity.Tier.TWO_HOP);
        assertThat(reach.evidence())
                .extracting(e -> e.value("path"))
                .containsExactly(path("C", "H", "L5"), path("L9", "K", "C"), path("C", "H", "L2"));
        assertThat(reach.evidence()).extracting(Evidence::confidence).containsExactly(0.9 * 0.9, 0.8 * 0.95, 0.9 * 0.7);
    }

    @Test
    void shouldNameTheFirstThreeSharedPartnersByCodeAndCountTheRest() {
        // C and local L both supply Z5 … Z1, so C has no path to L but shares five customers with it
        IndustryGraphBuilder b = IndustryGraph.builder();
        b.enterprise(new EnterpriseNode("C", "name C", false, null, null, null, Set.of()));
        b.enterprise(new EnterpriseNode("L", "name L", true, null, null, null, Set.of()));
        for (int i = 5; i >= 1; i--) {
            b.enterprise(new EnterpriseNode("Z" + i, "name Z" + i, false, null, null, null, Set.of()));
            b.tie(new SupplyTie("C", "Z" + i, null, null, null, null));
            b.tie(new SupplyTie("L", "Z" + i, null, null, null, null));
        }
        Proximity.Reach reach = new Proximity(b.build()).of("C");

        assertThat(reach.tier()).isEqualTo(Proximity.Tier.INFERRED);
        assertThat(reach.adamicAdar()).isCloseTo(5 / Math.log(2), within(1e-9));
        Evidence inferred = reach.evidence().getFirst();
        assertThat(reach.evidence()).hasSize(1);
        assertThat(inferred.basis()).isEqualTo(Evidence.Basis.INFERRED);
        assertThat(inferred.value("index")).isEqualTo(reach.adamicAdar());
        assertThat(inferred.value("shared")).isEqualTo(5);
        assertThat(inferred.value("partners")).isEqualTo(path("Z1", "Z2", "Z3"));
    }

    /** The enterprises named {@code "name " + id} of the test graphs, as evidence names them. */
    private static List<EnterpriseRef> path(String... ids) {
        return java.util.Arrays.stream(ids)
                .map(id -> new EnterpriseRef(id, "name " + id))
                .toList();
    }
}

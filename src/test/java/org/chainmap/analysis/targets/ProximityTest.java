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
}

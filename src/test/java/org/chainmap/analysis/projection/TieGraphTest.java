package org.chainmap.analysis.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TieGraphTest {
    @Test
    void shouldListEachEnterprisesTiesAsSupplierAndAsCustomerInTheOrderAdded() {
        TieGraph g = new TieGraph.Builder()
                .add(0, 1, 10, 0.5, "a", null)
                .add(2, 1, Double.NaN, Double.NaN, null, "2020")
                .add(0, 2, 3, 0.9, null, null)
                .build(4);
        assertThat(outTies(g, 0)).containsExactly(0, 2);
        assertThat(g.inDegree(1)).isEqualTo(2);
        assertThat(List.of(g.inTie(1, 0), g.inTie(1, 1))).containsExactly(0, 1);
        assertThat(g.outDegree(3) + g.inDegree(3) + g.partnerCount(3)).isZero();
        assertThat(g.strength(1)).isEqualTo(1.0);
        assertThat(g.tie(1, "C", "B")).satisfies(t -> {
            assertThat(t.value()).isNull();
            assertThat(t.confidence()).isNull();
            assertThat(t.since()).isEqualTo("2020");
        });
        assertThat(g.tie(0, "A", "B").value()).isEqualTo(10.0);
    }

    @Test
    void shouldJoinTiesBetweenTwoEnterprisesInEitherDirectionIntoOnePartnerWithTheStrongestConfidence() {
        TieGraph g = new TieGraph.Builder()
                .add(0, 1, 1, 0.3, null, null)
                .add(1, 0, 1, 0.7, null, null)
                .add(0, 1, 1, 0.2, null, null)
                .add(0, 2, 1, Double.NaN, null, null)
                .build(3);
        assertThat(g.partnerCount(0)).isEqualTo(2);
        assertThat(g.partner(0, 0)).isEqualTo(1);
        assertThat(g.partnerStrength(0, 0)).isEqualTo(0.7);
        assertThat(g.partnerStrength(0, 1)).as("unknown confidence counts as 1").isEqualTo(1.0);
        assertThat(g.partnerCount(1)).isEqualTo(1);
        assertThat(g.partnerStrength(1, 0)).isEqualTo(0.7);
    }

    @Test
    void shouldAgreeWithAPlainMapOfPartnersOnARandomGraph() {
        Random random = new Random(7);
        int n = 60;
        TieGraph.Builder b = new TieGraph.Builder();
        List<Map<Integer, Double>> expected = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            expected.add(new TreeMap<>());
        }
        Map<Integer, Integer> out = new HashMap<>();
        for (int i = 0; i < 400; i++) {
            int s = random.nextInt(n);
            int c = random.nextInt(n);
            if (s == c) {
                continue;
            }
            double confidence = random.nextInt(4) == 0 ? Double.NaN : random.nextDouble();
            double strength = Double.isNaN(confidence) ? 1 : confidence;
            b.add(s, c, Double.NaN, confidence, null, null);
            expected.get(s).merge(c, strength, Math::max);
            expected.get(c).merge(s, strength, Math::max);
            out.merge(s, 1, Integer::sum);
        }
        TieGraph g = b.build(n);
        for (int v = 0; v < n; v++) {
            Map<Integer, Double> partners = new TreeMap<>();
            for (int i = 0; i < g.partnerCount(v); i++) {
                partners.put(g.partner(v, i), g.partnerStrength(v, i));
            }
            assertThat(partners).as("partners of %d", v).isEqualTo(expected.get(v));
            assertThat(g.outDegree(v)).isEqualTo(out.getOrDefault(v, 0));
            for (int i = 0; i < g.outDegree(v); i++) {
                assertThat(g.supplier(g.outTie(v, i))).isEqualTo(v);
            }
            for (int i = 0; i < g.inDegree(v); i++) {
                assertThat(g.customer(g.inTie(v, i))).isEqualTo(v);
            }
        }
    }

    @Test
    void shouldRejectATieOfAnEnterpriseWithItselfOrOutsideTheGraph() {
        assertThatThrownBy(() -> new TieGraph.Builder().add(1, 1, 0, 0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new TieGraph.Builder().add(0, 5, 0, 0, null, null).build(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5");
    }

    private static List<Integer> outTies(TieGraph g, int v) {
        List<Integer> ties = new ArrayList<>();
        for (int i = 0; i < g.outDegree(v); i++) {
            ties.add(g.outTie(v, i));
        }
        return ties;
    }
}

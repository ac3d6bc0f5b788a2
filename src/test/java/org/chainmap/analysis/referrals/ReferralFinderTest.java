package org.chainmap.analysis.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.chainmap.analysis.SampleChains.L1;
import static org.chainmap.analysis.SampleChains.L2;
import static org.chainmap.analysis.SampleChains.L3;
import static org.chainmap.analysis.SampleChains.L4;
import static org.chainmap.analysis.SampleChains.N1;
import static org.chainmap.analysis.SampleChains.N10;
import static org.chainmap.analysis.SampleChains.N2;
import static org.chainmap.analysis.SampleChains.N6;
import static org.chainmap.analysis.SampleChains.N8;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.SampleChains;
import org.chainmap.analysis.gaps.GapAnalysis;
import org.chainmap.analysis.projection.ChainNode;
import org.chainmap.analysis.projection.Connection;
import org.chainmap.analysis.projection.EnterpriseNode;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.IndustryGraphBuilder;
import org.chainmap.analysis.projection.LinkNode;
import org.chainmap.analysis.projection.SupplyTie;
import org.chainmap.domain.EnterpriseRef;
import org.chainmap.domain.LinkStage;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.AsWeightedGraph;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReferralFinderTest {
    private static final Offset<Double> CLOSE = within(1e-12);

    private static ReferralFinder finder(IndustryGraph graph, AnalysisConfig config) {
        return new ReferralFinder(graph, new GapAnalysis(graph, config.gaps()).all(), config.referrals());
    }

    /** On {@link SampleChains}: gapScores cell 6/7, material 15/14, pack 3/7, ore 6/7, charging 1/7. */
    @Nested
    class ForALocalEnterprise {
        private final ReferralFinder finder = finder(SampleChains.graph(), AnalysisConfig.defaults());

        @Test
        void shouldScorePartnersWithinTwoHopsByGapScoreTimesPathStrength() {
            // L1's ties: N1 (0.8), N2 (0.5), L4 (0.9), L3 (unknown: 1); through N1: N6 (0.6), N4 (no link)
            // N1: 6/7 × 0.8 = 0.685714; N6: 15/14 × 0.8 × 0.6 / 2 = 0.257143; N2: 3/7 × 0.5 = 0.214286
            ReferralReport report = finder.referrals(L1);
            assertThat(report.enterprise().leader()).isTrue();
            assertThat(report.referrals()).extracting(Referral::uscc).containsExactly(N1, N6, N2);
            Referral n6 = report.referrals().get(1);
            assertThat(n6.score()).isCloseTo(15.0 / 14 * 0.8 * 0.6 / 2, CLOSE);
            assertThat(n6.linkId()).isEqualTo("ev.material");
            assertThat(n6.action()).isEqualTo("延链");
            assertThat(n6.path().enterprises()).extracting(EnterpriseRef::uscc).containsExactly(L1, N1, N6);
            assertThat(n6.path().hops()).isEqualTo(2);
        }

        @Test
        void shouldTakeUnknownConfidencesAsOneAndGoThroughAnyEnterprise() {
            // L3's ties have no confidence. Through N9: N8 (ore) 6/7 × 1/2; through L1: N1 6/7 × 0.8/2 and
            // N2 3/7 × 0.5/2; through N11: N10 (charging) 1/7 × 1/2; N9, N11, N12 work in no link
            ReferralReport report = finder.referrals(L3);
            assertThat(report.referrals()).extracting(Referral::uscc).containsExactly(N8, N1, N2, N10);
            assertThat(report.referrals())
                    .extracting(Referral::score)
                    .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b))
                    .containsExactly(6.0 / 7 / 2, 6.0 / 7 * 0.8 / 2, 3.0 / 7 * 0.5 / 2, 1.0 / 7 / 2);
        }

        @Test
        void shouldNotReferEnterprisesThatWorkOnlyInOkLinks() {
            // L2's only partner N5 works in vehicle, which is OK
            assertThat(finder.referrals(L2).referrals()).isEmpty();
        }
    }

    @Nested
    class ForATarget {
        @Test
        void shouldRankLocalReferrersAndMarkLeaders() {
            // N6's paths: L1–N1–N6 = 0.8 × 0.6 / 2 = 0.24; L3–L1–N1–N6 = 1 × 0.8 × 0.6 / 3 = 0.16;
            // L4–L1–N1–N6 = 0.9 × 0.8 × 0.6 / 3 = 0.144
            ReferrerReport report =
                    finder(SampleChains.graph(), AnalysisConfig.defaults()).referrers(N6);
            assertThat(report.referrers()).extracting(Referrer::uscc).containsExactly(L1, L3, L4);
            assertThat(report.referrers()).extracting(Referrer::leader).containsExactly(true, false, false);
            assertThat(report.referrers())
                    .extracting(Referrer::score)
                    .satisfiesExactly(
                            s -> assertThat(s).isCloseTo(0.24, CLOSE),
                            s -> assertThat(s).isCloseTo(0.16, CLOSE),
                            s -> assertThat(s).isCloseTo(0.144, CLOSE));
        }

        @Test
        void shouldSumTheKBestPathsFewestHopsFirstThenStrongest() {
            // R's paths to T: R–T 0.5/1; R–A–T 1/2; R–C–T 0.25/2; R–B–T 0.16/2; R–A–B–T 0.4/3 (stronger than
            // R–C–T but longer). k = 3: 0.5 + 0.5 + 0.125 = 1.125.
            // S (tied to A only): S–A–T 0.9/2; S–A–R–T 0.45/3; S–A–B–T 0.36/3: 0.45 + 0.15 + 0.12 = 0.72
            Referrer r = finder(diamonds(), AnalysisConfig.defaults())
                    .referrers("T")
                    .referrers()
                    .getFirst();
            assertThat(r.uscc()).isEqualTo("R");
            assertThat(r.paths())
                    .extracting(p ->
                            p.enterprises().stream().map(EnterpriseRef::uscc).toList())
                    .containsExactly(List.of("R", "T"), List.of("R", "A", "T"), List.of("R", "C", "T"));
            assertThat(r.score()).isCloseTo(1.125, CLOSE);
            Referrer s = finder(diamonds(), AnalysisConfig.defaults())
                    .referrers("T")
                    .referrers()
                    .get(1);
            assertThat(s.uscc()).isEqualTo("S");
            assertThat(s.score()).isCloseTo(0.72, CLOSE);
        }

        @Test
        void shouldConsiderNoPathLongerThanTheBound() {
            // with at most 2 hops, S keeps S–A–T only
            var d = AnalysisConfig.defaults();
            var twoHops = new AnalysisConfig(d.gaps(), d.targets(), new ReferralLimits(3, 2), d.resilience());
            List<Referrer> referrers =
                    finder(diamonds(), twoHops).referrers("T").referrers();
            assertThat(referrers).extracting(Referrer::uscc).containsExactly("R", "S");
            assertThat(referrers.get(1).score()).isCloseTo(0.45, CLOSE);
            assertThat(referrers.get(1).paths())
                    .singleElement()
                    .extracting(ReferralPath::hops)
                    .isEqualTo(2);
        }

        /** Local R and S; non-local target T and intermediaries A, B, C; ties with their confidences. */
        private static IndustryGraph diamonds() {
            IndustryGraphBuilder b = IndustryGraph.builder()
                    .chain(new ChainNode("t", "t"))
                    .link(new LinkNode("t.a", "t", "a", LinkStage.MIDSTREAM, false));
            for (String v : List.of("R", "S", "T", "A", "B", "C")) {
                b.enterprise(new EnterpriseNode(v, v, v.equals("R") || v.equals("S"), null, null, null, Set.of()));
            }
            b.worksIn("T", "t.a");
            tie(b, "R", "T", 0.5);
            tie(b, "R", "A", 1.0);
            tie(b, "A", "T", 1.0);
            tie(b, "R", "B", 0.4);
            tie(b, "B", "T", 0.4);
            tie(b, "R", "C", 0.5);
            tie(b, "C", "T", 0.5);
            tie(b, "A", "B", 1.0);
            tie(b, "S", "A", 0.9);
            return b.build();
        }

        private static void tie(IndustryGraphBuilder b, String from, String to, double confidence) {
            b.tie(new SupplyTie(from, to, null, confidence, null, null));
        }
    }

    @Nested
    class AgainstJGraphT {
        @Test
        void shouldScoreReferrersAsYensKShortestPathsDo() {
            // random ties with random confidences; Yen on weights 1 + 0.01·(−ln confidence) orders paths by hops,
            // then by product of confidences; keep those of at most 3 hops and sum their strengths
            Random random = new Random(7);
            IndustryGraphBuilder b = IndustryGraph.builder();
            List<String> all = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = String.format("E%02d", i);
                all.add(id);
                b.enterprise(new EnterpriseNode(id, id, i % 2 == 0, null, null, null, Set.of()));
            }
            for (int i = 0; i < 90; i++) {
                String s = all.get(random.nextInt(all.size()));
                String c = all.get(random.nextInt(all.size()));
                if (!s.equals(c)) {
                    b.tie(new SupplyTie(
                            s, c, null, random.nextBoolean() ? null : 0.05 + 0.9 * random.nextDouble(), null, null));
                }
            }
            IndustryGraph graph = b.build();
            var weighted =
                    new AsWeightedGraph<>(graph.connections(), c -> 1 + 0.01 * -Math.log(c.strength()), false, false);
            var yen = new YenKShortestPath<>(weighted);
            var finder = finder(graph, AnalysisConfig.defaults());
            int compared = 0;
            for (String target : List.of("E01", "E03", "E05", "E08")) {
                Map<String, Double> found = new HashMap<>();
                finder.referrers(target).referrers().forEach(r -> found.put(r.uscc(), r.score()));
                for (String local : all) {
                    if (!graph.isLocal(local) || local.equals(target)) {
                        continue;
                    }
                    double expected = yen.getPaths(local, target, 3).stream()
                            .filter(p -> p.getLength() <= 3)
                            .mapToDouble(p -> p.getEdgeList().stream()
                                            .mapToDouble(Connection::strength)
                                            .reduce(1, (x, y) -> x * y)
                                    / p.getLength())
                            .sum();
                    assertThat(found.getOrDefault(local, 0.0))
                            .as(local + " to " + target)
                            .isCloseTo(expected, within(1e-12));
                    compared += expected > 0 ? 1 : 0;
                }
            }
            assertThat(compared).as("referrers compared").isGreaterThan(20);
        }
    }
}

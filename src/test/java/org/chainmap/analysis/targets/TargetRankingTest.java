package org.chainmap.analysis.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.chainmap.analysis.SampleChains.L1;
import static org.chainmap.analysis.SampleChains.L3;
import static org.chainmap.analysis.SampleChains.N1;
import static org.chainmap.analysis.SampleChains.N10;
import static org.chainmap.analysis.SampleChains.N2;
import static org.chainmap.analysis.SampleChains.N3;
import static org.chainmap.analysis.SampleChains.N5;
import static org.chainmap.analysis.SampleChains.N6;
import static org.chainmap.analysis.SampleChains.N7;
import static org.chainmap.analysis.SampleChains.N8;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.SampleChains;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.targets.Evidence.Basis;
import org.chainmap.analysis.targets.Evidence.Kind;
import org.chainmap.domain.EnterpriseRef;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.Tag;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Targets of the sample chain ev (see {@link SampleChains}), worked by hand with the default weights 0.4, 0.2,
 * 0.3, 0.1 and place 0.05. Every candidate is registered in Shanghai (division 310115) and the district in Qingdao
 * (370215): not a neighbouring province, but the same economic region (东部), so place 0.25 → 0.0125 each. Candidates: N1 (cell 6/7, also motor), N2 (pack 3/7), N6 (material 15/14), N7 (cell 6/7), N8 (ore
 * 6/7), N10 (charging 1/7); N5 works in the OK link vehicle only. Largest revenue: N1's 10,000, so the revenue
 * term is ln(1 + revenue) / ln(10,001). Park p1 focuses on ev with 2 free units: parkFit 1 for all.
 */
class TargetRankingTest {
    private static final Offset<Double> CLOSE = within(1e-9);
    private final IndustryGraph graph = SampleChains.graph();

    private List<TargetRow> rank(String chain, TargetFilter filter) {
        var config = AnalysisConfig.defaults();
        return new TargetRanking(graph, config.targets(), config.gaps()).rank(chain, filter);
    }

    private TargetRow row(String uscc) {
        return rank("ev", TargetFilter.NONE).stream()
                .filter(r -> r.uscc().equals(uscc))
                .findFirst()
                .orElseThrow();
    }

    @Nested
    class Ranking {
        @Test
        void shouldRankByScore() {
            // N1 0.92536, N6 0.70607, N2 0.68894, N8 0.67551, N7 0.65982, N10 0.26428 (worked out below: the scores
            // before the place part, 0.91286 … 0.25178, each + 0.0125, and N7 + 0.075 for its link)
            assertThat(rank("ev", TargetFilter.NONE))
                    .extracting(TargetRow::uscc)
                    .containsExactly(N1, N6, N2, N8, N7, N10);
        }

        @Test
        void shouldRankATiedStrongerCandidateAboveAnUntiedOneInTheSameLink() {
            // N1 and N7 both in cell (gap 0.4 × 6/7 and park 0.1 alike):
            // N1: strength 0.7 × 1 + 0.3 × (2 tags × 0.25) = 0.85 → 0.17; direct tie to L1 → proximity 0.3
            // N7: strength 0.7 × ln 5001 / ln 10001 = 0.647328 → 0.129466; no tie at all, but its link ev.cell feeds
            // ev.pack, which L3 covers → proximity 0.25 (inferred) → 0.075
            TargetRow n1 = row(N1);
            TargetRow n7 = row(N7);
            assertThat(n1.parts()).satisfies(p -> {
                assertThat(p.gap()).isCloseTo(0.4 * 6 / 7, CLOSE);
                assertThat(p.strength()).isCloseTo(0.17, CLOSE);
                assertThat(p.proximity()).isCloseTo(0.3, CLOSE);
                assertThat(p.park()).isCloseTo(0.1, CLOSE);
                assertThat(p.place()).isCloseTo(0.05 * 0.25, CLOSE);
            });
            assertThat(n1.score()).isCloseTo(0.912857142857 + 0.0125, within(1e-9));
            assertThat(n1.inferred()).isEmpty();
            assertThat(n7.parts().strength()).isCloseTo(0.2 * 0.7 * Math.log(5001) / Math.log(10001), CLOSE);
            assertThat(n7.parts().proximity()).isCloseTo(0.3 * 0.25, CLOSE);
            assertThat(n7.inferred()).containsExactly("proximity");
            assertThat(n7.score()).isCloseTo(0.572322727182 + 0.075 + 0.0125, within(1e-9));
            assertThat(n1.score()).isGreaterThan(n7.score());
        }

        @Test
        void shouldGiveTheScoresOfBeforeThePlacePartWhereRevenueAndTiesAreKnownWhenPlaceWeighsNothing() {
            var config = AnalysisConfig.defaults();
            var ranking = new TargetRanking(graph, config.targets().withPlaceWeight(0), config.gaps());
            Map<String, Double> score = ranking.rank("ev", TargetFilter.NONE).stream()
                    .collect(Collectors.toMap(TargetRow::uscc, TargetRow::score));
            double revenue = 0.2 * 0.7 / Math.log(10_001);
            // N1 cell 6/7, revenue 10,000, two tags, a direct tie, park
            assertThat(score.get(N1)).isCloseTo(0.4 * 6 / 7 + 0.2 * (0.7 + 0.3 * 0.5) + 0.3 + 0.1, CLOSE);
            // N2 pack 3/7, revenue 1,000, a direct tie, park
            assertThat(score.get(N2)).isCloseTo(0.4 * 3 / 7 + revenue * Math.log(1001) + 0.3 + 0.1, CLOSE);
            // N8 ore 6/7, revenue 100, the largest Adamic–Adar index, park
            assertThat(score.get(N8)).isCloseTo(0.4 * 6 / 7 + revenue * Math.log(101) + 0.3 * 0.5 + 0.1, CLOSE);
            // N6 material 15/14, one tag, a two-step path, park
            assertThat(score.get(N6)).isCloseTo(0.4 * 15 / 14 + 0.2 * 0.3 * 0.25 + 0.3 * 0.5 + 0.1, CLOSE);
        }

        @Test
        void shouldNeverListEnterprisesOfOkLinksOrLocalOnes() {
            assertThat(rank("ev", TargetFilter.NONE))
                    .extracting(TargetRow::uscc)
                    .doesNotContain(N5, L1, L3);
        }

        @Test
        void shouldMakePartsSumToTheScore() {
            for (TargetRow r : rank("ev", TargetFilter.NONE)) {
                assertThat(r.parts().gap()
                                + r.parts().strength()
                                + r.parts().proximity()
                                + r.parts().park()
                                + r.parts().place())
                        .isCloseTo(r.score(), within(1e-12));
            }
        }

        @Test
        void shouldListTheOtherGapLinksAndTheBestOneFirst() {
            // N1: cell (6/7) beats motor (9/28)
            TargetRow n1 = row(N1);
            assertThat(n1.linkId()).isEqualTo("ev.cell");
            assertThat(n1.action()).isEqualTo("补链");
            assertThat(n1.otherLinks()).containsExactly("ev.motor");
        }

        @Test
        void shouldGiveEachPageTheSameRowsAsTheWholeRankingAndCountThemAll() {
            var config = AnalysisConfig.defaults();
            var ranking = new TargetRanking(graph, config.targets(), config.gaps());
            List<TargetRow> all = ranking.rank("ev", TargetFilter.NONE);
            for (int offset = 0; offset <= all.size(); offset++) {
                for (int limit = 1; limit <= all.size() + 1; limit++) {
                    TargetReport page = ranking.rank("ev", TargetFilter.NONE, new Page(limit, offset));
                    assertThat(page.total()).isEqualTo(all.size());
                    assertThat(page.targets())
                            .as("limit %d offset %d", limit, offset)
                            .isEqualTo(all.subList(offset, Math.min(all.size(), offset + limit)));
                }
            }
        }

        @Test
        void shouldGiveNoParkFitWhenTheChainsParksAreFull() {
            // hy: only N3 (fuelcell); p2 focuses on hy but has 5 of 5 units occupied
            List<TargetRow> hy = rank("hy", TargetFilter.NONE);
            assertThat(hy).extracting(TargetRow::uscc).containsExactly(N3);
            assertThat(hy.getFirst().parts().park()).isZero();
        }
    }

    @Nested
    class ProximityTiers {
        @Test
        void shouldCountATwoStepSupplyPathAsHalf() {
            // N6 → N1 → L1
            TargetRow n6 = row(N6);
            assertThat(n6.parts().proximity()).isCloseTo(0.3 * 0.5, CLOSE);
            assertThat(n6.evidence())
                    .filteredOn(e -> e.kind() == Kind.TWO_HOP)
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.basis()).isEqualTo(Basis.OBSERVED);
                        assertThat(e.source()).isEqualTo("news; customs");
                        assertThat(e.value("path"))
                                .asInstanceOf(LIST)
                                .extracting(p -> ((EnterpriseRef) p).uscc())
                                .containsExactly(N6, N1, L1);
                        assertThat(e.confidence()).isCloseTo(0.6 * 0.8, CLOSE);
                    });
        }

        @Test
        void shouldInferProximityFromSharedPartnersWithAdamicAdar() {
            // N8 and L3 both supply N9 (degree 2): index 1/ln 2, the largest → 0.5 × 1
            // N10 and L3 both supply N11 (degree 3, N12 too): 1/ln 3 → 0.5 × (1/ln 3) / (1/ln 2) = 0.5 × ln 2 / ln 3
            assertThat(row(N8).parts().proximity()).isCloseTo(0.3 * 0.5, CLOSE);
            assertThat(row(N10).parts().proximity()).isCloseTo(0.3 * 0.5 * Math.log(2) / Math.log(3), CLOSE);
            assertThat(row(N8).evidence())
                    .filteredOn(e -> e.kind() == Kind.ADAMIC_ADAR)
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.basis()).isEqualTo(Basis.INFERRED);
                        assertThat((double) e.value("index")).isCloseTo(1 / Math.log(2), CLOSE);
                        assertThat(e.value("partners"))
                                .asInstanceOf(LIST)
                                .extracting(p -> ((EnterpriseRef) p).uscc())
                                .containsExactly(SampleChains.N9);
                    });
        }

        @Test
        void shouldShowDirectTiesWithTheirSourceAndConfidence() {
            assertThat(row(N2).evidence())
                    .filteredOn(e -> e.kind() == Kind.TIE)
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.source()).isEqualTo("survey");
                        assertThat(e.confidence()).isEqualTo(0.5);
                        assertThat(e.value("direction")).isEqualTo(Evidence.Direction.SUPPLIES);
                        assertThat(((EnterpriseRef) e.value("partner")).uscc()).isEqualTo(L1);
                    });
        }
    }

    @Nested
    class Facts {
        @Test
        void shouldGiveTheFurthestPipelineStageIgnoringDroppedProjects() {
            assertThat(row(N1).pipelineStage()).isEqualTo(ProjectStage.TALKS);
            assertThat(row(N6).pipelineStage()).isEqualTo(ProjectStage.DROPPED);
            assertThat(row(N7).pipelineStage()).isNull();
        }

        @Test
        void shouldExplainTagsAndParkFit() {
            assertThat(row(N1).evidence())
                    .extracting(Evidence::kind)
                    .contains(Kind.TIE, Kind.REVENUE, Kind.TAGS, Kind.PARK, Kind.PIPELINE);
        }
    }

    @Nested
    class Filters {
        @Test
        void shouldFilterByLinkIncludingOtherLinks() {
            assertThat(rank("ev", new TargetFilter("ev.motor", null, null)))
                    .extracting(TargetRow::uscc)
                    .containsExactly(N1);
        }

        @Test
        void shouldFilterByRegionSubstring() {
            assertThat(rank("ev", new TargetFilter(null, "江", null)))
                    .extracting(TargetRow::uscc)
                    .containsExactly(N6, N7);
        }

        @Test
        void shouldFilterByTagWithoutChangingScores() {
            List<TargetRow> listed = rank("ev", new TargetFilter(null, null, Tag.LISTED));
            assertThat(listed).extracting(TargetRow::uscc).containsExactly(N6);
            assertThat(listed.getFirst().score()).isEqualTo(row(N6).score());
        }

        @Test
        void shouldAnswerEachFilterAndPageOfOneRankingAsIfRankedAlone() {
            var config = AnalysisConfig.defaults();
            var ranking = new TargetRanking(graph, config.targets(), config.gaps());
            List<TargetRow> unfiltered = ranking.rank("ev", TargetFilter.NONE);
            var region = new TargetFilter(null, "江", null);
            TargetReport page = ranking.rank("ev", region, new Page(1, 1));
            assertThat(page.total()).isEqualTo(2);
            assertThat(page.targets()).extracting(TargetRow::uscc).containsExactly(N7);
            assertThat(ranking.rank("ev", region))
                    .isEqualTo(new TargetRanking(graph, config.targets(), config.gaps()).rank("ev", region));
            assertThat(ranking.rank("ev", TargetFilter.NONE)).isEqualTo(unfiltered);
        }

        @Test
        void shouldSearchNamesAndCreditCodesKeepingEachRowsRankAndScore() {
            // by score: N1 1, N6 2, N2 3, N8 4, N7 5, N10 6
            List<TargetRow> byName = rank("ev", new TargetFilter(null, null, null, null, "电芯"));
            assertThat(byName).extracting(TargetRow::uscc).containsExactly(N1, N7);
            assertThat(byName).extracting(TargetRow::rank).containsExactly(1, 5);
            assertThat(byName.get(1).score()).isEqualTo(row(N7).score());
            assertThat(rank(
                            "ev",
                            new TargetFilter(
                                    null, null, null, null, N6.substring(8).toLowerCase(java.util.Locale.ROOT))))
                    .extracting(TargetRow::uscc, TargetRow::rank)
                    .containsExactly(tuple(N6, 2));
            assertThat(rank("ev", new TargetFilter(null, "上海", null, null, "电池包")))
                    .extracting(TargetRow::rank)
                    .containsExactly(3);
            assertThat(rank("ev", new TargetFilter(null, null, null, null, "氢")))
                    .isEmpty();
        }

        @Test
        void shouldNumberTheWholeRankingFromOne() {
            assertThat(rank("ev", TargetFilter.NONE))
                    .extracting(TargetRow::rank)
                    .containsExactly(1, 2, 3, 4, 5, 6);
        }

        @Test
        void shouldPageARankedList() {
            List<TargetRow> all = rank("ev", TargetFilter.NONE);
            assertThat(new Page(2, 1).of(all)).extracting(TargetRow::uscc).containsExactly(N6, N2);
            assertThat(new Page(5, 10).of(all)).isEmpty();
        }
    }
}

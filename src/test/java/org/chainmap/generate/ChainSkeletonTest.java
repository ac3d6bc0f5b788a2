package org.chainmap.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chainmap.domain.LinkStage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChainSkeletonTest {
    @Nested
    class TheShippedSkeleton {
        final ChainSkeleton skeleton = ChainSkeleton.load();

        @Test
        void shouldHaveTheFifteenChainsOfTheDistrict() {
            assertThat(skeleton.chains())
                    .extracting(ChainSkeleton.Chain::id)
                    .containsExactly(
                            "nev",
                            "ic",
                            "biomed",
                            "textile",
                            "smarthome",
                            "newmat",
                            "equipment",
                            "rail",
                            "food",
                            "marine",
                            "hydrogen",
                            "vr",
                            "aviation",
                            "furnishing",
                            "iiot");
        }

        @Test
        void shouldGiveEveryChainTenToThirtyLinksOverAllStagesWithTwoToFiveKeyLinks() {
            for (ChainSkeleton.Chain c : skeleton.chains()) {
                var links = java.util.Arrays.stream(skeleton.linksOf(c.index()))
                        .mapToObj(skeleton::link)
                        .toList();
                assertThat(links).as(c.id()).hasSizeBetween(10, 30);
                assertThat(links)
                        .extracting(ChainSkeleton.Link::stage)
                        .as(c.id())
                        .contains(LinkStage.values());
                assertThat(links.stream().filter(ChainSkeleton.Link::key).count())
                        .as(c.id())
                        .isBetween(2L, 5L);
            }
        }

        @Test
        void shouldAskForNineteenLeadersAndLetTheBureauLeadSevenChains() {
            assertThat(skeleton.chains().stream()
                            .mapToInt(ChainSkeleton.Chain::leaders)
                            .sum())
                    .isEqualTo(19);
            assertThat(skeleton.chains().stream().filter(c -> c.leadAgency().equals("区工业和信息化局")))
                    .hasSize(7);
        }

        @Test
        void shouldLetAFewFlowsCrossChains() {
            long crossing = skeleton.flows().stream()
                    .filter(f ->
                            skeleton.link(f[0]).chain() != skeleton.link(f[1]).chain())
                    .count();

            assertThat(crossing).isBetween(5L, (long) skeleton.flows().size() / 10);
        }
    }

    @Test
    void shouldRejectFlowsThatCloseACycle() {
        var lines = List.of(
                "= a | 甲 | A | 局 | 1 | 1 | 1 | 1 | 科技", "U x | 甲 | X | z", "M y | 乙 | Y | x", "D z | 丙 | Z | y");

        assertThatThrownBy(() -> ChainSkeleton.parse(lines)).hasMessageContaining("cycle");
    }

    @Test
    void shouldRejectAnInputThatIsNoLink() {
        var lines = List.of("= a | 甲 | A | 局 | 1 | 1 | 1 | 1 | 科技", "U x | 甲 | X | nowhere");

        assertThatThrownBy(() -> ChainSkeleton.parse(lines)).hasMessageContaining("unknown input a.nowhere");
    }
}

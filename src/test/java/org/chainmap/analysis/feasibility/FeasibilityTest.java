package org.chainmap.analysis.feasibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.chainmap.analysis.projection.ChainNode;
import org.chainmap.analysis.projection.EnterpriseNode;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.IndustryGraphBuilder;
import org.chainmap.analysis.projection.LinkNode;
import org.chainmap.domain.LinkStage;
import org.junit.jupiter.api.Test;

/**
 * Feasibility worked by hand. Links p, q, r, s of chain x; non-local memberships: Beijing (1101) e1 in p, e2 in q;
 * Shanghai (3101) e3 in p, e4 in r; nobody outside works in s. n = 4, two per region, n_p = 2, n_q = n_r = 1:
 * RCA(1101, p) = (1/2) / (2/4) = 1 exactly (it counts), RCA(1101, q) = 2, RCA(3101, p) = 1, RCA(3101, r) = 2. So
 * R_p = {1101, 3101}, R_q = {1101}, R_r = {3101}, R_s = {}: φ(p, q) = φ(p, r) = 1/2, φ(q, r) = 0, s related to
 * nothing. The district covers q.
 */
class FeasibilityTest {
    private static IndustryGraph graph(boolean districtCoversQ) {
        IndustryGraphBuilder b = IndustryGraph.builder().chain(new ChainNode("x", "链", "Chain"));
        for (String l : new String[] {"x.p", "x.q", "x.r", "x.s"}) {
            b.link(new LinkNode(l, "x", l, LinkStage.MIDSTREAM, false));
        }
        member(b, "91110101MA0000E101", false, "x.p");
        member(b, "91110101MA0000E201", false, "x.q");
        member(b, "91310101MA0000E301", false, "x.p");
        member(b, "91310101MA0000E401", false, "x.r");
        if (districtCoversQ) {
            member(b, "91370215MA0000L101", true, "x.q");
        }
        return b.build();
    }

    private static void member(IndustryGraphBuilder b, String uscc, boolean local, String link) {
        b.enterprise(new EnterpriseNode(uscc, uscc, local, null, null, null, Set.of()));
        b.worksIn(uscc, link);
    }

    @Test
    void shouldCountARegionExactlyAtAnRcaOfOneAndShareClosenessAmongCoveredLinks() {
        Feasibility f = Feasibility.of(graph(true));

        assertThat(f.proximity("x.p", "x.q")).isEqualTo(0.5);
        assertThat(f.proximity("x.p", "x.r")).isEqualTo(0.5);
        assertThat(f.proximity("x.q", "x.r")).isZero();
        // p: φ to q (covered) 1/2 of its total 1
        assertThat(f.of("x.p")).isCloseTo(0.5, within(1e-12));
        // r: related to p only, which is not covered
        assertThat(f.of("x.r")).isZero();
        // q: its only relation, p, is not covered (q itself does not count)
        assertThat(f.of("x.q")).isZero();
        assertThat(f.contributors("x.p", 5)).containsExactly(new Feasibility.Contribution("x.q", 0.5));
    }

    @Test
    void shouldGiveALinkWithNoRegionsNoFeasibility() {
        Feasibility f = Feasibility.of(graph(true));
        assertThat(f.proximity("x.s", "x.p")).isZero();
        assertThat(f.of("x.s")).isZero();
        assertThat(f.contributors("x.s", 5)).isEmpty();
    }

    @Test
    void shouldGiveEveryLinkNoFeasibilityWhereTheDistrictCoversNothing() {
        Feasibility f = Feasibility.of(graph(false));
        for (String l : new String[] {"x.p", "x.q", "x.r", "x.s"}) {
            assertThat(f.of(l)).as(l).isZero();
            assertThat(f.covered(l)).isFalse();
        }
        assertThat(f.of("no.such.link")).isZero();
    }
}

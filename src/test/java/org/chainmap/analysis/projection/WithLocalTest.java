package org.chainmap.analysis.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainmap.analysis.SampleChains.L3;
import static org.chainmap.analysis.SampleChains.N1;
import static org.chainmap.analysis.SampleChains.N3;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.SampleChains;
import org.chainmap.analysis.feasibility.Feasibility;
import org.chainmap.analysis.gaps.GapAnalysis;
import org.chainmap.domain.Scale;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

/**
 * {@link IndustryGraph#withLocal} against the same graph built again from scratch with the change: every link's
 * figures, the regions, the gaps and the feasibility agree.
 */
class WithLocalTest {
    private static final AnalysisConfig CONFIG = AnalysisConfig.defaults();

    /** The graph built anew through the builder, {@code changed} replacing its enterprise and working in {@code links} too. */
    private static IndustryGraph rebuilt(IndustryGraph g, EnterpriseNode changed, Collection<String> links) {
        IndustryGraphBuilder b = IndustryGraph.builder().version(g.version());
        g.chains().forEach(b::chain);
        g.chains().forEach(c -> g.linksOfChain(c.id()).forEach(b::link));
        for (DefaultEdge e : g.flows().edgeSet()) {
            b.flow(g.flows().getEdgeSource(e), g.flows().getEdgeTarget(e));
        }
        for (EnterpriseNode e : g.enterprises()) {
            b.enterprise(e.uscc().equals(changed.uscc()) ? changed : e);
        }
        if (g.indexOf(changed.uscc()) < 0) {
            b.enterprise(changed);
        }
        for (EnterpriseNode e : g.enterprises()) {
            g.linksOf(e.uscc()).forEach(l -> b.worksIn(e.uscc(), l));
        }
        links.stream().filter(l -> !g.linksOf(changed.uscc()).contains(l)).forEach(l -> b.worksIn(changed.uscc(), l));
        for (int t = 0; t < g.tieGraph().size(); t++) {
            b.tie(g.tie(t));
        }
        g.chains().forEach(c -> g.leadersOf(c.id()).forEach(u -> b.leads(u, c.id())));
        g.parks().forEach(b::park);
        return b.build();
    }

    private static void assertSameAnalyses(IndustryGraph derived, IndustryGraph expected) {
        for (var chain : expected.chains()) {
            for (var link : expected.linksOfChain(chain.id())) {
                assertThat(derived.linkFigures(link.id())).as(link.id()).isEqualTo(expected.linkFigures(link.id()));
                assertThat(derived.membersOf(link.id())).as(link.id()).isEqualTo(expected.membersOf(link.id()));
                assertThat(derived.memberIndexes(link.id()))
                        .as(link.id())
                        .containsExactly(expected.memberIndexes(link.id()));
            }
        }
        assertThat(derived.linkRegions()).isEqualTo(expected.linkRegions());
        assertThat(new GapAnalysis(derived, CONFIG.gaps()).all())
                .isEqualTo(new GapAnalysis(expected, CONFIG.gaps()).all());
    }

    @Test
    void shouldGiveTheAnalysesOfTheGraphBuiltWithTheChangeForAnEnterpriseOfTheGraph() {
        IndustryGraph g = SampleChains.graph();
        EnterpriseNode n1 = g.enterpriseOf(N1);
        EnterpriseNode local = new EnterpriseNode(
                n1.uscc(), n1.name(), true, n1.region(), Scale.ABOVE, n1.revenue(), n1.tags(), null, null);

        IndustryGraph derived = g.withLocal(local, List.of("ev.pack", "ev.material"));

        assertThat(derived.isLocal(N1)).isTrue();
        assertThat(g.isLocal(N1)).as("the graph itself is unchanged").isFalse();
        assertThat(derived.linksOf(N1)).containsExactly("ev.cell", "ev.material", "ev.motor", "ev.pack");
        assertSameAnalyses(derived, rebuilt(g, local, List.of("ev.pack", "ev.material")));
        assertThat(Feasibility.of(derived).of("ev.ore"))
                .isEqualTo(Feasibility.of(rebuilt(g, local, List.of("ev.pack", "ev.material")))
                        .of("ev.ore"));
    }

    @Test
    void shouldMakeALeaderLocalSoThatItsChainNeedsNoBuilding() {
        IndustryGraph g = SampleChains.graph();
        EnterpriseNode n3 = g.enterpriseOf(N3);
        EnterpriseNode local = new EnterpriseNode(n3.uscc(), n3.name(), true, n3.region(), null, null, Set.of());
        var gaps = new GapAnalysis(g.withLocal(local, List.of()), CONFIG.gaps());
        assertThat(new GapAnalysis(g, CONFIG.gaps()).of("hy").chain().build()).isTrue();
        assertThat(gaps.of("hy").chain().build()).isFalse();
    }

    @Test
    void shouldAddANewEnterpriseWithoutTies() {
        IndustryGraph g = SampleChains.graph();
        EnterpriseNode added = new EnterpriseNode("91370215MA00000999", "新企业", true, null, Scale.BELOW, null, Set.of());

        IndustryGraph derived = g.withLocal(added, List.of("ev.cell"));

        assertThat(derived.indexOf(added.uscc())).isEqualTo(g.enterprises().size());
        assertThat(derived.tieGraph().vertices()).isEqualTo(g.tieGraph().vertices() + 1);
        assertThat(derived.tieGraph().outDegree(derived.indexOf(added.uscc()))).isZero();
        assertThat(derived.tieGraph().partnerCount(derived.indexOf(L3)))
                .isEqualTo(g.tieGraph().partnerCount(g.indexOf(L3)));
        assertThat(g.indexOf(added.uscc())).isEqualTo(-1);
        assertSameAnalyses(derived, rebuilt(g, added, List.of("ev.cell")));
    }

    @Test
    void shouldRefuseAnUnknownLinkAndANonLocalEnterprise() {
        IndustryGraph g = SampleChains.graph();
        EnterpriseNode n1 = g.enterpriseOf(N1);
        assertThatThrownBy(() -> g.withLocal(n1, List.of())).isInstanceOf(IllegalArgumentException.class);
        EnterpriseNode local = new EnterpriseNode(n1.uscc(), n1.name(), true, null, null, null, Set.of());
        assertThatThrownBy(() -> g.withLocal(local, List.of("ev.nope"))).isInstanceOf(IllegalArgumentException.class);
    }
}

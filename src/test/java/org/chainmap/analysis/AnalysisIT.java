package org.chainmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.chainmap.analysis.SampleChains.L1;
import static org.chainmap.analysis.SampleChains.L3;
import static org.chainmap.analysis.SampleChains.L4;
import static org.chainmap.analysis.SampleChains.N1;
import static org.chainmap.analysis.SampleChains.N10;
import static org.chainmap.analysis.SampleChains.N2;
import static org.chainmap.analysis.SampleChains.N6;
import static org.chainmap.analysis.SampleChains.N7;
import static org.chainmap.analysis.SampleChains.N8;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.chainmap.analysis.gaps.GapAnalysis;
import org.chainmap.analysis.gaps.GapStatus;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.analysis.projection.ChainSkeleton;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.ProjectionCache;
import org.chainmap.analysis.projection.ProjectionReader;
import org.chainmap.analysis.referrals.Referral;
import org.chainmap.analysis.referrals.ReferralFinder;
import org.chainmap.analysis.referrals.Referrer;
import org.chainmap.analysis.resilience.ResilienceAnalysis;
import org.chainmap.analysis.targets.Page;
import org.chainmap.analysis.targets.TargetFilter;
import org.chainmap.analysis.targets.TargetRanking;
import org.chainmap.analysis.targets.TargetRow;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.Importer;
import org.chainmap.imports.Progress;
import org.chainmap.store.ConnectionSettings;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports {@code fixtures/analysis} (the data of {@link SampleChains}) into an embedded store and checks that the
 * analyses read from Neo4j give the hand-worked answers of the unit tests. One store for the class; the last test
 * changes the graph.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalysisIT {
    private static final AnalysisConfig CONFIG = AnalysisConfig.defaults();

    @TempDir
    static Path dir;

    private static Store store;
    private static ProjectionReader reader;
    private static AnalysisService service;

    @BeforeAll
    static void importFixture() throws URISyntaxException {
        store = Store.open(ConnectionSettings.embedded(dir.resolve("data")), false);
        importFolder("fixtures/analysis");
        reader = new ProjectionReader(store);
        service = AnalysisService.over(store, CONFIG);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    private static void importFolder(String resource) throws URISyntaxException {
        Path folder =
                Path.of(AnalysisIT.class.getClassLoader().getResource(resource).toURI());
        new Importer(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE)
                .run(ImportSource.of(folder), false);
    }

    @Test
    @Order(1)
    void shouldReadTheSameProjectionAsTheHandBuiltOne() {
        IndustryGraph read = reader.read();
        IndustryGraph built = SampleChains.graph();
        assertThat(read.version()).isPositive();
        assertThat(read.enterprises()).containsExactlyInAnyOrderElementsOf(built.enterprises());
        assertThat(read.ties().edgeSet()).hasSize(12);
        assertThat(read.flows().edgeSet()).hasSize(10);
        assertThat(read.leadersOf("hy")).containsExactlyElementsOf(built.leadersOf("hy"));
        for (var chain : built.chains()) {
            for (var link : built.linksOfChain(chain.id())) {
                assertThat(read.membersOf(link.id()))
                        .as(link.id())
                        .containsExactlyInAnyOrderElementsOf(built.membersOf(link.id()));
            }
        }
        for (var e : built.enterprises()) {
            assertThat(read.linksOf(e.uscc()))
                    .as(e.uscc())
                    .containsExactlyInAnyOrderElementsOf(built.linksOf(e.uscc()));
        }
        assertThat(read.parks()).containsExactlyInAnyOrderElementsOf(built.parks());
        assertThat(new GapAnalysis(read, CONFIG.gaps()).all()).isEqualTo(new GapAnalysis(built, CONFIG.gaps()).all());
    }

    @Test
    @Order(1)
    void shouldReadAGapProjectionSummedInNeo4jThatGivesTheSameGaps() {
        ChainSkeleton gapsOnly = reader.readForGaps();
        IndustryGraph built = SampleChains.graph();
        assertThat(gapsOnly).as("no enterprises nor ties cross the wire").isNotInstanceOf(IndustryGraph.class);
        assertThat(gapsOnly.version()).isEqualTo(reader.version());
        for (var link : built.linksOfChain("ev")) {
            assertThat(gapsOnly.linkFigures(link.id())).as(link.id()).isEqualTo(built.linkFigures(link.id()));
        }
        assertThat(gapsOnly.linkRegions())
                .as("non-local memberships by region, counted in Neo4j")
                .isEqualTo(built.linkRegions())
                .isNotEqualTo(org.chainmap.analysis.projection.LinkRegions.NONE);
        assertThat(new GapAnalysis(gapsOnly, CONFIG.gaps()).all())
                .isEqualTo(new GapAnalysis(built, CONFIG.gaps()).all());
    }

    @Test
    @Order(2)
    void shouldGiveTheHandWorkedGaps() {
        var ev = service.gaps("ev");
        assertThat(ev.links())
                .extracting(LinkGap::linkId)
                .containsExactly(
                        "ev.material", "ev.cell", "ev.ore", "ev.pack", "ev.motor", "ev.charging", "ev.vehicle");
        assertThat(ev.links())
                .extracting(LinkGap::status)
                .containsExactly(
                        GapStatus.EXTEND,
                        GapStatus.FILL,
                        GapStatus.EXTEND,
                        GapStatus.STRENGTHEN,
                        GapStatus.STRENGTHEN,
                        GapStatus.EXTEND,
                        GapStatus.OK);
        assertThat(ev.links())
                .extracting(LinkGap::gapScore)
                .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b))
                .containsExactly(7.5 / 7, 6.0 / 7, 6.0 / 7, 3.0 / 7, 9.0 / 28, 1.0 / 7, 0.0);
        assertThat(ev.chain().build()).isFalse();
        assertThat(service.gaps("hy").chain().build()).isTrue();
        assertThat(service.gaps("vr").links()).isEmpty();
    }

    @Test
    @Order(3)
    void shouldGiveTheHandWorkedTargets() {
        var report = service.targets("ev", TargetFilter.NONE, Page.FIRST);
        assertThat(report.targets()).extracting(TargetRow::uscc).containsExactly(N1, N6, N2, N8, N7, N10);
        // 0.912857142857 before the place part; Shanghai seen from Qingdao: the same economic region, 0.05 × 0.25
        assertThat(report.targets().getFirst().score()).isCloseTo(0.912857142857 + 0.0125, within(1e-9));
        assertThat(report.targets().getFirst().pipelineStage()).hasToString("TALKS");
        IndustryGraph built = SampleChains.graph();
        var expected = new TargetRanking(built, CONFIG.targets(), CONFIG.gaps()).rank("ev", TargetFilter.NONE);
        assertThat(report.targets()).isEqualTo(expected);
    }

    @Test
    @Order(4)
    void shouldGiveTheHandWorkedReferralsAndReferrers() {
        assertThat(service.referrals(L1).referrals()).extracting(Referral::uscc).containsExactly(N1, N6, N2);
        assertThat(service.referrers(N6).referrers())
                .extracting(Referrer::uscc, Referrer::leader)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(L1, true),
                        org.assertj.core.groups.Tuple.tuple(L3, false),
                        org.assertj.core.groups.Tuple.tuple(L4, false));
        IndustryGraph built = SampleChains.graph();
        var finder = new ReferralFinder(built, new GapAnalysis(built, CONFIG.gaps()).all(), CONFIG.referrals());
        assertThat(service.referrals(L3)).isEqualTo(finder.referrals(L3));
    }

    @Test
    @Order(5)
    void shouldGiveTheHandWorkedResilience() {
        var report = service.resilience("ev", N1);
        IndustryGraph built = SampleChains.graph();
        var analysis = new ResilienceAnalysis(built, CONFIG.resilience());
        assertThat(report).isEqualTo(analysis.of("ev").withRelocation(analysis.relocation("ev", N1)));
        assertThat(report.articulationPoints())
                .singleElement()
                .satisfies(p -> assertThat(p.uscc()).isEqualTo(L1));
    }

    @Test
    @Order(6)
    void shouldKeepTheProjectionUntilAnImportChangesTheGraph() throws URISyntaxException {
        ProjectionCache<IndustryGraph> cache = ProjectionCache.of(reader);
        IndustryGraph before = cache.current();
        importFolder("fixtures/analysis");
        assertThat(cache.current())
                .as("re-importing the same files changes nothing")
                .isSameAs(before);

        importFolder("fixtures/analysis-change");
        IndustryGraph after = cache.current();
        assertThat(after).isNotSameAs(before);
        assertThat(after.version()).isGreaterThan(before.version());
        // L2 (above scale) now also works in cell: covered by one, so STRENGTHEN
        LinkGap cell = service.gaps("ev").links().stream()
                .filter(l -> l.linkId().equals("ev.cell"))
                .findFirst()
                .orElseThrow();
        assertThat(cell.status()).isEqualTo(GapStatus.STRENGTHEN);
        assertThat(cell.coverage()).isEqualTo(1);
    }

    @Test
    @Order(7)
    void shouldCountMembershipsByRegionAgainOnlyWhenMembershipsChanged(@TempDir Path files) throws IOException {
        ChainSkeleton before = reader.readForGaps();
        long membershipsBefore = membershipVersion();

        Path supplies = Files.writeString(
                files.resolve("supplies.csv"),
                "supplier_uscc,customer_uscc,value,since,source,confidence\n"
                        + "91310115MA0000103T,91370215MA0000001W,50,2024,survey,0.7\n");
        new Importer(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE)
                .run(ImportSource.of(files), false);
        ChainSkeleton afterTies = reader.readForGaps();
        assertThat(afterTies.version()).isGreaterThan(before.version());
        assertThat(membershipVersion()).as("a tie changes no membership").isEqualTo(membershipsBefore);
        assertThat(afterTies.linkRegions()).isEqualTo(before.linkRegions());

        Files.delete(supplies);
        Files.writeString(files.resolve("enterprise_links.csv"), "uscc,link_id,main\n91310115MA0000103T,ev.ore,否\n");
        new Importer(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE)
                .run(ImportSource.of(files), false);
        ChainSkeleton afterMembership = reader.readForGaps();
        assertThat(membershipVersion()).isEqualTo(afterMembership.version());
        assertThat(afterMembership.linkRegions())
                .as("the Shanghai enterprise now counts in ev.ore: counted again, as a new reader counts")
                .isNotEqualTo(before.linkRegions())
                .isEqualTo(new ProjectionReader(store).readForGaps().linkRegions())
                .isEqualTo(reader.read().linkRegions());
    }

    private static long membershipVersion() {
        return store.read("store/membership-version", java.util.Map.of())
                .getFirst()
                .get("version")
                .asLong();
    }
}

package org.chainmap.analysis.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chainmap.domain.LinkStage;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.Scale;
import org.chainmap.domain.Tag;
import org.chainmap.store.Query;
import org.chainmap.store.Reads;
import org.chainmap.store.Store;

/**
 * Reads the {@link IndustryGraph} from Neo4j with the queries of {@code cypher/queries/analysis}, tagged with the
 * graph's version read in the same transactions. Records are consumed as they stream in (the driver fetches them in
 * batches); no query result is held as a whole. A transaction retried on a transient error starts a new builder.
 * Cost: one pass over the nodes and relationships the analyses use; for {@link #readForGaps()} the local
 * enterprises' links and the ties into them, summed in Neo4j, and the memberships of the non-local enterprises,
 * counted by link and region in Neo4j.
 */
public final class ProjectionReader {
    /** Shares of the enterprises read side by side for the full projection. */
    static final int SHARES = 2;

    static final Query<Version> VERSION = Query.of("store/graph-version", Version.class);
    static final Query<ProjectionKeyRow> KEY = Query.of("store/projection-key", ProjectionKeyRow.class);
    static final Query<GraphIdentity> GRAPH_IDENTITY = Query.of("store/graph-identity", GraphIdentity.class);
    static final Query<ChangesRow> CHANGES_SINCE = Query.of("analysis/changes-since", ChangesRow.class);
    static final Query<TieRow> TIES_BETWEEN = Query.of("analysis/ties-between", TieRow.class);
    static final Query<Version> MEMBERSHIP_VERSION = Query.of("store/membership-version", Version.class);
    static final Query<ChainNode> CHAINS = Query.of("analysis/chains", ChainNode.class);
    static final Query<LinkRow> LINKS = Query.of("analysis/links", LinkRow.class);
    static final Query<FlowRow> FLOWS = Query.of("analysis/flows", FlowRow.class);
    static final Query<MembersRow> LINK_MEMBERS = Query.of("analysis/link-members", MembersRow.class);
    static final Query<LeaderRow> LEADERS = Query.of("analysis/leaders", LeaderRow.class);
    static final Query<ParkRow> PARKS = Query.of("analysis/parks", ParkRow.class);
    static final Query<StagesRow> INVESTOR_STAGES = Query.of("analysis/investor-stages", StagesRow.class);
    static final Query<EnterpriseRow> LEADER_ENTERPRISES = Query.of("analysis/leader-enterprises", EnterpriseRow.class);
    static final Query<CoverageRow> LINK_COVERAGE = Query.of("analysis/link-coverage", CoverageRow.class);
    static final Query<DependencyRow> LINK_DEPENDENCY = Query.of("analysis/link-dependency", DependencyRow.class);
    static final Query<RegionRow> LINK_REGIONS = Query.of("analysis/link-regions", RegionRow.class);

    record Version(long version) {}

    record ProjectionKeyRow(String store, String graph, long version, long work) {}

    record GraphIdentity(String graph) {}

    record ChangesRow(long version, long changes, List<List<String>> suppliers, List<List<String>> customers) {}

    record TieRow(String supplier, String customer, Double value, Double confidence, String source, String since) {}

    record LinkRow(long node, String id, String chainId, String name, String nameEn, String stage, boolean key) {}

    record FlowRow(String from, String to) {}

    record MembersRow(long node, long[] members, long[] inferred) {}

    record LeaderRow(String uscc, String chainId) {}

    record ParkRow(
            String id, String name, Long units, Long occupiedUnits, Double freeFloorAreaSqm, List<String> focus) {}

    record StagesRow(String uscc, List<String> stages) {}

    /** The enterprise columns of {@code analysis/leader-enterprises} and {@code analysis/enterprises}. */
    record EnterpriseRow(
            String uscc,
            String name,
            boolean local,
            String region,
            String scale,
            Double revenue,
            List<String> tags,
            Double registeredCapital,
            Long employees) {}

    record CoverageRow(String linkId, int coverage, int aboveScale) {}

    record RegionRow(String linkId, String region, long count) {}

    record DependencyRow(
            String linkId, long ties, long valuedTies, double value, long outsideTies, double outsideValue) {}

    private final Store store;
    /** Whether memberships inferred by classification count (SPEC section 14: by default they do). */
    private final boolean includeInferred;
    /** The last count of memberships by link and region, kept while the memberships stay as they were. */
    private volatile Counted counted;
    /** Where full projections are kept between processes; {@code null} to keep none. */
    private final ProjectionSnapshots snapshots;

    public ProjectionReader(Store store) {
        this(store, true);
    }

    public ProjectionReader(Store store, boolean includeInferred) {
        this(store, includeInferred, null);
    }

    /** @param snapshots where full projections are kept between processes, {@code null} for nowhere */
    public ProjectionReader(Store store, boolean includeInferred, ProjectionSnapshots snapshots) {
        this.store = store;
        this.includeInferred = includeInferred;
        this.snapshots = snapshots;
    }

    /** The graph's version, read cheaply; a projection read at another version is out of date. */
    public long version() {
        return store.graphVersion();
    }

    /**
     * The full projection. The enterprises, with the ties they supply through, come in {@value #SHARES} shares
     * read side by side in read transactions of their own (Neo4j runs each query on one thread), the chains, links
     * with their members, leaders, parks and pipeline in a further one; all of them are read again should an
     * import have changed the graph's version meanwhile.
     */
    public IndustryGraph read() {
        if (snapshots == null) {
            return readFromStore();
        }
        ProjectionKey key = key();
        IndustryGraph kept = snapshots.load(key);
        if (kept != null) {
            return kept;
        }
        IndustryGraph read = readFromStore();
        snapshots.save(read, key.at(read.version()));
        return read;
    }

    /**
     * Whether a full projection of the graph as it is now is kept on disk, which loads faster than the gaps-only one
     * is read.
     */
    public boolean kept() {
        return snapshots != null && snapshots.has(key());
    }

    /**
     * The projection of the graph as it is now, from {@code base} read at an earlier version, when every import
     * since changed supply ties alone and recorded them (as the importer does for up to
     * {@link org.chainmap.imports.ChangedTies#LIMIT} ties): those ties are read again, in one read transaction with
     * the version, and put in place of base's, everything else shared ({@link IndustryGraph#withTies}); the same
     * projection as a full read gives. {@code null} when the changes are not all recorded, or base is not a
     * full projection of the reader's, and the graph is to be read whole.
     */
    public IndustryGraph update(IndustryGraph base) {
        IndustryGraph updated = store.reading(reads -> changedTies(reads, base));
        if (updated != null && snapshots != null) {
            snapshots.save(updated, key().at(updated.version()));
        }
        return updated;
    }

    private IndustryGraph changedTies(Reads reads, IndustryGraph base) {
        ChangesRow changes =
                reads.all(CHANGES_SINCE, Map.of("since", base.version())).getFirst();
        if (changes.version() <= base.version() || changes.changes() != changes.version() - base.version()) {
            return null;
        }
        java.util.TreeMap<Long, String[]> pairs = new java.util.TreeMap<>();
        for (int i = 0; i < changes.suppliers().size(); i++) {
            List<String> suppliers = changes.suppliers().get(i);
            List<String> customers = changes.customers().get(i);
            for (int j = 0; j < suppliers.size(); j++) {
                int s = base.indexOf(suppliers.get(j));
                int c = base.indexOf(customers.get(j));
                if (s < 0 || c < 0) {
                    return null;
                }
                pairs.put((long) s << 32 | c, new String[] {suppliers.get(j), customers.get(j)});
            }
        }
        Map<String, Object> between = Map.of(
                "suppliers", pairs.values().stream().map(p -> p[0]).toList(),
                "customers", pairs.values().stream().map(p -> p[1]).toList());
        Map<Long, TieRow> read = new HashMap<>();
        reads.each(
                TIES_BETWEEN,
                between,
                r -> read.put((long) base.indexOf(r.supplier()) << 32 | base.indexOf(r.customer()), r));
        if (read.size() != pairs.size()) {
            return null;
        }
        Interner strings = new Interner();
        TieGraph.Builder changed = new TieGraph.Builder();
        for (long pair : pairs.keySet()) {
            TieRow r = read.get(pair);
            double confidence = TieGraph.unboxed(r.confidence());
            if (confidence < 0 || confidence > 1) {
                throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
            }
            changed.add(
                    (int) (pair >>> 32),
                    (int) pair,
                    TieGraph.unboxed(r.value()),
                    confidence,
                    strings.of(r.source()),
                    strings.of(r.since()));
        }
        TieGraph ties = base.tieGraph().withChanges(changed);
        return ties == null ? null : base.withTies(ties, changes.version());
    }

    /** The key of the graph as it is now; a graph recorded before graphs had an identity is given one. */
    ProjectionKey key() {
        ProjectionKeyRow row = store.read(KEY, Map.of()).getFirst();
        String graph = row.graph();
        if (graph == null && row.version() > 0) {
            graph = store.write(GRAPH_IDENTITY, Map.of()).getFirst().graph();
        }
        return new ProjectionKey(row.store(), graph, row.version(), row.work(), includeInferred);
    }

    /** The full projection read from the store, never from a kept one. */
    public IndustryGraph readFromStore() {
        ExecutorService readers = Executors.newFixedThreadPool(SHARES, r -> {
            Thread t = new Thread(r, "chainmap-projection");
            t.setDaemon(true);
            return t;
        });
        try {
            while (true) {
                List<Future<EnterpriseShare>> shares = new ArrayList<>();
                for (int part = 0; part < SHARES; part++) {
                    int p = part;
                    shares.add(readers.submit(() -> store.reading(reads -> EnterpriseShare.read(reads, p))));
                }
                Rest rest = store.reading(reads -> Rest.read(reads, includeInferred));
                List<EnterpriseShare> read = new ArrayList<>();
                for (Future<EnterpriseShare> share : shares) {
                    read.add(join(share));
                }
                if (read.stream().allMatch(share -> share.version == rest.builder.version)) {
                    return assemble(rest, read);
                }
            }
        } finally {
            readers.shutdownNow();
        }
    }

    /** The enterprises of every share numbered in turn, then the ties resolved from node ids to those numbers. */
    private static IndustryGraph assemble(Rest rest, List<EnterpriseShare> shares) {
        IndustryGraphBuilder b = rest.builder;
        for (EnterpriseShare share : shares) {
            share.first = b.enterprises.size();
            share.enterprises.forEach(b::enterprise);
        }
        NodeNumbers numbers = new NodeNumbers(shares);
        // each link's members in the enterprises' order, the links in the order of their ids
        new TreeMap<>(rest.members).forEach((linkId, nodes) -> {
            java.util.Set<Long> byInference = new java.util.HashSet<>();
            for (long node : rest.inferred.getOrDefault(linkId, new long[0])) {
                byInference.add(node);
            }
            Arrays.stream(nodes)
                    .filter(node -> numbers.of(node) >= 0)
                    .boxed()
                    .sorted(java.util.Comparator.comparingInt(numbers::of))
                    .forEach(node -> {
                        String uscc = b.enterprises.get(numbers.of(node)).uscc();
                        if (byInference.contains(node)) {
                            b.worksInByInference(uscc, linkId);
                        } else {
                            b.worksIn(uscc, linkId);
                        }
                    });
        });
        // the ties by supplier, then customer: suppliers come numbered in turn, each one's customers are sorted, so
        // the order does not depend on how Neo4j stores them and a tie changed later is found in its place
        for (EnterpriseShare share : shares) {
            long[] byCustomer = new long[0];
            for (int from = 0, to; from < share.ties; from = to) {
                to = from;
                while (to < share.ties && share.supplier[to] == share.supplier[from]) {
                    to++;
                }
                if (byCustomer.length < to - from) {
                    byCustomer = new long[Math.max(16, 2 * (to - from))];
                }
                int n = 0;
                for (int t = from; t < to; t++) {
                    int c = numbers.of(share.customer[t]);
                    if (c >= 0) {
                        byCustomer[n++] = (long) c << 32 | t;
                    }
                }
                Arrays.sort(byCustomer, 0, n);
                for (int i = 0; i < n; i++) {
                    int t = (int) byCustomer[i];
                    b.tie(
                            share.first + share.supplier[t],
                            (int) (byCustomer[i] >>> 32),
                            share.value[t],
                            share.confidence[t],
                            share.source[t],
                            share.since[t]);
                }
            }
        }
        rest.leaders.forEach(l -> b.leads(l[0], l[1]));
        rest.stages.forEach((uscc, stages) -> stages.forEach(stage -> b.investorStage(uscc, stage)));
        return b.build();
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the projection", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** What the full projection holds besides the enterprises and ties, at a version of the graph. */
    private record Rest(
            IndustryGraphBuilder builder,
            Map<String, long[]> members,
            Map<String, long[]> inferred,
            List<String[]> leaders,
            Map<String, List<ProjectStage>> stages) {
        static Rest read(Reads reads, boolean includeInferred) {
            IndustryGraphBuilder b = IndustryGraph.builder();
            Map<Long, String> linkNodes = skeleton(reads, b);
            Map<String, long[]> members = new HashMap<>();
            Map<String, long[]> inferred = new HashMap<>();
            reads.each(LINK_MEMBERS, Map.of("includeInferred", includeInferred), r -> {
                String link = linkNodes.get(r.node());
                if (link != null) {
                    members.put(link, r.members());
                    if (r.inferred().length > 0) {
                        inferred.put(link, r.inferred());
                    }
                }
            });
            List<String[]> leaders = new ArrayList<>();
            reads.each(LEADERS, Map.of(), r -> leaders.add(new String[] {r.uscc(), r.chainId()}));
            reads.each(
                    PARKS,
                    Map.of(),
                    r -> b.park(new ParkNode(
                            r.id(), r.name(), r.units(), r.occupiedUnits(), r.freeFloorAreaSqm(), r.focus())));
            Map<String, List<ProjectStage>> stages = new HashMap<>();
            reads.each(INVESTOR_STAGES, Map.of(), r -> {
                for (String stage : r.stages()) {
                    known(ProjectStage.class, stage)
                            .ifPresent(s -> stages.computeIfAbsent(r.uscc(), k -> new ArrayList<>())
                                    .add(s));
                }
            });
            return new Rest(b, members, inferred, leaders, stages);
        }
    }

    /** The furthest stage of the projects of each investor, as the graph holds them now. */
    public PipelineStages readPipelineStages() {
        Map<String, ProjectStage> furthest = new HashMap<>();
        for (StagesRow r : store.read(INVESTOR_STAGES, Map.of())) {
            for (String stage : r.stages()) {
                known(ProjectStage.class, stage)
                        .ifPresent(s -> furthest.merge(r.uscc(), s, IndustryGraphBuilder::furthest));
            }
        }
        return new PipelineStages(furthest);
    }

    /**
     * The projection for the gap analysis only ({@link GapProjection}): chains, links, FEEDS, leaders and
     * the figures of every link summed in Neo4j, and the non-local memberships of every link counted by region (for
     * the feasibility of links), so nothing proportional to the enterprises or ties crosses the wire. Cost in Neo4j:
     * the IN_LINK ties of the local enterprises and the ties into local customers, and, in a read transaction of its
     * own beside that one, a pass over every IN_LINK tie; both are read again should an import change the graph's
     * version meanwhile.
     */
    public GapProjection readForGaps() {
        ExecutorService beside = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "chainmap-link-regions");
            t.setDaemon(true);
            return t;
        });
        try {
            while (true) {
                // the count by region passes over every membership: kept while memberships stay as they were (an
                // import of ties only, a project), else read beside the rest, in a transaction of its own
                Counted known = counted;
                boolean reuse = known != null && known.membershipVersion() == membershipVersion();
                Future<Counted> regions = reuse ? null : beside.submit(() -> store.reading(this::countRegions));
                Skeleton skeleton = store.reading(this::gapSkeleton);
                Counted now = reuse ? known : join(regions);
                if (now.membershipVersion() == skeleton.membershipVersion()) {
                    counted = now;
                    IndustryGraphBuilder b = skeleton.builder();
                    for (RegionRow r : now.rows()) {
                        if (b.links.containsKey(r.linkId())) {
                            b.linkRegion(r.linkId(), r.region(), r.count());
                        }
                    }
                    return new GapProjection(b.build());
                }
            }
        } finally {
            beside.shutdownNow();
        }
    }

    private long membershipVersion() {
        return store.read(MEMBERSHIP_VERSION, Map.of()).getFirst().version();
    }

    /** The gap projection but for the link regions, and the version its memberships were last changed at. */
    private record Skeleton(IndustryGraphBuilder builder, long membershipVersion) {}

    /** The gap projection but for the link regions, at the version it was read at. */
    private Skeleton gapSkeleton(Reads reads) {
        IndustryGraphBuilder b = IndustryGraph.builder().gapsOnly();
        skeleton(reads, b);
        long[] memberships = new long[1];
        reads.each(MEMBERSHIP_VERSION, Map.of(), r -> memberships[0] = r.version());
        Interner strings = new Interner();
        reads.each(LEADER_ENTERPRISES, Map.of(), r -> b.enterprise(enterprise(r, strings)));
        reads.each(LEADERS, Map.of(), r -> b.leads(r.uscc(), r.chainId()));
        Map<String, int[]> coverage = new HashMap<>();
        reads.each(
                LINK_COVERAGE,
                Map.of("includeInferred", includeInferred),
                r -> coverage.put(r.linkId(), new int[] {r.coverage(), r.aboveScale()}));
        Map<String, LinkFigures> figures = new HashMap<>();
        reads.each(LINK_DEPENDENCY, Map.of("includeInferred", includeInferred), r -> {
            int[] c = coverage.getOrDefault(r.linkId(), new int[2]);
            figures.put(
                    r.linkId(),
                    new LinkFigures(
                            c[0], c[1], r.ties(), r.valuedTies(), r.value(), r.outsideTies(), r.outsideValue()));
        });
        coverage.forEach((link, c) -> figures.putIfAbsent(link, new LinkFigures(c[0], c[1], 0, 0, 0, 0, 0)));
        for (LinkNode l : b.links.values()) {
            b.linkFigures(l.id(), figures.getOrDefault(l.id(), LinkFigures.NONE));
        }
        return new Skeleton(b, memberships[0]);
    }

    /** The rows of {@code analysis/link-regions} and the membership version they were read at. */
    private record Counted(long membershipVersion, List<RegionRow> rows) {}

    private Counted countRegions(Reads reads) {
        long[] version = new long[1];
        reads.each(MEMBERSHIP_VERSION, Map.of(), r -> version[0] = r.version());
        List<RegionRow> rows = new ArrayList<>();
        reads.each(LINK_REGIONS, Map.of("includeInferred", includeInferred), rows::add);
        return new Counted(version[0], rows);
    }

    /**
     * The non-local memberships counted by link and region, as {@link #readForGaps()} reads them with the rest (for
     * timing that read alone).
     */
    public LinkRegions readLinkRegions() {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (RegionRow r : store.reading(this::countRegions).rows()) {
            counts.computeIfAbsent(r.linkId(), k -> new HashMap<>()).merge(r.region(), r.count(), Long::sum);
        }
        return new LinkRegions(counts);
    }

    /**
     * The version, chains, links and FEEDS: what every projection holds.
     *
     * @return the links' ids by their internal ids
     */
    private static Map<Long, String> skeleton(Reads reads, IndustryGraphBuilder b) {
        reads.each(VERSION, Map.of(), r -> b.version(r.version()));
        reads.each(CHAINS, Map.of(), b::chain);
        Map<Long, String> linkNodes = new HashMap<>();
        reads.each(LINKS, Map.of(), r -> {
            b.link(new LinkNode(r.id(), r.chainId(), r.name(), r.nameEn(), stage(r.stage()), r.key()));
            linkNodes.put(r.node(), r.id());
        });
        reads.each(FLOWS, Map.of(), r -> b.flow(r.from(), r.to()));
        return linkNodes;
    }

    /** One row of the enterprise columns. */
    static EnterpriseNode enterprise(EnterpriseRow r, Interner strings) {
        return new EnterpriseNode(
                r.uscc(),
                r.name(),
                r.local(),
                strings.of(r.region()),
                scale(r.scale()),
                r.revenue(),
                tags(r.tags()),
                r.registeredCapital(),
                r.employees());
    }

    /** One copy of each of the few distinct regions, sources and dates, instead of one per record. */
    static final class Interner {
        private final Map<String, String> seen = new HashMap<>();

        String of(String s) {
            return s == null ? null : seen.computeIfAbsent(s, k -> k);
        }
    }

    /** The importer requires a stage; a link written some other way without one is taken as midstream. */
    private static LinkStage stage(String stage) {
        return stage == null
                ? LinkStage.MIDSTREAM
                : known(LinkStage.class, stage).orElse(LinkStage.MIDSTREAM);
    }

    private static Scale scale(String scale) {
        return scale == null ? null : known(Scale.class, scale).orElse(null);
    }

    private static Set<Tag> tags(List<String> names) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        names.forEach(n -> known(Tag.class, n).ifPresent(tags::add));
        return tags;
    }

    private static <E extends Enum<E>> java.util.Optional<E> known(Class<E> type, String name) {
        try {
            return java.util.Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}

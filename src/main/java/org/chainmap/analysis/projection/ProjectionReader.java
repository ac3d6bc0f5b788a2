package org.chainmap.analysis.projection;

import static org.chainmap.store.Values.number;
import static org.chainmap.store.Values.text;
import static org.chainmap.store.Values.whole;

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
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.chainmap.domain.LinkStage;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.Scale;
import org.chainmap.domain.Tag;
import org.chainmap.store.Queries;
import org.chainmap.store.Store;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Reads the {@link IndustryGraph} from Neo4j with the queries of {@code cypher/queries/analysis}, tagged with the
 * graph's version read in the same transactions. Records are consumed as they stream in (the driver fetches them in
 * batches); no query result is held as a whole. A transaction retried on a transient error starts a new builder.
 * Cost: one pass over the nodes and relationships the analyses use; for {@link #readForGaps()} only the local
 * enterprises' links and the ties into them, summed in Neo4j.
 */
public final class ProjectionReader {
    /** Shares of the enterprises read side by side for the full projection. */
    static final int SHARES = 2;

    private final Store store;

    public ProjectionReader(Store store) {
        this.store = store;
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
                    shares.add(readers.submit(() -> store.readTransaction(tx -> EnterpriseShare.read(tx, p))));
                }
                Rest rest = store.readTransaction(Rest::read);
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
        new TreeMap<>(rest.members)
                .forEach((linkId, nodes) -> Arrays.stream(nodes)
                        .mapToInt(numbers::of)
                        .filter(e -> e >= 0)
                        .sorted()
                        .forEach(e -> b.worksIn(b.enterprises.get(e).uscc(), linkId)));
        for (EnterpriseShare share : shares) {
            for (int t = 0; t < share.ties; t++) {
                long customer = share.customer[t];
                int c = numbers.of(customer);
                if (c >= 0) {
                    b.tie(
                            share.first + share.supplier[t],
                            c,
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
            List<String[]> leaders,
            Map<String, List<ProjectStage>> stages) {
        static Rest read(TransactionContext tx) {
            IndustryGraphBuilder b = IndustryGraph.builder();
            Map<Long, String> linkNodes = skeleton(tx, b);
            Map<String, long[]> members = new HashMap<>();
            each(tx, "analysis/link-members", r -> {
                String link = linkNodes.get(r.get("node").asLong());
                if (link != null) {
                    Value nodes = r.get("members");
                    members.put(
                            link,
                            LongStream.range(0, nodes.size())
                                    .map(i -> nodes.get((int) i).asLong())
                                    .toArray());
                }
            });
            List<String[]> leaders = new ArrayList<>();
            each(tx, "analysis/leaders", r -> leaders.add(new String[] {text(r.get("uscc")), text(r.get("chainId"))}));
            each(
                    tx,
                    "analysis/parks",
                    r -> b.park(new ParkNode(
                            text(r.get("id")),
                            text(r.get("name")),
                            whole(r.get("units")),
                            whole(r.get("occupiedUnits")),
                            r.get("focus").asList(Value::asString))));
            Map<String, List<ProjectStage>> stages = new HashMap<>();
            each(tx, "analysis/investor-stages", r -> {
                for (String stage : r.get("stages").asList(Value::asString)) {
                    known(ProjectStage.class, stage)
                            .ifPresent(s -> stages.computeIfAbsent(text(r.get("uscc")), k -> new ArrayList<>())
                                    .add(s));
                }
            });
            return new Rest(b, members, leaders, stages);
        }
    }

    /**
     * The projection for the gap analysis only ({@link IndustryGraph#gapsOnly()}): chains, links, FEEDS, leaders and
     * the figures of every link summed in Neo4j, so nothing proportional to the enterprises or ties crosses the wire.
     * Cost in Neo4j: the IN_LINK ties of the local enterprises and the ties into local customers.
     */
    public IndustryGraph readForGaps() {
        return store.readTransaction(tx -> {
            IndustryGraphBuilder b = IndustryGraph.builder().gapsOnly();
            skeleton(tx, b);
            Interner strings = new Interner();
            each(tx, "analysis/leader-enterprises", r -> b.enterprise(enterprise(r, strings)));
            each(tx, "analysis/leaders", r -> b.leads(text(r.get("uscc")), text(r.get("chainId"))));
            Map<String, int[]> coverage = new HashMap<>();
            each(
                    tx,
                    "analysis/link-coverage",
                    r -> coverage.put(text(r.get("linkId")), new int[] {
                        r.get("coverage").asInt(), r.get("aboveScale").asInt()
                    }));
            Map<String, LinkFigures> figures = new HashMap<>();
            each(tx, "analysis/link-dependency", r -> {
                String link = text(r.get("linkId"));
                int[] c = coverage.getOrDefault(link, new int[2]);
                figures.put(
                        link,
                        new LinkFigures(
                                c[0],
                                c[1],
                                r.get("ties").asLong(),
                                r.get("valuedTies").asLong(),
                                r.get("value").asDouble(),
                                r.get("outsideTies").asLong(),
                                r.get("outsideValue").asDouble()));
            });
            coverage.forEach((link, c) -> figures.putIfAbsent(link, new LinkFigures(c[0], c[1], 0, 0, 0, 0, 0)));
            for (LinkNode l : b.links.values()) {
                b.linkFigures(l.id(), figures.getOrDefault(l.id(), LinkFigures.NONE));
            }
            return b.build();
        });
    }

    /**
     * The version, chains, links and FEEDS: what every projection holds.
     *
     * @return the links' ids by their internal ids
     */
    private static Map<Long, String> skeleton(TransactionContext tx, IndustryGraphBuilder b) {
        each(tx, "store/graph-version", r -> b.version(r.get("version").asLong()));
        each(
                tx,
                "analysis/chains",
                r -> b.chain(new ChainNode(text(r.get("id")), text(r.get("name")), text(r.get("nameEn")))));
        Map<Long, String> linkNodes = new HashMap<>();
        each(tx, "analysis/links", r -> {
            b.link(new LinkNode(
                    text(r.get("id")),
                    text(r.get("chainId")),
                    text(r.get("name")),
                    text(r.get("nameEn")),
                    stage(r.get("stage")),
                    r.get("key").asBoolean(false)));
            linkNodes.put(r.get("node").asLong(), text(r.get("id")));
        });
        each(tx, "analysis/flows", r -> b.flow(text(r.get("from")), text(r.get("to"))));
        return linkNodes;
    }

    /** One record of the enterprise columns. */
    static EnterpriseNode enterprise(Record r, Interner strings) {
        return new EnterpriseNode(
                text(r.get("uscc")),
                text(r.get("name")),
                r.get("local").asBoolean(false),
                strings.of(text(r.get("region"))),
                scale(r.get("scale")),
                number(r.get("revenue")),
                tags(r.get("tags").asList(Value::asString)));
    }

    /** One copy of each of the few distinct regions, sources and dates, instead of one per record. */
    static final class Interner {
        private final Map<String, String> seen = new HashMap<>();

        String of(String s) {
            return s == null ? null : seen.computeIfAbsent(s, k -> k);
        }
    }

    static void each(TransactionContext tx, String query, Consumer<Record> action) {
        var result = tx.run(Queries.text(query), Map.of());
        while (result.hasNext()) {
            action.accept(result.next());
        }
    }

    /** The importer requires a stage; a link written some other way without one is taken as midstream. */
    private static LinkStage stage(Value v) {
        return v.isNull()
                ? LinkStage.MIDSTREAM
                : known(LinkStage.class, v.asString()).orElse(LinkStage.MIDSTREAM);
    }

    private static Scale scale(Value v) {
        return v.isNull() ? null : known(Scale.class, v.asString()).orElse(null);
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

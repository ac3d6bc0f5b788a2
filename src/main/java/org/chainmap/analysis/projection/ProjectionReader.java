package org.chainmap.analysis.projection;

import static org.chainmap.store.Values.number;
import static org.chainmap.store.Values.text;
import static org.chainmap.store.Values.whole;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
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
    private final Store store;

    public ProjectionReader(Store store) {
        this.store = store;
    }

    /** The graph's version, read cheaply; a projection read at another version is out of date. */
    public long version() {
        return store.graphVersion();
    }

    /**
     * The full projection. The supply ties, most of what is read, come in a second read transaction on another
     * thread while the nodes come in the first, so Neo4j and the decoding of records use both of two cores; the two
     * are read again should an import have changed the graph's version between them.
     */
    public IndustryGraph read() {
        ExecutorService tieReader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "chainmap-projection-ties");
            t.setDaemon(true);
            return t;
        });
        try {
            while (true) {
                Future<Ties> ties = tieReader.submit(() -> store.readTransaction(ProjectionReader::ties));
                IndustryGraphBuilder b = store.readTransaction(ProjectionReader::nodes);
                Ties read = join(ties);
                if (read.version() == b.version) {
                    read.ties().forEach(b::tie);
                    return b.build();
                }
            }
        } finally {
            tieReader.shutdownNow();
        }
    }

    private static Ties join(Future<Ties> ties) {
        try {
            return ties.get();
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

    /** The supply ties at a version of the graph. */
    private record Ties(long version, List<SupplyTie> ties) {}

    private static Ties ties(TransactionContext tx) {
        long[] version = new long[1];
        each(tx, "store/graph-version", r -> version[0] = r.get("version").asLong());
        Interner strings = new Interner();
        List<SupplyTie> ties = new ArrayList<>();
        each(tx, "analysis/supplies", r -> ties.add(new SupplyTie(
                text(r.get("supplier")),
                text(r.get("customer")),
                number(r.get("value")),
                number(r.get("confidence")),
                strings.of(text(r.get("source"))),
                strings.of(text(r.get("since"))))));
        return new Ties(version[0], ties);
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
            each(tx, "analysis/leader-enterprises", r -> enterprise(b, r, new Interner(), false));
            each(tx, "analysis/leaders", r -> b.leads(text(r.get("uscc")), text(r.get("chainId"))));
            Map<String, int[]> coverage = new HashMap<>();
            each(tx, "analysis/link-coverage", r -> coverage.put(text(r.get("linkId")),
                    new int[] {r.get("coverage").asInt(), r.get("aboveScale").asInt()}));
            Map<String, LinkFigures> figures = new HashMap<>();
            each(tx, "analysis/link-dependency", r -> {
                String link = text(r.get("linkId"));
                int[] c = coverage.getOrDefault(link, new int[2]);
                figures.put(link, new LinkFigures(c[0], c[1], r.get("ties").asLong(), r.get("valuedTies").asLong(),
                        r.get("value").asDouble(), r.get("outsideTies").asLong(), r.get("outsideValue").asDouble()));
            });
            coverage.forEach((link, c) -> figures.putIfAbsent(link, new LinkFigures(c[0], c[1], 0, 0, 0, 0, 0)));
            for (LinkNode l : b.links.values()) {
                b.linkFigures(l.id(), figures.getOrDefault(l.id(), LinkFigures.NONE));
            }
            return b.build();
        });
    }

    /** Everything but the supply ties. */
    private static IndustryGraphBuilder nodes(TransactionContext tx) {
        IndustryGraphBuilder b = IndustryGraph.builder();
        skeleton(tx, b);
        Interner strings = new Interner();
        each(tx, "analysis/enterprises", r -> enterprise(b, r, strings, true));
        each(tx, "analysis/leaders", r -> b.leads(text(r.get("uscc")), text(r.get("chainId"))));
        each(tx, "analysis/parks", r -> b.park(new ParkNode(
                text(r.get("id")),
                text(r.get("name")),
                whole(r.get("units")),
                whole(r.get("occupiedUnits")),
                r.get("focus").asList(Value::asString))));
        each(tx, "analysis/investor-stages", r -> {
            for (String stage : r.get("stages").asList(Value::asString)) {
                known(ProjectStage.class, stage).ifPresent(s -> b.investorStage(text(r.get("uscc")), s));
            }
        });
        return b;
    }

    /** The version, chains, links and FEEDS: what every projection holds. */
    private static void skeleton(TransactionContext tx, IndustryGraphBuilder b) {
        each(tx, "store/graph-version", r -> b.version(r.get("version").asLong()));
        each(tx, "analysis/chains", r -> b.chain(new ChainNode(text(r.get("id")), text(r.get("name")))));
        each(tx, "analysis/links", r -> b.link(new LinkNode(
                text(r.get("id")),
                text(r.get("chainId")),
                text(r.get("name")),
                stage(r.get("stage")),
                r.get("key").asBoolean(false))));
        each(tx, "analysis/flows", r -> b.flow(text(r.get("from")), text(r.get("to"))));
    }

    /** One record of the enterprise columns; with {@code withLinks} the links it works in too. */
    private static void enterprise(IndustryGraphBuilder b, Record r, Interner strings, boolean withLinks) {
        String uscc = text(r.get("uscc"));
        b.enterprise(new EnterpriseNode(
                uscc,
                text(r.get("name")),
                r.get("local").asBoolean(false),
                strings.of(text(r.get("region"))),
                scale(r.get("scale")),
                number(r.get("revenue")),
                tags(r.get("tags").asList(Value::asString))));
        if (withLinks) {
            for (String link : r.get("links").asList(Value::asString)) {
                b.worksIn(uscc, link);
            }
        }
    }

    /** One copy of each of the few distinct regions, sources and dates, instead of one per record. */
    private static final class Interner {
        private final Map<String, String> seen = new HashMap<>();

        String of(String s) {
            return s == null ? null : seen.computeIfAbsent(s, k -> k);
        }
    }

    private static void each(TransactionContext tx, String query, Consumer<Record> action) {
        var result = tx.run(Queries.text(query), Map.of());
        while (result.hasNext()) {
            action.accept(result.next());
        }
    }

    /** The importer requires a stage; a link written some other way without one is taken as midstream. */
    private static LinkStage stage(Value v) {
        return v.isNull() ? LinkStage.MIDSTREAM : known(LinkStage.class, v.asString()).orElse(LinkStage.MIDSTREAM);
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

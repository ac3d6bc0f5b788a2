package org.chainmap.analysis.projection;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.chainmap.domain.LinkStage;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.Scale;
import org.chainmap.domain.Tag;

/**
 * A full projection ({@link IndustryGraph}) as a {@link ColumnFile}: each kind of node as columns of primitive arrays
 * and string runs, the supply ties as the {@link TieGraph}'s own arrays (read back without being built again), and a
 * header naming the {@link ProjectionKey} it was read at. Reading gives back a projection equal to the one written:
 * the same enterprises under the same numbers, the same ties, memberships, leaders, parks and stages, the link
 * figures counted again from them by the same code as after a read from Neo4j.
 */
final class ProjectionSnapshot {
    private static final long MAGIC = 0x4a4f5250_4d43L; // "CMPROJ"
    /** Raised whenever what is written changes: a file of another format is not read. */
    private static final long FORMAT = 4;

    private static final String LIST = "\u001f";

    private ProjectionSnapshot() {}

    static void write(IndustryGraph g, ProjectionKey key, ColumnFile.Writer out) throws IOException {
        out.longValue(MAGIC);
        out.longValue(FORMAT);
        out.strings(new String[] {key.store(), key.graph()});
        out.longValue(key.version());
        out.longValue(key.work());
        out.longValue(key.includeInferred() ? 1 : 0);

        List<ChainNode> chains = List.copyOf(g.chains());
        out.strings(chains.stream().map(ChainNode::id).toArray(String[]::new));
        out.strings(chains.stream().map(ChainNode::name).toArray(String[]::new));
        out.strings(chains.stream().map(ChainNode::nameEn).toArray(String[]::new));

        List<LinkNode> links = new ArrayList<>();
        chains.forEach(c -> links.addAll(g.linksOfChain(c.id())));
        out.strings(links.stream().map(LinkNode::id).toArray(String[]::new));
        out.coded(links.stream().map(LinkNode::chainId).toArray(String[]::new));
        out.strings(links.stream().map(LinkNode::name).toArray(String[]::new));
        out.strings(links.stream().map(LinkNode::nameEn).toArray(String[]::new));
        out.coded(links.stream().map(l -> l.stage().name()).toArray(String[]::new));
        out.ints(links.stream().mapToInt(l -> l.key() ? 1 : 0).toArray());

        var flows = g.flows().edgeSet().stream().toList();
        out.strings(flows.stream().map(f -> g.flows().getEdgeSource(f)).toArray(String[]::new));
        out.strings(flows.stream().map(f -> g.flows().getEdgeTarget(f)).toArray(String[]::new));

        writeEnterprises(g.enterprises(), out);

        List<String> linkIds = links.stream().map(LinkNode::id).sorted().toList();
        int[] counts = new int[linkIds.size()];
        List<int[]> members = new ArrayList<>();
        List<Integer> inferred = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < counts.length; i++) {
            String link = linkIds.get(i);
            int[] m = g.memberIndexes(link);
            counts[i] = m.length;
            members.add(m);
            for (int j = 0; j < m.length; j++, at++) {
                if (g.isInferredMember(link, m[j])) {
                    inferred.add(at);
                }
            }
        }
        out.strings(linkIds.toArray(String[]::new));
        writeFigures(linkIds.stream().map(g::linkFigures).toList(), out);
        List<String> regionLinks = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        List<Long> regionCounts = new ArrayList<>();
        for (String link : linkIds) {
            new TreeMap<>(g.linkRegions().of(link)).forEach((region, n) -> {
                regionLinks.add(link);
                regions.add(region);
                regionCounts.add(n);
            });
        }
        out.coded(regionLinks.toArray(String[]::new));
        out.coded(regions.toArray(String[]::new));
        out.longs(regionCounts.stream().mapToLong(Long::longValue).toArray());
        out.ints(counts);
        out.ints(members.stream().flatMapToInt(Arrays::stream).toArray());
        out.ints(inferred.stream().mapToInt(Integer::intValue).toArray());

        g.tieGraph().writeTo(out);

        List<String[]> leads = new ArrayList<>();
        chains.forEach(c -> g.leadersOf(c.id()).stream().sorted().forEach(u -> leads.add(new String[] {u, c.id()})));
        out.strings(leads.stream().map(l -> l[0]).toArray(String[]::new));
        out.coded(leads.stream().map(l -> l[1]).toArray(String[]::new));

        List<ParkNode> parks = g.parks();
        out.strings(parks.stream().map(ParkNode::id).toArray(String[]::new));
        out.strings(parks.stream().map(ParkNode::name).toArray(String[]::new));
        out.longs(parks.stream().mapToLong(p -> orAbsent(p.units())).toArray());
        out.longs(parks.stream().mapToLong(p -> orAbsent(p.occupiedUnits())).toArray());
        out.doubles(parks.stream().mapToDouble(p -> orNaN(p.freeFloorAreaSqm())).toArray());
        out.strings(parks.stream().map(p -> String.join(LIST, p.focusChains())).toArray(String[]::new));

        var stages = new TreeMap<>(g.pipelineStages().furthest());
        out.strings(stages.keySet().toArray(String[]::new));
        out.coded(stages.values().stream().map(Enum::name).toArray(String[]::new));
    }

    private static void writeFigures(List<LinkFigures> figures, ColumnFile.Writer out) throws IOException {
        out.ints(figures.stream().mapToInt(LinkFigures::coverage).toArray());
        out.ints(figures.stream().mapToInt(LinkFigures::aboveScale).toArray());
        out.longs(figures.stream().mapToLong(LinkFigures::ties).toArray());
        out.longs(figures.stream().mapToLong(LinkFigures::valuedTies).toArray());
        out.doubles(figures.stream().mapToDouble(LinkFigures::value).toArray());
        out.longs(figures.stream().mapToLong(LinkFigures::outsideTies).toArray());
        out.doubles(figures.stream().mapToDouble(LinkFigures::outsideValue).toArray());
    }

    private static void readFigures(IndustryGraphBuilder b, String[] linkIds, ColumnFile.Reader in) throws IOException {
        int[] coverage = in.ints();
        int[] aboveScale = in.ints();
        long[] ties = in.longs();
        long[] valuedTies = in.longs();
        double[] value = in.doubles();
        long[] outsideTies = in.longs();
        double[] outsideValue = in.doubles();
        for (int i = 0; i < linkIds.length; i++) {
            b.countedFigures(
                    linkIds[i],
                    new LinkFigures(
                            coverage[i],
                            aboveScale[i],
                            ties[i],
                            valuedTies[i],
                            value[i],
                            outsideTies[i],
                            outsideValue[i]));
        }
    }

    private static void writeEnterprises(List<EnterpriseNode> enterprises, ColumnFile.Writer out) throws IOException {
        int n = enterprises.size();
        String[] uscc = new String[n];
        String[] name = new String[n];
        byte[] local = new byte[n];
        String[] region = new String[n];
        String[] scale = new String[n];
        double[] revenue = new double[n];
        String[] tags = new String[n];
        double[] capital = new double[n];
        long[] employees = new long[n];
        for (int v = 0; v < n; v++) {
            EnterpriseNode e = enterprises.get(v);
            uscc[v] = e.uscc();
            name[v] = e.name();
            local[v] = (byte) (e.local() ? 1 : 0);
            region[v] = e.region();
            scale[v] = e.scale() == null ? null : e.scale().name();
            revenue[v] = orNaN(e.revenue());
            tags[v] = e.tags().isEmpty()
                    ? null
                    : e.tags().stream().map(Enum::name).sorted().collect(Collectors.joining(LIST));
            capital[v] = orNaN(e.registeredCapital());
            employees[v] = orAbsent(e.employees());
        }
        out.strings(uscc);
        out.strings(name);
        out.bytes(local);
        out.coded(region);
        out.coded(scale);
        out.doubles(revenue);
        out.coded(tags);
        out.doubles(capital);
        out.longs(employees);
    }

    /**
     * The projection of the file when it was written at {@code key}; {@code null} when it was written at another key
     * (another store, graph, version or setting) or in another format.
     *
     * @throws IOException when the file cannot be read or is not whole
     */
    static IndustryGraph read(ProjectionKey key, ColumnFile.Reader in) throws IOException {
        if (!isFor(key, in)) {
            return null;
        }
        IndustryGraphBuilder b = IndustryGraph.builder().version(key.version());
        String[] chainIds = in.strings();
        String[] chainNames = in.strings();
        String[] chainNamesEn = in.strings();
        for (int i = 0; i < chainIds.length; i++) {
            b.chain(new ChainNode(chainIds[i], chainNames[i], chainNamesEn[i]));
        }
        String[] linkIds = in.strings();
        String[] linkChains = in.coded();
        String[] linkNames = in.strings();
        String[] linkNamesEn = in.strings();
        String[] linkStages = in.coded();
        int[] keyLinks = in.ints();
        for (int i = 0; i < linkIds.length; i++) {
            b.link(new LinkNode(
                    linkIds[i],
                    linkChains[i],
                    linkNames[i],
                    linkNamesEn[i],
                    LinkStage.valueOf(linkStages[i]),
                    keyLinks[i] == 1));
        }
        String[] from = in.strings();
        String[] to = in.strings();
        for (int i = 0; i < from.length; i++) {
            b.flow(from[i], to[i]);
        }
        readEnterprises(b, in);

        String[] memberLinks = in.strings();
        readFigures(b, memberLinks, in);
        String[] regionLinks = in.coded();
        String[] regions = in.coded();
        long[] regionCounts = in.longs();
        for (int i = 0; i < regions.length; i++) {
            b.linkRegion(regionLinks[i], regions[i], regionCounts[i]);
        }
        int[] counts = in.ints();
        int[] members = in.ints();
        int[] inferred = in.ints();
        int at = 0;
        int next = 0;
        for (int i = 0; i < memberLinks.length; i++) {
            int first = next;
            while (next < inferred.length && inferred[next] < at + counts[i]) {
                next++;
            }
            int[] byInference = new int[next - first];
            for (int k = first; k < next; k++) {
                byInference[k - first] = members[inferred[k]];
            }
            b.members(memberLinks[i], Arrays.copyOfRange(members, at, at + counts[i]), byInference);
            at += counts[i];
        }
        b.ties(TieGraph.readFrom(in));

        String[] leaders = in.strings();
        String[] leadChains = in.coded();
        for (int i = 0; i < leaders.length; i++) {
            b.leads(leaders[i], leadChains[i]);
        }
        String[] parkIds = in.strings();
        String[] parkNames = in.strings();
        long[] units = in.longs();
        long[] occupied = in.longs();
        double[] free = in.doubles();
        String[] focus = in.strings();
        for (int i = 0; i < parkIds.length; i++) {
            b.park(new ParkNode(
                    parkIds[i], parkNames[i], boxed(units[i]), boxed(occupied[i]), boxed(free[i]), list(focus[i])));
        }
        String[] investors = in.strings();
        String[] stages = in.coded();
        for (int i = 0; i < investors.length; i++) {
            b.investorStage(investors[i], ProjectStage.valueOf(stages[i]));
        }
        return b.build();
    }

    /** Reads the header: whether the file is of this format and holds the projection of {@code key}. */
    static boolean isFor(ProjectionKey key, ColumnFile.Reader in) throws IOException {
        if (in.longValue() != MAGIC || in.longValue() != FORMAT) {
            return false;
        }
        String[] ids = in.strings();
        long version = in.longValue();
        long work = in.longValue();
        boolean inferredToo = in.longValue() == 1;
        return ids.length == 2 && new ProjectionKey(ids[0], ids[1], version, work, inferredToo).equals(key);
    }

    private static void readEnterprises(IndustryGraphBuilder b, ColumnFile.Reader in) throws IOException {
        String[] uscc = in.strings();
        String[] name = in.strings();
        byte[] local = in.bytes();
        String[] region = in.coded();
        String[] scale = in.coded();
        double[] revenue = in.doubles();
        String[] tags = in.coded();
        double[] capital = in.doubles();
        long[] employees = in.longs();
        b.expectOnce(uscc.length);
        for (int v = 0; v < uscc.length; v++) {
            b.enterprise(new EnterpriseNode(
                    uscc[v],
                    name[v],
                    local[v] == 1,
                    region[v],
                    scale[v] == null ? null : Scale.valueOf(scale[v]),
                    boxed(revenue[v]),
                    tags(tags[v]),
                    boxed(capital[v]),
                    boxed(employees[v])));
        }
    }

    private static Set<Tag> tags(String names) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        list(names).forEach(t -> tags.add(Tag.valueOf(t)));
        return tags;
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(LIST, -1));
    }

    private static long orAbsent(Long v) {
        return v == null ? Long.MIN_VALUE : v;
    }

    private static Long boxed(long v) {
        return v == Long.MIN_VALUE ? null : v;
    }

    private static double orNaN(Double v) {
        return v == null ? Double.NaN : v;
    }

    private static Double boxed(double v) {
        return Double.isNaN(v) ? null : v;
    }
}

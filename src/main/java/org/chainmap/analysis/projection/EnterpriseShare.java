package org.chainmap.analysis.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.chainmap.store.Query;
import org.chainmap.store.Reads;

/**
 * One share of the enterprises ({@code analysis/enterprises}) with the ties they supply through,
 * the customers still named by node id; the ties in growable arrays, not one object each.
 */
final class EnterpriseShare {
    final List<EnterpriseNode> enterprises = new ArrayList<>();
    long version;
    long[] nodes = new long[1024];
    /** Positions in {@code nodes} by ascending node id, when the ids did not come in ascending order. */
    int[] byId;

    long[] sortedNodes;
    int first;
    int ties;
    int[] supplier = new int[1024];
    long[] customer = new long[1024];
    double[] value = new double[1024];
    double[] confidence = new double[1024];
    String[] source = new String[1024];
    String[] since = new String[1024];

    static final Query<Row> ENTERPRISES = Query.of("analysis/enterprises", Row.class);

    /** A row of {@code analysis/enterprises}: an enterprise, its node id, and the ties it supplies through. */
    record Row(
            long node,
            String uscc,
            String name,
            boolean local,
            String region,
            String scale,
            Double revenue,
            List<String> tags,
            Double registeredCapital,
            Long employees,
            List<Tie> supplies) {
        ProjectionReader.EnterpriseRow enterprise() {
            return new ProjectionReader.EnterpriseRow(
                    uscc, name, local, region, scale, revenue, tags, registeredCapital, employees);
        }
    }

    /** One tie of a row, by position: {@code [customer node, value, confidence, source, since]}. */
    record Tie(long customer, Double value, Double confidence, String source, String since) {}

    static EnterpriseShare read(Reads reads, int part) {
        EnterpriseShare share = new EnterpriseShare();
        reads.each(ProjectionReader.VERSION, Map.of(), r -> share.version = r.version());
        ProjectionReader.Interner strings = new ProjectionReader.Interner();
        reads.each(ENTERPRISES, Map.of("part", part, "parts", ProjectionReader.SHARES), r -> share.add(r, strings));
        share.index();
        return share;
    }

    private void add(Row r, ProjectionReader.Interner strings) {
        int position = enterprises.size();
        if (position == nodes.length) {
            nodes = Arrays.copyOf(nodes, position * 2);
        }
        nodes[position] = r.node();
        enterprises.add(ProjectionReader.enterprise(r.enterprise(), strings));
        for (Tie tie : r.supplies()) {
            if (ties == supplier.length) {
                grow();
            }
            supplier[ties] = position;
            customer[ties] = tie.customer();
            value[ties] = TieGraph.unboxed(tie.value());
            confidence[ties] = TieGraph.unboxed(tie.confidence());
            source[ties] = strings.of(tie.source());
            since[ties] = strings.of(tie.since());
            ties++;
        }
    }

    private void grow() {
        int size = ties + (ties >> 1);
        supplier = Arrays.copyOf(supplier, size);
        customer = Arrays.copyOf(customer, size);
        value = Arrays.copyOf(value, size);
        confidence = Arrays.copyOf(confidence, size);
        source = Arrays.copyOf(source, size);
        since = Arrays.copyOf(since, size);
    }

    /** Makes {@link #indexOf} a binary search: the ids of a label scan come in ascending order, else they are sorted. */
    private void index() {
        int n = enterprises.size();
        nodes = Arrays.copyOf(nodes, n);
        for (int i = 1; i < n; i++) {
            if (nodes[i - 1] >= nodes[i]) {
                byId = IntStream.range(0, n)
                        .boxed()
                        .sorted(Comparator.comparingLong(p -> nodes[p]))
                        .mapToInt(Integer::intValue)
                        .toArray();
                sortedNodes = Arrays.stream(byId).mapToLong(p -> nodes[p]).toArray();
                return;
            }
        }
    }

    /** The number given to the enterprise of that node id, -1 when it is not one of this share. */
    int indexOf(long node) {
        int at = Arrays.binarySearch(byId == null ? nodes : sortedNodes, node);
        return at < 0 ? -1 : first + (byId == null ? at : byId[at]);
    }
}

package org.chainmap.analysis.projection;

import static org.chainmap.store.Values.number;
import static org.chainmap.store.Values.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.chainmap.store.Queries;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

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

    static EnterpriseShare read(TransactionContext tx, int part) {
        EnterpriseShare share = new EnterpriseShare();
        ProjectionReader.each(
                tx, "store/graph-version", r -> share.version = r.get("version").asLong());
        ProjectionReader.Interner strings = new ProjectionReader.Interner();
        var result =
                tx.run(Queries.text("analysis/enterprises"), Map.of("part", part, "parts", ProjectionReader.SHARES));
        while (result.hasNext()) {
            share.add(result.next(), strings);
        }
        share.index();
        return share;
    }

    private void add(Record r, ProjectionReader.Interner strings) {
        int position = enterprises.size();
        if (position == nodes.length) {
            nodes = Arrays.copyOf(nodes, position * 2);
        }
        nodes[position] = r.get("node").asLong();
        enterprises.add(ProjectionReader.enterprise(r, strings));
        Value supplies = r.get("supplies");
        for (int i = 0; i < supplies.size(); i++) {
            Value tie = supplies.get(i);
            if (ties == supplier.length) {
                grow();
            }
            supplier[ties] = position;
            customer[ties] = tie.get(0).asLong();
            value[ties] = TieGraph.unboxed(number(tie.get(1)));
            confidence[ties] = TieGraph.unboxed(number(tie.get(2)));
            source[ties] = strings.of(text(tie.get(3)));
            since[ties] = strings.of(text(tie.get(4)));
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

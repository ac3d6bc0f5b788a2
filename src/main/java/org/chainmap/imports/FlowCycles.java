package org.chainmap.imports;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedMultigraph;

/** FEEDS must stay a DAG: every new flow that lies on a cycle (with the graph's existing flows) is a problem. */
final class FlowCycles {
    private FlowCycles() {}

    static void check(List<Importer.Flow> flows, List<String[]> existing, Problems problems) {
        Graph<String, DefaultEdge> g = new DirectedMultigraph<>(DefaultEdge.class);
        for (String[] e : existing) {
            add(g, e[0], e[1]);
        }
        for (Importer.Flow f : flows) {
            add(g, f.from(), f.to());
        }
        var sccs = new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets();
        for (Set<String> scc : sccs) {
            if (scc.size() < 2) {
                continue;
            }
            String members = scc.stream().sorted().collect(Collectors.joining(", "));
            for (Importer.Flow f : flows) {
                if (scc.contains(f.from()) && scc.contains(f.to())) {
                    problems.add(
                            f.file(),
                            f.line(),
                            "to_link",
                            "cycle in link_flows: " + f.from() + " → " + f.to() + " closes a cycle among " + members);
                }
            }
        }
    }

    private static void add(Graph<String, DefaultEdge> g, String from, String to) {
        g.addVertex(from);
        g.addVertex(to);
        g.addEdge(from, to);
    }
}

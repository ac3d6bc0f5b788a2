package org.chainmap.analysis.projection;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The supply ties of an {@link IndustryGraph} as JGraphT graphs keyed by credit code: a directed multigraph of
 * {@link SupplyTie}s and an undirected simple graph of {@link Connection}s, every enterprise a vertex. Built in time
 * and memory linear in the ties (several hundred bytes each), for small graphs and for checking the analyses against
 * JGraphT's algorithms; the analyses walk {@link TieGraph}.
 */
record TieViews(Graph<String, SupplyTie> ties, Graph<String, Connection> connections) {
    static TieViews of(IndustryGraph g) {
        Graph<String, SupplyTie> ties = GraphTypeBuilder.<String, SupplyTie>directed()
                .allowingMultipleEdges(true)
                .allowingSelfLoops(false)
                .weighted(false)
                .buildGraph();
        Graph<String, Connection> connections = new SimpleGraph<>(null, null, false);
        for (int v = 0; v < g.tieGraph().vertices(); v++) {
            String uscc = g.enterpriseAt(v).uscc();
            ties.addVertex(uscc);
            connections.addVertex(uscc);
        }
        for (int t = 0; t < g.tieGraph().size(); t++) {
            SupplyTie tie = g.tie(t);
            ties.addEdge(tie.supplier(), tie.customer(), tie);
            connect(connections, tie);
        }
        return new TieViews(new AsUnmodifiableGraph<>(ties), new AsUnmodifiableGraph<>(connections));
    }

    /** Adds the tie to the connection between its two enterprises, making the connection if there is none yet. */
    static void connect(Graph<String, Connection> connections, SupplyTie tie) {
        Connection c = connections.getEdge(tie.supplier(), tie.customer());
        if (c == null) {
            c = new Connection();
            connections.addEdge(tie.supplier(), tie.customer(), c);
        }
        c.add(tie);
    }
}

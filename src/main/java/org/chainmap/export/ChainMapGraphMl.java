package org.chainmap.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.chains.ChainMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * A chain map as GraphML for Gephi or yEd: one node per link (id, name, stage, key link, gap status and action,
 * coverage, dependency, gap score as declared attributes) and one directed edge per FEEDS, upstream to downstream.
 */
public final class ChainMapGraphMl {
    private ChainMapGraphMl() {}

    public static void write(ChainMap map, OutputStream out) {
        Graph<String, DefaultEdge> graph = new SimpleDirectedGraph<>(DefaultEdge.class);
        Map<String, LinkGap> links = new LinkedHashMap<>();
        for (LinkGap l : map.links()) {
            links.put(l.linkId(), l);
            graph.addVertex(l.linkId());
        }
        for (ChainMap.Feed f : map.feeds()) {
            if (links.containsKey(f.from())
                    && links.containsKey(f.to())
                    && !f.from().equals(f.to())) {
                graph.addEdge(f.from(), f.to());
            }
        }
        GraphMLExporter<String, DefaultEdge> exporter = new GraphMLExporter<>(id -> id);
        exporter.setExportVertexLabels(true);
        exporter.setVertexLabelAttributeName("label");
        for (String name : new String[] {"name", "nameEn", "stage", "status", "action"}) {
            exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        exporter.registerAttribute("key", GraphMLExporter.AttributeCategory.NODE, AttributeType.BOOLEAN);
        exporter.registerAttribute("coverage", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("aboveScale", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        for (String name : new String[] {"dependency", "criticality", "gapScore", "feasibility"}) {
            exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        }
        exporter.setVertexAttributeProvider(id -> attributes(links.get(id)));
        exporter.exportGraph(graph, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static Map<String, Attribute> attributes(LinkGap l) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(l.name()));
        a.put("name", DefaultAttribute.createAttribute(l.name()));
        if (l.nameEn() != null) {
            a.put("nameEn", DefaultAttribute.createAttribute(l.nameEn()));
        }
        a.put("stage", DefaultAttribute.createAttribute(l.stage().name()));
        a.put("status", DefaultAttribute.createAttribute(l.status().name()));
        a.put("action", DefaultAttribute.createAttribute(l.action()));
        a.put("key", DefaultAttribute.createAttribute(l.key()));
        a.put("coverage", DefaultAttribute.createAttribute(l.coverage()));
        a.put("aboveScale", DefaultAttribute.createAttribute(l.aboveScale()));
        a.put("dependency", DefaultAttribute.createAttribute(l.dependency()));
        a.put("criticality", DefaultAttribute.createAttribute(l.criticality()));
        a.put("gapScore", DefaultAttribute.createAttribute(l.gapScore()));
        a.put("feasibility", DefaultAttribute.createAttribute(l.feasibility()));
        return a;
    }
}

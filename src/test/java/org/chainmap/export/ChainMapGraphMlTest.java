package org.chainmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.analysis.gaps.ChainSummary;
import org.chainmap.analysis.gaps.GapStatus;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.chains.ChainMap;
import org.chainmap.domain.LinkStage;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;

class ChainMapGraphMlTest {
    @Test
    void shouldWriteLinksWithTheirStatusAndTheFeedsBetweenThem() {
        var map = new ChainMap(
                new ChainSummary("nev", "新能源汽车", "New energy vehicles", 2, 1, 0, false),
                List.of(
                        new LinkGap(
                                "nev.cell",
                                "电芯",
                                "Battery cells",
                                LinkStage.MIDSTREAM,
                                true,
                                GapStatus.OK,
                                "",
                                3,
                                2,
                                0.1,
                                1.0,
                                0,
                                0.4),
                        new LinkGap(
                                "nev.chip",
                                "芯片",
                                null,
                                LinkStage.UPSTREAM,
                                true,
                                GapStatus.FILL,
                                "补链",
                                0,
                                0,
                                0,
                                1.5,
                                1.5,
                                0.25)),
                List.of(new ChainMap.Feed("nev.chip", "nev.cell")),
                List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChainMapGraphMl.write(map, out);

        Graph<String, DefaultEdge> read = new SimpleDirectedGraph<>(DefaultEdge.class);
        Map<String, Map<String, Attribute>> attributes = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) ->
                attributes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        importer.importGraph(read, new ByteArrayInputStream(out.toByteArray()));

        assertThat(read.vertexSet()).containsExactlyInAnyOrder("nev.cell", "nev.chip");
        assertThat(read.containsEdge("nev.chip", "nev.cell")).isTrue();
        assertThat(read.edgeSet()).hasSize(1);
        assertThat(attributes.get("nev.chip").get("status").getValue()).isEqualTo("FILL");
        assertThat(attributes.get("nev.chip").get("action").getValue()).isEqualTo("补链");
        assertThat(attributes.get("nev.chip").get("gapScore").getValue()).isEqualTo("1.5");
        assertThat(attributes.get("nev.cell").get("coverage").getValue()).isEqualTo("3");
        assertThat(attributes.get("nev.cell").get("nameEn").getValue()).isEqualTo("Battery cells");
        assertThat(attributes.get("nev.chip")).doesNotContainKey("nameEn");
    }
}

package org.chainmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainmap.analysis.SampleChains.L1;
import static org.chainmap.analysis.SampleChains.N1;
import static org.chainmap.analysis.SampleChains.N6;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.targets.Page;
import org.chainmap.analysis.targets.TargetFilter;
import org.chainmap.domain.NotFoundException;
import org.chainmap.export.Json;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The service's answers as JSON: the field names of SPEC section 4. */
class AnalysisServiceTest {
    private final IndustryGraph graph = SampleChains.graph();
    private final AnalysisService service = new AnalysisService(() -> graph, AnalysisConfig.defaults());

    private static JsonNode json(Object document) {
        return Json.mapper().valueToTree(document);
    }

    private static List<String> fields(JsonNode node) {
        return node.properties().stream().map(java.util.Map.Entry::getKey).toList();
    }

    @Nested
    class Documents {
        @Test
        void shouldAnswerGapsWithTheSpecsFieldsAndTheEnglishNames() {
            JsonNode gaps = json(service.gaps("ev"));
            assertThat(fields(gaps)).containsExactly("chain", "links");
            assertThat(fields(gaps.get("chain")))
                    .containsExactly("id", "name", "nameEn", "links", "coveredLinks", "leaders", "build");
            assertThat(fields(gaps.get("links").get(0)))
                    .containsExactly(
                            "linkId",
                            "name",
                            "nameEn",
                            "stage",
                            "key",
                            "status",
                            "action",
                            "coverage",
                            "aboveScale",
                            "dependency",
                            "criticality",
                            "gapScore",
                            "feasibility");
            assertThat(gaps.get("links").get(0).get("gapScore").asDouble()).isEqualTo(7.5 / 7);
            assertThat(gaps.get("links").get(6).get("action").isNull()).isTrue();
        }

        @Test
        void shouldAnswerAllGapsAsAListOfChains() {
            JsonNode all = json(service.gapsAll());
            assertThat(fields(all)).containsExactly("chains");
            assertThat(all.get("chains")).hasSize(3);
        }

        @Test
        void shouldAnswerTargetsWithPartsEvidenceAndPaging() {
            JsonNode targets = json(service.targets("ev", TargetFilter.NONE, new Page(2, 1)));
            assertThat(fields(targets)).containsExactly("chain", "targets", "total", "limit", "offset");
            assertThat(targets.get("total").asInt()).isEqualTo(6);
            assertThat(targets.get("targets")).hasSize(2);
            JsonNode row = targets.get("targets").get(0);
            assertThat(row.get("rank").asInt())
                    .as("the second of the chain's ranking")
                    .isEqualTo(2);
            assertThat(fields(row))
                    .containsExactly(
                            "rank",
                            "uscc",
                            "name",
                            "region",
                            "linkId",
                            "linkName",
                            "linkNameEn",
                            "linkInferred",
                            "action",
                            "score",
                            "parts",
                            "otherLinks",
                            "pipelineStage",
                            "inferred",
                            "evidence");
            assertThat(fields(row.get("parts"))).containsExactly("gap", "strength", "proximity", "park", "place");
            assertThat(fields(row.get("evidence").get(0)))
                    .containsExactly("kind", "values", "source", "basis", "confidence");
        }

        @Test
        void shouldAnswerReferralsAndReferrers() {
            JsonNode referrals = json(service.referrals(L1));
            assertThat(fields(referrals)).containsExactly("enterprise", "referrals");
            assertThat(fields(referrals.get("referrals").get(0)))
                    .containsExactly("uscc", "name", "linkId", "linkName", "linkNameEn", "action", "score", "path");
            JsonNode referrers = json(service.referrers(N6));
            assertThat(fields(referrers)).containsExactly("target", "referrers");
            assertThat(fields(referrers.get("referrers").get(0)))
                    .containsExactly("uscc", "name", "leader", "score", "paths", "source");
        }

        @Test
        void shouldAnswerResilienceAndAddRelocationOnlyWhenAsked() {
            JsonNode resilience = json(service.resilience("ev", null));
            assertThat(fields(resilience))
                    .containsExactly("chain", "articulationPoints", "bridges", "concentration", "betweenness");
            assertThat(fields(resilience.get("bridges").get(0))).containsExactly("a", "b");
            assertThat(fields(resilience.get("concentration").get(0))).containsExactly("linkId", "hhi");
            JsonNode withRelocation = json(service.resilience("ev", N1));
            assertThat(withRelocation.get("relocation").get("losses")).hasSize(1);
        }
    }

    @Nested
    class UnknownKeys {
        @Test
        void shouldRaiseNotFoundForAnUnknownChain() {
            assertThatThrownBy(() -> service.gaps("nope"))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("nope");
            assertThatThrownBy(() -> service.targets("nope", TargetFilter.NONE, Page.FIRST))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.resilience("nope", null)).isInstanceOf(NotFoundException.class);
        }

        @Test
        void shouldRaiseNotFoundForAnUnknownEnterprise() {
            assertThatThrownBy(() -> service.referrals("91370215MA0000999X")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.referrers(null)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.resilience("ev", "nope")).isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class Preparing {
        @Test
        void shouldRankEveryChainOnTheProjectionItRead() {
            AtomicInteger reads = new AtomicInteger();
            var counted = new AnalysisService(
                    () -> {
                        reads.incrementAndGet();
                        return graph;
                    },
                    AnalysisConfig.defaults());
            counted.prepare();
            assertThat(reads.get()).as("the gap projection and the full one").isEqualTo(2);
            assertThat(json(counted.targets("ev", TargetFilter.NONE, Page.FIRST)))
                    .isEqualTo(json(service.targets("ev", TargetFilter.NONE, Page.FIRST)));
        }
    }
}

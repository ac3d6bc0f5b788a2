package org.chainmap.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chainmap.domain.Uscc;
import org.chainmap.imports.ImportFile;
import org.chainmap.imports.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SyntheticDataSetTest {
    static final int SIZE = 2_000;

    @Test
    void shouldRejectASizeBelowOne() {
        assertThatThrownBy(() -> new SyntheticDataSet(0, 42)).isInstanceOf(IllegalArgumentException.class);
    }

    @Nested
    class Determinism {
        @TempDir
        Path dir;

        @Test
        void shouldWriteByteIdenticalFilesForTheSameSizeAndSeed() {
            new SyntheticDataSet(SIZE, 42).writeTo(dir.resolve("a"), Progress.NONE);
            new SyntheticDataSet(SIZE, 42).writeTo(dir.resolve("b"), Progress.NONE);

            assertThat(new GeneratedFiles(dir.resolve("a")).digests())
                    .isEqualTo(new GeneratedFiles(dir.resolve("b")).digests());
        }

        @Test
        void shouldWriteByteIdenticalSparseFilesForTheSameSizeAndSeed() {
            new SyntheticDataSet(SIZE, 42, true).writeTo(dir.resolve("a"), Progress.NONE);
            new SyntheticDataSet(SIZE, 42, true).writeTo(dir.resolve("b"), Progress.NONE);

            assertThat(new GeneratedFiles(dir.resolve("a")).digests())
                    .isEqualTo(new GeneratedFiles(dir.resolve("b")).digests());
        }

        @Test
        void shouldWriteDifferentEnterprisesAndTiesForAnotherSeed() {
            new SyntheticDataSet(SIZE, 42).writeTo(dir.resolve("a"), Progress.NONE);
            new SyntheticDataSet(SIZE, 7).writeTo(dir.resolve("b"), Progress.NONE);
            var a = new GeneratedFiles(dir.resolve("a")).digests();
            var b = new GeneratedFiles(dir.resolve("b")).digests();

            assertThat(b.get("enterprises.csv")).isNotEqualTo(a.get("enterprises.csv"));
            assertThat(b.get("supplies.csv")).isNotEqualTo(a.get("supplies.csv"));
            assertThat(b.get("chains.csv"))
                    .as("the skeleton does not depend on the seed")
                    .isEqualTo(a.get("chains.csv"));
        }
    }

    /** A sparse data set: the full one of the same seed without revenue and with a 2 % sample of its ties. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ASparseDataSet {
        GeneratedFiles full;
        GeneratedFiles sparse;

        @BeforeAll
        void generate(@TempDir Path dir) {
            new SyntheticDataSet(SIZE, 42).writeTo(dir.resolve("full"), Progress.NONE);
            GenerationSummary summary =
                    new SyntheticDataSet(SIZE, 42, true).writeTo(dir.resolve("sparse"), Progress.NONE);
            assertThat(summary.sparse()).isTrue();
            full = new GeneratedFiles(dir.resolve("full"));
            sparse = new GeneratedFiles(dir.resolve("sparse"));
        }

        @Test
        void shouldLeaveEveryRevenueCellEmpty() {
            assertThat(sparse.rows(ImportFile.ENTERPRISES))
                    .hasSize(SIZE)
                    .allSatisfy(r -> assertThat(r.get("revenue")).isEmpty());
            assertThat(full.rows(ImportFile.ENTERPRISES))
                    .filteredOn(r -> !r.get("revenue").isEmpty())
                    .hasSizeGreaterThan(SIZE * 9 / 10);
        }

        @Test
        void shouldKeepAtMostTwoPerCentOfTheTiesAndAtLeastFive() {
            var all = full.rows(ImportFile.SUPPLIES);
            var kept = sparse.rows(ImportFile.SUPPLIES);

            assertThat(kept.size()).isGreaterThanOrEqualTo(5).isLessThanOrEqualTo((int)
                    Math.max(5, Math.ceil(all.size() * 0.02)));
            assertThat(all).containsAll(kept);
        }

        @Test
        void shouldKeepFiveTiesOfATinyDataSet(@TempDir Path dir) {
            new SyntheticDataSet(40, 42).writeTo(dir.resolve("full"), Progress.NONE);
            new SyntheticDataSet(40, 42, true).writeTo(dir.resolve("sparse"), Progress.NONE);
            var all = new GeneratedFiles(dir.resolve("full")).rows(ImportFile.SUPPLIES);
            var kept = new GeneratedFiles(dir.resolve("sparse")).rows(ImportFile.SUPPLIES);

            assertThat(all.size()).as("ties of 40 enterprises").isBetween(6, 249);
            assertThat(kept).hasSize(5);
            assertThat(all).containsAll(kept);
        }

        @Test
        void shouldKeepEverythingElseAsTheFullDataSetHasIt() {
            var fullDigests = full.digests();
            var sparseDigests = sparse.digests();
            for (ImportFile f : ImportFile.values()) {
                if (f != ImportFile.ENTERPRISES && f != ImportFile.SUPPLIES) {
                    assertThat(sparseDigests.get(f.csvName())).as(f.csvName()).isEqualTo(fullDigests.get(f.csvName()));
                }
            }
            var fullRows = full.rows(ImportFile.ENTERPRISES);
            var sparseRows = sparse.rows(ImportFile.ENTERPRISES);
            for (int i = 0; i < SIZE; i++) {
                var expected = new HashMap<>(fullRows.get(i));
                expected.put("revenue", "");
                assertThat(sparseRows.get(i)).isEqualTo(expected);
            }
        }

        @Test
        void shouldFillCapitalAndEmployeesForAlmostEveryEnterprise() {
            var rows = sparse.rows(ImportFile.ENTERPRISES);
            long capital = rows.stream()
                    .filter(r -> !Set.of("", "-", "暂无").contains(r.get("registered_capital")))
                    .count();
            long employees =
                    rows.stream().filter(r -> !r.get("employees").isEmpty()).count();

            assertThat((double) capital / SIZE).isGreaterThan(0.97);
            assertThat((double) employees / SIZE).isGreaterThan(0.93);
        }
    }

    /** With a labels file, the memberships of most enterprises are held back for classify to recover. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Labels {
        Path dir;
        GenerationSummary summary;

        @BeforeAll
        void generate(@TempDir Path dir) {
            this.dir = dir;
            new SyntheticDataSet(SIZE, 42).writeTo(dir.resolve("all"), Progress.NONE);
            summary = new SyntheticDataSet(SIZE, 42)
                    .writeTo(dir.resolve("held"), dir.resolve("labels.csv"), Progress.NONE);
        }

        private Set<String> pairs(List<Map<String, String>> rows) {
            return rows.stream()
                    .map(r -> r.get("uscc") + " " + r.get("link_id"))
                    .collect(Collectors.toSet());
        }

        private List<Map<String, String>> labels() {
            try (var in = java.nio.file.Files.newBufferedReader(dir.resolve("labels.csv"))) {
                return org.apache.commons.csv.CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)
                        .getRecords()
                        .stream()
                        .map(r -> r.toMap())
                        .toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Test
        void shouldSplitTheMembershipsBetweenTheFileAndTheLabelsWithoutChangingAnythingElse() {
            var all = new GeneratedFiles(dir.resolve("all"));
            var held = new GeneratedFiles(dir.resolve("held"));
            var kept = pairs(held.rows(ImportFile.ENTERPRISE_LINKS));
            var labelled = pairs(labels());

            assertThat(kept).doesNotContainAnyElementsOf(labelled);
            Set<String> both = new HashSet<>(kept);
            both.addAll(labelled);
            assertThat(both).isEqualTo(pairs(all.rows(ImportFile.ENTERPRISE_LINKS)));
            var digests = held.digests();
            digests.remove("enterprise_links.csv");
            var expected = all.digests();
            expected.remove("enterprise_links.csv");
            assertThat(digests).isEqualTo(expected);
            assertThat(summary.labels().rows()).isEqualTo(labelled.size());
        }

        @Test
        void shouldKeepTheLeadersMembershipsAndThoseOfAboutFivePerCentOfTheOthers() {
            var held = new GeneratedFiles(dir.resolve("held"));
            Set<String> leaders = held.rows(ImportFile.LEADERS).stream()
                    .map(r -> r.get("uscc"))
                    .collect(Collectors.toSet());
            Set<String> keptEnterprises = held.rows(ImportFile.ENTERPRISE_LINKS).stream()
                    .map(r -> r.get("uscc"))
                    .collect(Collectors.toSet());
            Set<String> labelledEnterprises =
                    labels().stream().map(r -> r.get("uscc")).collect(Collectors.toSet());

            assertThat(keptEnterprises).containsAll(leaders);
            assertThat(labelledEnterprises).doesNotContainAnyElementsOf(leaders);
            double share = (double) (keptEnterprises.size() - leaders.size()) / (SIZE - leaders.size());
            assertThat(share).isBetween(0.03, 0.07);
            assertThat(keptEnterprises.size() + labelledEnterprises.size()).isEqualTo(SIZE);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class AGeneratedDataSet {
        GeneratedFiles files;
        GenerationSummary summary;
        Set<String> enterprises;
        Set<String> links;

        @BeforeAll
        void generate(@TempDir Path dir) {
            summary = new SyntheticDataSet(SIZE, 42).writeTo(dir, Progress.NONE);
            files = new GeneratedFiles(dir);
            enterprises = column(ImportFile.ENTERPRISES, "uscc");
            links = column(ImportFile.LINKS, "id");
        }

        Set<String> column(ImportFile file, String column) {
            return files.rows(file).stream().map(r -> r.get(column)).collect(Collectors.toSet());
        }

        @ParameterizedTest
        @EnumSource(ImportFile.class)
        void shouldHeadEveryFileWithTheColumnsOfTheFormat(ImportFile file) {
            assertThat(files.header(file)).isEqualTo(file.columnNames());
            assertThat(summary.rowsOf(file.csvName()))
                    .isEqualTo(files.rows(file).size());
        }

        @Test
        void shouldWriteARegisteredCapitalForAlmostEveryEnterpriseInTheFormsOfRegistryExports() {
            var capitals = files.rows(ImportFile.ENTERPRISES).stream()
                    .map(r -> r.get("registered_capital"))
                    .toList();
            long known = capitals.stream()
                    .filter(c -> !c.isEmpty() && !c.equals("-") && !c.equals("暂无"))
                    .count();

            assertThat((double) known / SIZE).isGreaterThan(0.97);
            assertThat(capitals)
                    .anyMatch(c -> c.matches("\\d+万元人民币"))
                    .anyMatch(c -> c.matches("\\d+万人民币"))
                    .anyMatch(c -> c.matches("\\d+万元"))
                    .anyMatch(c -> c.matches("\\d+万"))
                    .anyMatch(c -> c.matches("\\d+"))
                    .anyMatch(c -> c.matches("\\d+0000元"))
                    .anyMatch(c -> c.matches("\\d{1,3}(,\\d{3})+万元"))
                    .anyMatch(c -> c.matches("[\\d.]+亿元?"))
                    .anyMatch(c -> c.matches("\\d+万美元"))
                    .anyMatch(c -> c.matches("\\d+万(港元|港币)"));
        }

        @Test
        void shouldGiveEveryLinkRulesWhoseCodesReadAsTwoToFourDigits() {
            assertThat(files.rows(ImportFile.LINKS)).allSatisfy(l -> {
                assertThat(l.get("industry_codes")).isNotEmpty();
                assertThat(l.get("keywords")).isNotEmpty();
                for (String code : l.get("industry_codes").split("\\|")) {
                    assertThat(org.chainmap.domain.IndustryCode.parse(code)).contains(code);
                }
            });
            assertThat(files.rows(ImportFile.LINKS))
                    .anyMatch(l -> !l.get("exclude_keywords").isEmpty());
        }

        @Test
        void shouldWriteIndustryCodesScopesProductsAndLiveStatusesAsRegistryExportsDo() {
            var rows = files.rows(ImportFile.ENTERPRISES);
            long readable = rows.stream()
                    .filter(r -> org.chainmap.domain.IndustryCode.parse(r.get("industry_code"))
                            .isPresent())
                    .count();
            long scopes = rows.stream()
                    .filter(r -> !r.get("business_scope").isEmpty())
                    .count();
            long products =
                    rows.stream().filter(r -> !r.get("products").isEmpty()).count();

            assertThat((double) readable / SIZE).isBetween(0.82, 0.92);
            assertThat((double) scopes / SIZE).isBetween(0.85, 0.95);
            assertThat((double) products / SIZE).isBetween(0.83, 0.93);
            assertThat(rows.stream().map(r -> r.get("industry_code")))
                    .anyMatch(c -> c.matches("[A-T]\\d{4}"))
                    .anyMatch(c -> c.matches("\\d{4}"))
                    .anyMatch(c -> c.matches("[A-T]\\d{4} \\S+"))
                    .anyMatch(c -> c.matches("\\S+\\(\\d{4}\\)"))
                    .anyMatch(c -> c.matches("[A-T]\\d{2}"));
            assertThat(rows.stream().map(r -> r.get("products")))
                    .anyMatch(p -> p.contains("、"))
                    .anyMatch(p -> p.contains("|"))
                    .anyMatch(p -> p.contains("；"));
            assertThat(rows).allSatisfy(r -> assertThat(r.get("status")).isIn("存续", "在业", "存续（在营、开业、在册）", "开业"));
        }

        @Test
        void shouldWriteEmployeesForAlmostEveryEnterprise() {
            long known = files.rows(ImportFile.ENTERPRISES).stream()
                    .filter(r -> !r.get("employees").isEmpty())
                    .count();

            assertThat((double) known / SIZE).isGreaterThan(0.93);
        }

        @Test
        void shouldGiveEveryEnterpriseAValidAndUniqueCreditCode() {
            var codes = files.rows(ImportFile.ENTERPRISES).stream()
                    .map(r -> r.get("uscc"))
                    .toList();

            assertThat(codes).hasSize(SIZE).doesNotHaveDuplicates();
            assertThat(codes).allSatisfy(c -> assertThat(Uscc.problem(c)).isEmpty());
        }

        @Test
        void shouldKeepAFewPerCentOfEnterprisesLocal() {
            var rows = files.rows(ImportFile.ENTERPRISES);
            long local = rows.stream()
                    .filter(r ->
                            Set.of("370215", "370282").contains(r.get("uscc").substring(2, 8)))
                    .count();

            assertThat((double) local / SIZE).isBetween(0.015, 0.05);
            assertThat(rows)
                    .allSatisfy(r -> assertThat(r.get("local"))
                            .isIn(
                                    "",
                                    String.valueOf(Set.of("370215", "370282")
                                            .contains(r.get("uscc").substring(2, 8)))));
        }

        @Test
        void shouldPutEveryEnterpriseInOneMainLinkAndAtMostOneMore() {
            Map<String, Integer> mains = new HashMap<>();
            Map<String, Integer> all = new HashMap<>();
            Set<String> pairs = new HashSet<>();
            for (var r : files.rows(ImportFile.ENTERPRISE_LINKS)) {
                assertThat(enterprises).contains(r.get("uscc"));
                assertThat(links).contains(r.get("link_id"));
                assertThat(pairs.add(r.get("uscc") + " " + r.get("link_id"))).isTrue();
                all.merge(r.get("uscc"), 1, Integer::sum);
                if (r.get("main").equals("true")) {
                    mains.merge(r.get("uscc"), 1, Integer::sum);
                }
            }
            assertThat(mains)
                    .hasSize(SIZE)
                    .allSatisfy((code, n) -> assertThat(n).isEqualTo(1));
            assertThat(all.values()).allSatisfy(n -> assertThat(n).isBetween(1, 2));
        }

        @Test
        void shouldTieKnownEnterprisesWithoutSelfTiesOrRepeatedPairs() {
            var ties = files.rows(ImportFile.SUPPLIES);
            Set<String> pairs = new HashSet<>();
            for (var t : ties) {
                assertThat(enterprises).contains(t.get("supplier_uscc"), t.get("customer_uscc"));
                assertThat(t.get("supplier_uscc")).isNotEqualTo(t.get("customer_uscc"));
                assertThat(pairs.add(t.get("supplier_uscc") + " " + t.get("customer_uscc")))
                        .isTrue();
                if (!t.get("confidence").isEmpty()) {
                    assertThat(Double.parseDouble(t.get("confidence")))
                            .isGreaterThan(0)
                            .isLessThanOrEqualTo(1);
                }
            }
            assertThat((double) ties.size() / SIZE).as("ties per enterprise").isBetween(4.0, 6.0);
        }

        @Test
        void shouldMostlyTieSuppliersInLinksThatFeedTheCustomersLinks() {
            Set<String> flows = files.rows(ImportFile.LINK_FLOWS).stream()
                    .map(f -> f.get("from_link") + " " + f.get("to_link"))
                    .collect(Collectors.toSet());
            Map<String, List<String>> linksOf = files.rows(ImportFile.ENTERPRISE_LINKS).stream()
                    .collect(Collectors.groupingBy(
                            r -> r.get("uscc"), Collectors.mapping(r -> r.get("link_id"), Collectors.toList())));
            var ties = files.rows(ImportFile.SUPPLIES);
            long following = ties.stream()
                    .filter(t -> linksOf.get(t.get("supplier_uscc")).stream()
                            .anyMatch(s -> linksOf.get(t.get("customer_uscc")).stream()
                                    .anyMatch(c -> flows.contains(s + " " + c))))
                    .count();

            assertThat((double) following / ties.size()).isGreaterThan(0.65);
        }

        @Test
        void shouldGiveChainLeadersTheMostSuppliers() {
            Map<String, Integer> suppliers = new HashMap<>();
            files.rows(ImportFile.SUPPLIES).forEach(t -> suppliers.merge(t.get("customer_uscc"), 1, Integer::sum));
            var leaders = files.rows(ImportFile.LEADERS);
            double leaderMean = leaders.stream()
                    .mapToInt(l -> suppliers.getOrDefault(l.get("uscc"), 0))
                    .average()
                    .orElseThrow();

            assertThat(leaders).hasSize(19);
            assertThat(leaderMean)
                    .isGreaterThan(5 * (double) files.rows(ImportFile.SUPPLIES).size() / SIZE);
        }

        @Test
        void shouldResolveEveryReferenceOfLeadersParksTenantsAndProjects() {
            Set<String> chains = column(ImportFile.CHAINS, "id");
            Set<String> parks = column(ImportFile.PARKS, "id");
            assertThat(files.rows(ImportFile.LINKS))
                    .allSatisfy(l -> assertThat(chains).contains(l.get("chain_id")));
            assertThat(files.rows(ImportFile.LEADERS)).allSatisfy(l -> {
                assertThat(enterprises).contains(l.get("uscc"));
                assertThat(chains).contains(l.get("chain_id"));
            });
            assertThat(files.rows(ImportFile.PARKS))
                    .allSatisfy(p -> assertThat(chains)
                            .containsAll(List.of(p.get("focus_chains").split(";"))));
            assertThat(files.rows(ImportFile.TENANTS)).allSatisfy(t -> {
                assertThat(enterprises).contains(t.get("uscc"));
                assertThat(parks).contains(t.get("park_id"));
            });
            assertThat(files.rows(ImportFile.PROJECTS)).allSatisfy(p -> {
                assertThat(chains).contains(p.get("chain_id"));
                assertThat(p.get("link_id"))
                        .satisfiesAnyOf(
                                v -> assertThat(v).isEmpty(),
                                v -> assertThat(links).contains(v));
                assertThat(p.get("investor_uscc"))
                        .satisfiesAnyOf(
                                v -> assertThat(v).isEmpty(),
                                v -> assertThat(enterprises).contains(v));
                assertThat(p.get("referrer_uscc"))
                        .satisfiesAnyOf(
                                v -> assertThat(v).isEmpty(),
                                v -> assertThat(enterprises).contains(v));
                assertThat(p.get("park_id"))
                        .satisfiesAnyOf(
                                v -> assertThat(v).isEmpty(),
                                v -> assertThat(parks).contains(v));
            });
        }

        @Test
        void shouldEvaluateEveryLocalEnterpriseOnceFor2025() {
            Set<String> locals = files.rows(ImportFile.ENTERPRISES).stream()
                    .map(r -> r.get("uscc"))
                    .filter(c -> Set.of("370215", "370282").contains(c.substring(2, 8)))
                    .collect(Collectors.toSet());
            var evaluations = files.rows(ImportFile.EVALUATIONS);

            assertThat(evaluations).allSatisfy(e -> assertThat(e.get("year")).isEqualTo("2025"));
            assertThat(evaluations.stream().map(e -> e.get("uscc")).toList())
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(locals);
        }

        @Test
        void shouldKeepLinkFlowsAcyclic() {
            Map<String, List<String>> next = new HashMap<>();
            Map<String, Integer> pending = new HashMap<>();
            links.forEach(l -> pending.put(l, 0));
            for (var f : files.rows(ImportFile.LINK_FLOWS)) {
                assertThat(links).contains(f.get("from_link"), f.get("to_link"));
                next.computeIfAbsent(f.get("from_link"), k -> new java.util.ArrayList<>())
                        .add(f.get("to_link"));
                pending.merge(f.get("to_link"), 1, Integer::sum);
            }
            var ready = new ArrayDeque<String>();
            pending.forEach((l, n) -> {
                if (n == 0) {
                    ready.add(l);
                }
            });
            int removed = 0;
            while (!ready.isEmpty()) {
                removed++;
                for (String to : next.getOrDefault(ready.poll(), List.of())) {
                    if (pending.merge(to, -1, Integer::sum) == 0) {
                        ready.add(to);
                    }
                }
            }
            assertThat(removed).as("links removed by a topological sort").isEqualTo(links.size());
        }

        @Test
        void shouldPlaceTenantsOnlyAmongLocalEnterprisesAndOnlyOnce() {
            var tenants = files.rows(ImportFile.TENANTS).stream()
                    .map(t -> t.get("uscc"))
                    .toList();

            assertThat(tenants)
                    .doesNotHaveDuplicates()
                    .allSatisfy(c -> assertThat(c.substring(2, 8)).isIn("370215", "370282"));
        }
    }
}

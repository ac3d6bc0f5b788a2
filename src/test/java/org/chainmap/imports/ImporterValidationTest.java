package org.chainmap.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainmap.imports.Fixtures.ASSEMBLER;
import static org.chainmap.imports.Fixtures.BATTERY;
import static org.chainmap.imports.Fixtures.MATERIALS;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterValidationTest {
    private static final Set<String> LOCAL = Set.of("370215", "370282");

    @TempDir
    Path dir;

    InMemoryGraphWriter graph;

    @BeforeEach
    void copyFixture() {
        Fixtures.copy("small", dir);
        graph = new InMemoryGraphWriter();
    }

    private List<String> problems() {
        var importer = new Importer(graph, LOCAL, Progress.NONE);
        Throwable thrown =
                org.assertj.core.api.Assertions.catchThrowable(() -> importer.run(ImportSource.of(dir), false));
        assertThat(thrown).isInstanceOf(ImportRejectedException.class);
        assertThat(graph.written)
                .as("nothing is written when the input has problems")
                .isEmpty();
        return ((ImportRejectedException) thrown)
                .problems().stream().map(Problem::toString).toList();
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void shouldAcceptTheValidFixtureInADryRunWithoutWriting() {
        ImportSummary summary = new Importer(graph, LOCAL, Progress.NONE).run(ImportSource.of(dir), true);
        assertThat(summary.dryRun()).isTrue();
        assertThat(summary.rows()).isEqualTo(2 + 6 + 5 + 6 + 7 + 5 + 1 + 2 + 1 + 3 + 2 + 2 + 3);
        assertThat(graph.written).isEmpty();
    }

    @Test
    void shouldWriteEveryRowOfValidInput() {
        new Importer(graph, LOCAL, Progress.NONE).run(ImportSource.of(dir), false);
        assertThat(graph.written).hasSize(45);
    }

    @Nested
    class LocalFlag {
        @Test
        void shouldTakeTheLocalColumnWhereFilledAndTheDivisionCodeElsewhere() {
            new Importer(graph, LOCAL, Progress.NONE).run(ImportSource.of(dir), false);
            assertThat(localOf(BATTERY)).as("370215 in the code, column empty").isTrue();
            assertThat(localOf(Fixtures.MOTOR))
                    .as("old code 370282, column empty")
                    .isTrue();
            assertThat(localOf(MATERIALS)).as("column false").isFalse();
            assertThat(localOf(Fixtures.RECYCLER)).as("330200, column empty").isFalse();
        }

        @Test
        void shouldLetTheColumnOverrideTheDivisionCode() {
            Fixtures.write(dir, "enterprises.csv", "uscc,name,local\n" + BATTERY + ",甲,否\n" + MATERIALS + ",丙,是\n");
            Fixtures.write(dir, "enterprise_links.csv", "uscc,link_id\n");
            Fixtures.write(dir, "supplies.csv", "supplier_uscc,customer_uscc\n");
            for (String f : List.of(
                    "leaders.csv",
                    "tenants.csv",
                    "projects.csv",
                    "project_events.csv",
                    "visits.csv",
                    "evaluations.csv")) {
                dir.resolve(f).toFile().delete();
            }
            new Importer(graph, LOCAL, Progress.NONE).run(ImportSource.of(dir), false);
            assertThat(localOf(BATTERY)).isFalse();
            assertThat(localOf(MATERIALS)).isTrue();
        }

        /** The local value a row gives an enterprise new to the graph: its own, else its division code's default. */
        private boolean localOf(String uscc) {
            return enterprise(uscc).local() != null
                    ? enterprise(uscc).local()
                    : enterprise(uscc).localDefault();
        }

        private ImportRow.Enterprise enterprise(String uscc) {
            return graph.written.stream()
                    .filter(r -> r instanceof ImportRow.Enterprise e && e.uscc().equals(uscc))
                    .map(ImportRow.Enterprise.class::cast)
                    .findFirst()
                    .orElseThrow();
        }

        @Test
        void shouldLeaveTheDivisionCodeOnlyAsADefaultWhenTheColumnIsEmpty() {
            new Importer(graph, LOCAL, Progress.NONE).run(ImportSource.of(dir), false);
            assertThat(enterprise(BATTERY).local()).isNull();
            assertThat(enterprise(BATTERY).localDefault()).isTrue();
        }
    }

    @Nested
    class Rules {
        @Test
        void shouldReportABadChecksumWithFileLineAndColumn() {
            Fixtures.append(dir, "enterprises.csv", "91350100M000100Y44,坏代码有限公司,,,,,,,,,,,,,,,,,,");
            assertThat(problems())
                    .containsExactly(
                            file("enterprises.csv")
                                    + ":8: uscc: credit code '91350100M000100Y44' has check character '4', expected '3' (GB 32100-2015)");
        }

        @Test
        void shouldReportAnUnknownReference() {
            Fixtures.append(dir, "enterprise_links.csv", BATTERY + ",nev.nowhere,false");
            assertThat(problems())
                    .containsExactly(file("enterprise_links.csv")
                            + ":9: link_id: unknown link 'nev.nowhere' (not in the input nor in the graph)");
        }

        @Test
        void shouldReportAnUnknownReferenceInARowWithOtherProblemsInTheSamePass() {
            Fixtures.append(dir, "enterprise_links.csv", BATTERY + ",nev.nowhere,也许");
            assertThat(problems())
                    .containsExactly(
                            file("enterprise_links.csv")
                                    + ":9: main: not a boolean: '也许' (expected true/false, 是/否 or 1/0)",
                            file("enterprise_links.csv")
                                    + ":9: link_id: unknown link 'nev.nowhere' (not in the input nor in the graph)");
        }

        @Test
        void shouldNotReportReferencesToARowWhoseOnlyProblemIsElsewhere() {
            // the chain's key is fine, its priority is not: links of the chain are not reported as unknown on top
            Fixtures.append(dir, "chains.csv", "ev2,电动车,EV,区工业和信息化局,一");
            Fixtures.append(dir, "links.csv", "ev2.motor,ev2,电机,Motors,中游,否,,,");
            assertThat(problems()).containsExactly(file("chains.csv") + ":4: priority: not a whole number: '一'");
        }

        @Test
        void shouldAcceptAReferenceToWhatTheGraphAlreadyHolds() {
            Fixtures.append(dir, "enterprise_links.csv", BATTERY + ",old.link,false");
            graph.with(NodeKind.LINK, "old.link");
            new Importer(graph, LOCAL, Progress.NONE).run(ImportSource.of(dir), false);
            assertThat(graph.written)
                    .as("the tie to a link only the graph holds is written")
                    .anyMatch(row -> row instanceof ImportRow.EnterpriseLink l
                            && l.uscc().equals(BATTERY)
                            && l.linkId().equals("old.link"));
        }

        @Test
        void shouldReportAnUnknownEnumValue() {
            Fixtures.append(dir, "links.csv", "nev.extra,nev,额外,Extra,上中游,否,,,");
            assertThat(problems())
                    .singleElement()
                    .asString()
                    .startsWith(file("links.csv") + ":8: stage: unknown value '上中游' (expected one of UPSTREAM/上游");
        }

        @Test
        void shouldReportANonNumber() {
            Fixtures.append(dir, "supplies.csv", MATERIALS + "," + ASSEMBLER + ",三千,2020,走访,0.5");
            assertThat(problems()).containsExactly(file("supplies.csv") + ":7: value: not a number: '三千'");
        }

        @Test
        void shouldReportADuplicateKeyWithTheFirstLine() {
            Fixtures.append(dir, "chains.csv", "nev,新能源汽车（重复）,,,");
            assertThat(problems()).containsExactly(file("chains.csv") + ":4: duplicate of line 2");
        }

        @Test
        void shouldReportAMissingRequiredColumn() {
            Fixtures.write(dir, "leaders.csv", "uscc\n" + ASSEMBLER + "\n");
            assertThat(problems()).containsExactly(file("leaders.csv") + ":1: chain_id: missing required column");
        }

        @Test
        void shouldReportAMissingRequiredValue() {
            Fixtures.append(dir, "chains.csv", "food,,Food,,");
            assertThat(problems()).containsExactly(file("chains.csv") + ":4: name: value required");
        }

        @Test
        void shouldReportAShortRow() {
            Fixtures.append(dir, "links.csv", "nev.short,nev,短行");
            assertThat(problems()).contains(file("links.csv") + ":8: short row: 3 of 9 columns");
        }

        @Test
        void shouldReportASelfTie() {
            Fixtures.append(dir, "supplies.csv", BATTERY + "," + BATTERY + ",1,2020,走访,0.5");
            assertThat(problems())
                    .containsExactly(file("supplies.csv")
                            + ":7: customer_uscc: self-tie: an enterprise cannot supply itself (" + BATTERY + ")");
        }

        @Test
        void shouldReportAConfidenceOutsideZeroToOne() {
            Fixtures.append(dir, "supplies.csv", MATERIALS + "," + ASSEMBLER + ",10,2020,走访,1.5");
            assertThat(problems())
                    .containsExactly(file("supplies.csv") + ":7: confidence: must be between 0 and 1, got 1.5");
        }

        @Test
        void shouldReportACycleInLinkFlows() {
            Fixtures.append(dir, "link_flows.csv", "nev.recycling,nev.materials");
            assertThat(problems())
                    .hasSize(4)
                    .allSatisfy(p -> assertThat(p).contains("cycle in link_flows"))
                    .anySatisfy(p -> assertThat(p)
                            .startsWith(file("link_flows.csv") + ":7: to_link: cycle in link_flows: "
                                    + "nev.recycling → nev.materials"));
        }

        @Test
        void shouldReportACycleClosedByAFlowAlreadyInTheGraph() {
            graph.flows.add(new String[] {"nev.recycling", "nev.materials"});
            assertThat(problems()).isNotEmpty().allSatisfy(p -> assertThat(p).contains("cycle in link_flows"));
        }

        @Test
        void shouldReportBadDatesBooleansAndNegativeAmounts() {
            Fixtures.append(dir, "parks.csv", "pk3,坏园区,,-5,,3,10,12,也许,,nev");
            assertThat(problems())
                    .containsExactlyInAnyOrder(
                            file("parks.csv") + ":4: area_mu: must not be negative: -5",
                            file("parks.csv") + ":4: occupied_units: more occupied units (12) than units (10)",
                            file("parks.csv") + ":4: certified: not a boolean: '也许' (expected true/false, 是/否 or 1/0)");
        }

        @Test
        void shouldReportEveryProblemOfEveryFileAtOnce() {
            Fixtures.append(dir, "chains.csv", "nev,重复,,,");
            Fixtures.append(dir, "supplies.csv", BATTERY + "," + BATTERY + ",x,20xx,,2");
            Fixtures.append(dir, "tenants.csv", BATTERY + ",pk-missing");
            List<String> problems = problems();
            assertThat(problems).hasSize(6);
            assertThat(problems.getFirst()).startsWith(file("chains.csv") + ":4:");
            assertThat(problems.getLast()).startsWith(file("tenants.csv") + ":3: park_id: unknown park 'pk-missing'");
        }

        @Test
        void shouldNameAFileThatIsNotPartOfTheFormat() {
            Fixtures.write(dir, "suppliers.csv", "a,b\n");
            assertThat(problems())
                    .singleElement()
                    .asString()
                    .startsWith("suppliers.csv:0: not a file of the import format");
        }
    }

    @Test
    void shouldRejectAPathThatIsNeitherAFolderNorAWorkbook() {
        assertThatThrownBy(() -> ImportSource.of(dir.resolve("chains.csv")))
                .hasMessageContaining("expected a folder of CSV files or an .xlsx workbook");
    }
}

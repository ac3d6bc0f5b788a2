package org.chainmap.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile workbooks are refused as problems of the input, read in constant memory: this class runs in a JVM of its
 * own with a 64 MB heap (see the {@code small-heap} execution in {@code pom.xml}), where reading a 1.1 GB cell into
 * memory would end in an out-of-memory error and fail the test.
 */
class WorkbookBoundsSmallHeapTest {
    /** The server's bound with a 2 MB upload limit: 20 times that. */
    private static final long MAX_ENTRY = 40L * 1024 * 1024;

    @TempDir
    static Path dir;

    static Path inlineBomb;
    static Path sharedBomb;

    @BeforeAll
    static void buildTheBombs() {
        inlineBomb = HostileWorkbooks.inlineCellBomb(dir.resolve("inline.xlsx"));
        sharedBomb = HostileWorkbooks.sharedStringBomb(dir.resolve("shared.xlsx"));
    }

    @Test
    void shouldBuildBombsSmallEnoughToUpload() throws IOException {
        assertThat(Files.size(inlineBomb)).isLessThan(2L * 1024 * 1024);
        assertThat(Files.size(sharedBomb)).isLessThan(2L * 1024 * 1024);
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of(
                        "a 1.1 GB inline cell",
                        (Function<Path, Path>) p -> inlineBomb,
                        "sheet1.xml holds a cell of more than 32767 characters"),
                Arguments.of(
                        "a 1.1 GB shared string",
                        (Function<Path, Path>) p -> sharedBomb,
                        "sharedStrings.xml holds a cell of more than 32767 characters"),
                // 64 MB of these rows deflate about 300 times, to some 220 KB: past 100 times that (22 MB) before the
                // bound of 40 MB
                Arguments.of(
                        "64 MB of small rows",
                        (Function<Path, Path>) p -> HostileWorkbooks.rowFlood(p, 64L << 20),
                        "inflates to more than 100 times its compressed size"),
                Arguments.of(
                        "1.1 GB of small rows",
                        (Function<Path, Path>) p -> HostileWorkbooks.rowFlood(p, HostileWorkbooks.BOMB_BYTES),
                        "inflates past 40 MB, the bound of what a workbook may hold"),
                Arguments.of(
                        "a cell of 40,000 characters",
                        (Function<Path, Path>) p -> HostileWorkbooks.longCell(p, 40_000),
                        "a cell of 40000 characters, over Excel's limit of 32767"),
                Arguments.of(
                        "a cell of 400,000 characters",
                        (Function<Path, Path>) p -> HostileWorkbooks.longCell(p, 400_000),
                        "holds a cell of more than 32767 characters"),
                Arguments.of(
                        "an external entity",
                        (Function<Path, Path>) HostileWorkbooks::externalEntity,
                        "declares a DTD or entities"),
                Arguments.of(
                        "nested entities",
                        (Function<Path, Path>) HostileWorkbooks::nestedEntities,
                        "declares a DTD or entities"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void shouldRefuseAHostileWorkbookAsAProblemOfTheInput(String what, Function<Path, Path> build, String reason) {
        Path book = build.apply(dir.resolve("book-" + System.nanoTime() + ".xlsx"));
        ImportRejectedException rejected = catchThrowableOfType(
                ImportRejectedException.class,
                () -> new Importer(new InMemoryGraphWriter(), Set.of(), Progress.NONE)
                        .run(ImportSource.of(book, MAX_ENTRY), true));
        assertThat(rejected).as(what).isNotNull();
        assertThat(rejected.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).contains(book.getFileName().toString());
            assertThat(p.reason()).contains(reason);
        });
    }

    @Test
    void shouldRefuseAFileThatIsNotAWorkbookAtAll() throws IOException {
        Path fake = Files.writeString(dir.resolve("chains.xlsx"), "id,name\nnev,新能源汽车\n");
        ImportRejectedException rejected = catchThrowableOfType(
                ImportRejectedException.class,
                () -> new Importer(new InMemoryGraphWriter(), Set.of(), Progress.NONE)
                        .run(ImportSource.of(fake, MAX_ENTRY), true));
        assertThat(rejected.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("not an .xlsx workbook"));
    }

    @Test
    void shouldReadAWorkbookWithinTheBounds() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("small"));
        Fixtures.copy("small", folder);
        Path book = dir.resolve("small.xlsx");
        Fixtures.workbook(folder, book);
        ImportSummary checked = new Importer(new InMemoryGraphWriter(), Set.of("370215", "370282"), Progress.NONE)
                .run(ImportSource.of(book, MAX_ENTRY), true);
        // chains 2, links 6, link_flows 5, enterprises 6, enterprise_links 7, supplies 5, leaders 1, parks 2,
        // tenants 1, projects 3, project_events 2, visits 2, evaluations 3
        assertThat(checked.rows()).isEqualTo(45);
    }
}

package org.chainmap.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.chainmap.imports.ParsedRow.Ref;

/**
 * Imports a CSV folder or an XLSX workbook (SPEC section 3) in two passes. The first reads every file and checks
 * every row, every reference (to the input or to the graph) and the FEEDS order, collecting all problems; if there
 * are any, nothing is written. The second reads the files again and writes them in batched, idempotent upserts,
 * so an import that was interrupted completes to the same graph when run again.
 *
 * <p>Memory grows with the number of keys (enterprises, links, pairs of ties), not with the rows' contents.
 */
public final class Importer {
    private final GraphWriter writer;
    private final RowParsers parsers;
    private final Progress progress;

    /** An importer that converts amounts in foreign currencies at the {@link ExchangeRates#DEFAULTS}. */
    public Importer(GraphWriter writer, Set<String> localDivisions, Progress progress) {
        this(writer, localDivisions, ExchangeRates.DEFAULTS, progress);
    }

    public Importer(GraphWriter writer, Set<String> localDivisions, ExchangeRates rates, Progress progress) {
        this.writer = writer;
        this.parsers = new RowParsers(localDivisions, rates);
        this.progress = progress;
    }

    /** Validates everything; then, unless {@code dryRun}, writes it. Throws {@link ImportRejectedException} on problems. */
    public ImportSummary run(ImportSource source, boolean dryRun) {
        return run(source, source.name(), dryRun);
    }

    /**
     * As {@link #run(ImportSource, boolean)}, the import known as {@code label} to its user: the marker written
     * before the first write names it, so that an import that does not finish can be named until it is run again.
     */
    public ImportSummary run(ImportSource source, String label, boolean dryRun) {
        long start = System.nanoTime();
        Checked checked = validate(source, !dryRun);
        long checkMs = (System.nanoTime() - start) / 1_000_000;
        if (dryRun) {
            List<ImportSummary.FileSummary> files = new ArrayList<>();
            checked.files().forEach((f, check) -> files.add(check.summary(f, 0, 0, 0, 0, 0)));
            return ImportSummary.of(source.name(), true, files, checkMs);
        }
        List<ImportSummary.FileSummary> files = new ArrayList<>();
        ImportRun run = ImportRun.begin(label);
        writer.importStarted(run);
        ChangedTies ties = new ChangedTies();
        for (var file : checked.files().entrySet()) {
            files.add(write(source, file.getKey(), checked.newEnterprises(), file.getValue(), ties));
        }
        if (files.stream().anyMatch(Importer::changed)) {
            writer.recordImport(run, files);
            boolean onlyTies = ties.complete()
                    && files.stream().allMatch(f -> !changed(f) || f.file().equals(ImportFile.SUPPLIES.csvName()));
            writer.markChanged(
                    files.stream().anyMatch(f -> changed(f) && MEMBERSHIPS.contains(f.file())), onlyTies ? ties : null);
        }
        writer.importsFinished(ImportRuns.completedBy(run, writer));
        return ImportSummary.of(source.name(), false, files, checkMs);
    }

    /**
     * What the first pass found: what it read of each file present, and the enterprises of the input that the graph
     * does not hold yet (their nodes and ties can be created without looking for existing ones).
     */
    record Checked(Map<ImportFile, FileCheck> files, Set<String> newEnterprises) {}

    /** The files whose changes can change which enterprises work in which links, or whether they are local. */
    static final Set<String> MEMBERSHIPS =
            Set.of(ImportFile.ENTERPRISES.csvName(), ImportFile.ENTERPRISE_LINKS.csvName());

    private static boolean changed(ImportSummary.FileSummary f) {
        return f.nodesCreated() + f.relationshipsCreated() + f.updated() > 0;
    }

    /** A file as the first pass read it: its rows, those it skips by reason, and its warnings. */
    record FileCheck(long rows, Map<String, Long> skipped, Warnings warnings) {
        /** The summary of the file with what its write did besides ({@code skippedByWrite}: rows its query left alone). */
        ImportSummary.FileSummary summary(
                ImportFile file, long nodes, long ties, long updated, long skippedByWrite, long writeMs) {
            List<ImportSummary.Skipped> because = new ArrayList<>();
            skipped.forEach((reason, n) -> because.add(new ImportSummary.Skipped(reason, n)));
            if (skippedByWrite > 0) {
                because.add(new ImportSummary.Skipped("older than the project's last stage event", skippedByWrite));
            }
            long skippedRows =
                    because.stream().mapToLong(ImportSummary.Skipped::rows).sum();
            return new ImportSummary.FileSummary(
                    file.csvName(),
                    rows,
                    nodes,
                    ties,
                    updated,
                    skippedRows,
                    because,
                    warnings.count(),
                    warnings.first(),
                    writeMs);
        }
    }

    /** The first pass: every row checked; throws with every problem found. */
    Checked validate(ImportSource source, boolean findNew) {
        return validate(source, findNew, null);
    }

    /**
     * The first pass, handing every checked row of the files of a first load to {@code bulk} (when not null) as it
     * goes; what it took is worth nothing if this throws.
     */
    Checked validate(ImportSource source, boolean findNew, BulkLoad bulk) {
        Problems problems = new Problems();
        Map<NodeKind, Set<String>> defined = new EnumMap<>(NodeKind.class);
        for (NodeKind k : NodeKind.values()) {
            defined.put(k, new HashSet<>());
        }
        Map<NodeKind, Map<String, List<Location>>> pending = new EnumMap<>(NodeKind.class);
        List<Flow> flows = new ArrayList<>();
        Map<ImportFile, FileCheck> counts = new LinkedHashMap<>();
        // enterprises left out for their registration status, for a reference to one to say why it is unknown
        Map<String, SkippedRow> skippedEnterprises = new HashMap<>();
        RenewedParcels renewed = new RenewedParcels();
        for (String unknown : source.unknownFiles()) {
            problems.add(
                    unknown,
                    0,
                    null,
                    "not a file of the import format (expected one of "
                            + String.join(
                                    ", ",
                                    java.util.Arrays.stream(ImportFile.values())
                                            .map(ImportFile::csvName)
                                            .toList())
                            + ")");
        }
        for (ImportFile file : ImportFile.values()) {
            var opened = source.open(file);
            if (opened.isEmpty()) {
                continue;
            }
            try (TableReader reader = opened.get()) {
                Header header = Header.read(file, reader.name(), reader.header(), problems);
                if (!problems.isEmpty() && hasHeaderProblem(problems, reader.name())) {
                    counts.put(file, new FileCheck(0, Map.of(), new Warnings()));
                    continue;
                }
                boolean bulkRows = bulk != null && BulkLoad.FILES.contains(file);
                FirstLines seen = new FirstLines();
                Map<String, Long> skipped = new TreeMap<>();
                Warnings warnings = new Warnings();
                long n = 0;
                // rows are read and parsed on another thread while the checks across rows run on this one
                try (ParsingReader rows = new ParsingReader(reader, header, file, parsers, warnings)) {
                    for (ParsingReader.Parsed row = rows.next(); row != null; row = rows.next()) {
                        ParsedRow parsed = row.parsed();
                        n++;
                        if (n % 50_000 == 0) {
                            progress.update("checking " + file.csvName(), n);
                        }
                        if (parsed.isSkipped()) {
                            skipped.merge(parsed.skipped(), 1L, Long::sum);
                            if (parsed.key() != null && file == ImportFile.ENTERPRISES) {
                                skippedEnterprises.put(
                                        parsed.key(), new SkippedRow(reader.name(), row.line(), parsed.skipped()));
                            }
                            continue;
                        }
                        // a row with problems still has its references checked and its key defined where they could
                        // be read, so that one pass reports every problem and none is only the echo of another
                        if (row.valid()) {
                            long first = seen.putIfAbsent(parsed, row.line());
                            if (first >= 0) {
                                problems.add(reader.name(), row.line(), null, "duplicate of line " + first);
                                continue;
                            }
                        }
                        for (Ref ref : parsed.refs()) {
                            if (ref.key() != null && !defined.get(ref.kind()).contains(ref.key())) {
                                pending.computeIfAbsent(ref.kind(), k -> new HashMap<>())
                                        .computeIfAbsent(ref.key(), k -> new ArrayList<>())
                                        .add(new Location(reader.name(), row.line(), ref.column()));
                            }
                        }
                        NodeKind kind = definedKind(file);
                        if (kind != null && parsed.key() != null) {
                            defined.get(kind).add(parsed.key());
                        }
                        if (parsed.row() instanceof ImportRow.Flow flow && row.valid()) {
                            flows.add(new Flow(flow.from(), flow.to(), reader.name(), row.line()));
                        }
                        renewed.read(parsed.row(), new Location(reader.name(), row.line(), "parcel"));
                        if (bulkRows && row.valid()) {
                            bulk.add(parsed.row());
                        }
                    }
                    problems.addAll(rows.problems());
                }
                progress.finish("checking " + file.csvName(), n);
                counts.put(file, new FileCheck(n, skipped, warnings));
            }
        }
        skippedEnterprises.keySet().removeAll(defined.get(NodeKind.ENTERPRISE));
        resolvePending(pending, skippedEnterprises, problems);
        renewed.check(writer, problems);
        if (!flows.isEmpty()) {
            FlowCycles.check(flows, writer.existingFlows(), problems);
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems.sorted());
        }
        Set<String> newEnterprises = new HashSet<>();
        if (findNew) {
            Set<String> enterprises = defined.get(NodeKind.ENTERPRISE);
            newEnterprises.addAll(enterprises);
            newEnterprises.removeAll(writer.existingKeys(NodeKind.ENTERPRISE, enterprises));
        }
        return new Checked(counts, newEnterprises);
    }

    private static boolean hasHeaderProblem(Problems problems, String file) {
        return problems.sorted().stream().anyMatch(p -> p.file().equals(file) && p.line() == 1);
    }

    private static NodeKind definedKind(ImportFile file) {
        return switch (file) {
            case CHAINS -> NodeKind.CHAIN;
            case LINKS -> NodeKind.LINK;
            case ENTERPRISES -> NodeKind.ENTERPRISE;
            case PARKS -> NodeKind.PARK;
            case PROJECTS -> NodeKind.PROJECT;
            case PARCELS -> NodeKind.PARCEL;
            default -> null;
        };
    }

    /**
     * References not defined in the input must exist in the graph; one to an enterprise whose row was skipped says
     * so ({@code skippedEnterprises}: where each such row is, and why it was skipped).
     */
    private void resolvePending(
            Map<NodeKind, Map<String, List<Location>>> pending,
            Map<String, SkippedRow> skippedEnterprises,
            Problems problems) {
        pending.forEach((kind, byKey) -> {
            Set<String> existing = writer.existingKeys(kind, byKey.keySet());
            byKey.forEach((key, locations) -> {
                if (!existing.contains(key)) {
                    SkippedRow skipped = kind == NodeKind.ENTERPRISE ? skippedEnterprises.get(key) : null;
                    String why = skipped == null
                            ? " (not in the input nor in the graph)"
                            : " (its row, " + skipped.file() + ":" + skipped.line() + ", " + skipped.reason()
                                    + ", was skipped, and the graph does not hold it)";
                    for (Location l : locations) {
                        problems.add(l.file(), l.line(), l.column(), "unknown " + kind.noun + " '" + key + "'" + why);
                    }
                }
            });
        });
    }

    ImportSummary.FileSummary write(
            ImportSource source, ImportFile file, Set<String> newEnterprises, FileCheck check, ChangedTies written) {
        long total = check.rows();
        long start = System.nanoTime();
        try (TableReader reader = source.open(file).orElseThrow()) {
            Problems problems = new Problems();
            Header header = Header.read(file, reader.name(), reader.header(), problems);
            GraphWriter.Batch batch = writer.batch(file);
            GraphWriter.Batch creating = writer.creatingBatch(file).orElse(batch);
            long n = 0;
            while (reader.hasNext()) {
                Row row = new Row(reader.name(), header, reader.next(), problems);
                ParsedRow parsed = parsers.parse(file, row);
                if (!row.valid()) {
                    throw new IllegalStateException(reader.name() + " changed since it was checked: "
                            + problems.sorted().getFirst());
                }
                n++;
                if (parsed.isSkipped()) {
                    continue;
                }
                (touchesNew(parsed.row(), newEnterprises) ? creating : batch).add(parsed.row());
                if (parsed.row() instanceof ImportRow.Supply s) {
                    written.add(s.supplier(), s.customer());
                }
                if (n % 50_000 == 0) {
                    progress.update("writing " + file.csvName(), n, total);
                }
            }
            batch.flush();
            long nodes = batch.nodesCreated();
            long ties = batch.relationshipsCreated();
            long updated = batch.updated();
            long skipped = batch.skipped();
            if (creating != batch) {
                creating.flush();
                nodes += creating.nodesCreated();
                ties += creating.relationshipsCreated();
            }
            progress.finish("writing " + file.csvName(), n);
            return check.summary(file, nodes, ties, updated, skipped, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * True when the row's node or tie cannot exist yet because an enterprise it names is new to the graph: such
     * rows are created without the look-up a MERGE makes. A run interrupted and started again finds those
     * enterprises in the graph and merges as usual, so it completes to the same graph.
     */
    private static boolean touchesNew(ImportRow row, Set<String> newEnterprises) {
        return switch (row) {
            case ImportRow.Enterprise e -> newEnterprises.contains(e.uscc());
            case ImportRow.EnterpriseLink l -> newEnterprises.contains(l.uscc());
            case ImportRow.Supply s -> newEnterprises.contains(s.supplier()) || newEnterprises.contains(s.customer());
            default -> false;
        };
    }

    record Location(String file, long line, String column) {}

    /** A row left out on purpose, and why. */
    record SkippedRow(String file, long line, String reason) {}

    record Flow(String from, String to, String file, long line) {}
}

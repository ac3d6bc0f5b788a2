package org.chainmap.imports;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * Imports for a long-running process (the API's upload): the same two passes as the command line, one import at
 * a time, so two uploads never interleave their batches.
 */
public final class ImportService {
    /** The division codes counted as local when not configured: 即墨 before and after it became a district. */
    public static final Set<String> DEFAULT_LOCAL_DIVISIONS = Set.of("370215", "370282");

    private final GraphWriter writer;
    private final Set<String> localDivisions;
    private final ExchangeRates rates;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    /** Imports converting amounts in foreign currencies at the {@link ExchangeRates#DEFAULTS}. */
    public ImportService(GraphWriter writer, Set<String> localDivisions) {
        this(writer, localDivisions, ExchangeRates.DEFAULTS);
    }

    public ImportService(GraphWriter writer, Set<String> localDivisions, ExchangeRates rates) {
        this.writer = writer;
        this.localDivisions = Set.copyOf(localDivisions);
        this.rates = rates;
    }

    /**
     * Validates everything, then (unless {@code dryRun}) writes it; throws {@link ImportRejectedException} with
     * every problem, naming files by {@code displayName} of their location, and writes nothing then. The warnings of
     * the summary name their files the same way.
     */
    public ImportSummary run(ImportSource source, boolean dryRun, UnaryOperator<String> displayName) {
        return run(source, source.name(), dryRun, displayName);
    }

    /** As {@link #run(ImportSource, boolean, UnaryOperator)}, the import known to its user as {@code label}. */
    public ImportSummary run(ImportSource source, String label, boolean dryRun, UnaryOperator<String> displayName) {
        oneAtATime.lock();
        try {
            ImportSummary done = new Importer(writer, localDivisions, rates, Progress.NONE).run(source, label, dryRun);
            List<ImportSummary.FileSummary> files = done.files().stream()
                    .map(f -> new ImportSummary.FileSummary(
                            f.file(),
                            f.rows(),
                            f.nodesCreated(),
                            f.relationshipsCreated(),
                            f.updated(),
                            f.skipped(),
                            f.skippedBecause(),
                            f.warnings(),
                            renamed(f.firstWarnings(), displayName),
                            f.writeMs()))
                    .toList();
            return new ImportSummary(
                    done.source(),
                    done.dryRun(),
                    files,
                    done.rows(),
                    done.created(),
                    done.updated(),
                    done.skipped(),
                    done.warnings(),
                    done.checkMs());
        } catch (ImportRejectedException e) {
            throw new ImportRejectedException(renamed(e.problems(), displayName));
        } finally {
            oneAtATime.unlock();
        }
    }

    private static List<Problem> renamed(List<Problem> problems, UnaryOperator<String> displayName) {
        return problems.stream()
                .map(p -> new Problem(displayName.apply(p.file()), p.line(), p.column(), p.reason()))
                .toList();
    }

    /** The oldest import that began writing and did not finish, if any (SPEC section 15). */
    public Optional<InterruptedImport> interrupted() {
        return ImportRuns.interrupted(writer);
    }
}

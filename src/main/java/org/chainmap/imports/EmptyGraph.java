package org.chainmap.imports;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph as a first load sees it: nothing in it, so every reference must be to a row of the input. Its writes are
 * those of the store the load opens, never this.
 */
final class EmptyGraph implements GraphWriter {
    static final EmptyGraph INSTANCE = new EmptyGraph();

    private EmptyGraph() {}

    @Override
    public Set<String> existingKeys(NodeKind kind, Collection<String> keys) {
        return Set.of();
    }

    @Override
    public Map<String, String> parcelStatuses(Collection<String> ids) {
        return Map.of();
    }

    @Override
    public List<String[]> existingFlows() {
        return List.of();
    }

    @Override
    public List<ImportRun> unfinishedImports() {
        return List.of();
    }

    @Override
    public Batch batch(ImportFile file) {
        throw new UnsupportedOperationException("the empty graph of a first load is not written to");
    }

    @Override
    public void markChanged(boolean memberships, ChangedTies ties) {
        throw new UnsupportedOperationException("the empty graph of a first load is not written to");
    }

    @Override
    public void recordImport(ImportRun run, List<ImportSummary.FileSummary> files) {
        throw new UnsupportedOperationException("the empty graph of a first load is not written to");
    }

    @Override
    public void importStarted(ImportRun run) {
        throw new UnsupportedOperationException("the empty graph of a first load is not written to");
    }

    @Override
    public void importsFinished(List<String> runIds) {
        throw new UnsupportedOperationException("the empty graph of a first load is not written to");
    }
}

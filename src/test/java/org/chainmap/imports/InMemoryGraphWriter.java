package org.chainmap.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A graph for validation tests: holds the keys "already in the graph" and counts the rows handed to it. */
final class InMemoryGraphWriter implements GraphWriter {
    final Map<NodeKind, Set<String>> existing = new EnumMap<>(NodeKind.class);
    final List<String[]> flows = new ArrayList<>();
    final List<ImportRow> written = new ArrayList<>();

    InMemoryGraphWriter with(NodeKind kind, String... keys) {
        existing.computeIfAbsent(kind, k -> new HashSet<>()).addAll(List.of(keys));
        return this;
    }

    @Override
    public Set<String> existingKeys(NodeKind kind, Collection<String> keys) {
        Set<String> found = new HashSet<>(keys);
        found.retainAll(existing.getOrDefault(kind, Set.of()));
        return found;
    }

    /** The status of each parcel "already in the graph", by id. */
    final Map<String, String> parcelStatus = new java.util.HashMap<>();

    @Override
    public Map<String, String> parcelStatuses(Collection<String> ids) {
        Map<String, String> found = new java.util.HashMap<>(parcelStatus);
        found.keySet().retainAll(ids);
        return found;
    }

    @Override
    public List<String[]> existingFlows() {
        return flows;
    }

    @Override
    public Batch batch(ImportFile file) {
        return new Batch() {
            @Override
            public void add(ImportRow row) {
                written.add(row);
            }

            @Override
            public void flush() {}

            @Override
            public long nodesCreated() {
                return 0;
            }

            @Override
            public long relationshipsCreated() {
                return 0;
            }

            @Override
            public long updated() {
                return 0;
            }
        };
    }

    @Override
    public void markChanged(boolean memberships, ChangedTies ties) {}

    private final Map<String, ImportRun> runs = new java.util.LinkedHashMap<>();

    /** The imports whose audit entry was written, by run id. */
    final java.util.List<String> recorded = new java.util.ArrayList<>();

    @Override
    public void recordImport(ImportRun run, java.util.List<ImportSummary.FileSummary> files) {
        recorded.add(run.id());
    }

    @Override
    public void importStarted(ImportRun run) {
        runs.put(run.id(), run);
    }

    @Override
    public void importsFinished(List<String> runIds) {
        runIds.forEach(runs::remove);
    }

    @Override
    public List<ImportRun> unfinishedImports() {
        return List.copyOf(runs.values());
    }
}

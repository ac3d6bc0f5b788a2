package org.chainmap.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chainmap.domain.ChainRef;
import org.chainmap.domain.ProjectStage;

/**
 * The projects of a chain by the stage they stood at on a day, keyed by stage name in stage order.
 *
 * @param chain null for the projects without a chain
 */
public record ChainStages(ChainRef chain, Map<String, Long> stages) {
    public ChainStages {
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    public long total() {
        return stages.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The projects by chain (by chain id; those without a chain last) and stage. Cost: one pass. */
    public static List<ChainStages> of(List<ProjectAt> projects) {
        Map<String, ChainRef> chains = new TreeMap<>();
        Map<String, long[]> counts = new TreeMap<>();
        long[] none = new long[ProjectStage.values().length];
        for (ProjectAt p : projects) {
            long[] line = none;
            if (p.chain() != null) {
                chains.put(p.chain().id(), p.chain());
                line = counts.computeIfAbsent(p.chain().id(), id -> new long[ProjectStage.values().length]);
            }
            line[p.stage().ordinal()]++;
        }
        List<ChainStages> rows = new ArrayList<>();
        counts.forEach((id, line) -> rows.add(new ChainStages(chains.get(id), byStage(line))));
        if (java.util.Arrays.stream(none).sum() > 0) {
            rows.add(new ChainStages(null, byStage(none)));
        }
        return rows;
    }

    private static Map<String, Long> byStage(long[] line) {
        Map<String, Long> stages = new LinkedHashMap<>();
        for (ProjectStage s : ProjectStage.values()) {
            stages.put(s.name(), line[s.ordinal()]);
        }
        return stages;
    }
}

package org.chainmap.pipeline;

import java.util.Collection;
import org.chainmap.domain.ProjectStage;

/** How many projects are at each stage; JSON keys are the stage names. */
public record StageCounts(long LEAD, long TALKS, long SIGNED, long CONSTRUCTION, long OPERATING, long DROPPED) {

    static StageCounts of(Collection<Project> projects) {
        long[] n = new long[ProjectStage.values().length];
        projects.forEach(p -> n[p.stage().ordinal()]++);
        return new StageCounts(n[0], n[1], n[2], n[3], n[4], n[5]);
    }
}

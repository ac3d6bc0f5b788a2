package org.chainmap.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chainmap.domain.Scale;

/**
 * How many enterprises of a group of the per-mu evaluation are in each class.
 *
 * @param classes best class first
 */
public record ClassCounts(Scale scale, int enterprises, Map<String, Integer> classes) {
    public ClassCounts {
        classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
    }
}

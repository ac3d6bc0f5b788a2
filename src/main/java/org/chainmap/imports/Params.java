package org.chainmap.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a parameter map for a write, leaving out unknown (null) values so they never overwrite known ones. */
final class Params {
    private final Map<String, Object> map = new LinkedHashMap<>();

    static Params of() {
        return new Params();
    }

    Params put(String name, Object value) {
        if (value != null) {
            map.put(name, value);
        }
        return this;
    }

    Map<String, Object> map() {
        return map;
    }
}

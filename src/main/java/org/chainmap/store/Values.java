package org.chainmap.store;

import org.neo4j.driver.Value;

/** Reads optional properties of a record: a missing property (null) stays null, meaning unknown. */
public final class Values {
    private Values() {}

    public static String text(Value v) {
        return v.isNull() ? null : v.asString();
    }

    public static Double number(Value v) {
        return v.isNull() ? null : v.asNumber().doubleValue();
    }

    public static Long whole(Value v) {
        return v.isNull() ? null : v.asNumber().longValue();
    }
}

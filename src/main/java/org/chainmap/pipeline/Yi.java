package org.chainmap.pipeline;

import java.math.BigDecimal;
import java.util.Collection;

/** Money as projects are shown: stored in 万元, shown in 亿元 (1 亿元 = 10,000 万元), summed without binary noise. */
public final class Yi {
    private Yi() {}

    public static Double of(Double wan) {
        return wan == null ? null : BigDecimal.valueOf(wan).movePointLeft(4).doubleValue();
    }

    /** The sum of the known investments of {@code projects}, in 亿元. */
    static double sum(Collection<Project> projects) {
        BigDecimal wan = BigDecimal.ZERO;
        for (Project p : projects) {
            if (p.investment() != null) {
                wan = wan.add(BigDecimal.valueOf(p.investment()));
            }
        }
        return wan.movePointLeft(4).doubleValue();
    }
}

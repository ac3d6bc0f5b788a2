package org.chainmap.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures as the report shows them: to the hundredth, half up, so that sums of decimals lose their binary noise. */
public final class Hundredths {
    private Hundredths() {}

    /** 1490.2299999… → 1490.23. */
    public static double of(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}

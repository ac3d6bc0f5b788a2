package org.chainmap.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What it would take an enterprise to reach a better class, the benchmarks and the other enterprises' scores held
 * fixed.
 *
 * @param className the class reached (JSON {@code class})
 * @param scoreNeeded the score that reaches it
 * @param scoreGap {@code scoreNeeded} minus the current score
 * @param extraTax the extra tax in 万元 that alone would close the gap; null when tax alone cannot
 * @param extraTaxPerMu the same per mu of the enterprise's land; null when its land is unknown
 */
public record NextClass(
        @JsonProperty("class") String className,
        double scoreNeeded,
        double scoreGap,
        Double extraTax,
        Double extraTaxPerMu) {}

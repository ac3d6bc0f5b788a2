package org.chainmap.classify;

import java.util.List;

/**
 * How well the rules recover a labelled set (SPEC section 14): over the enterprises the labels name, precision =
 * right pairs / assigned pairs, recall = right pairs / labelled pairs, F1 their harmonic mean (each 0 where its
 * denominator is 0), overall and per link.
 *
 * @param assigned the (enterprise, link) pairs the rules assign to the labelled enterprises
 * @param labelled the pairs of the labels
 * @param unknown labelled credit codes the store does not have (their pairs count as labelled, never assigned)
 */
public record Quality(
        double precision,
        double recall,
        double f1,
        long assigned,
        long labelled,
        long unknown,
        List<LinkQuality> links) {
    public Quality {
        links = List.copyOf(links);
    }

    public record LinkQuality(
            String linkId, double precision, double recall, double f1, long assigned, long labelled) {}

    static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}

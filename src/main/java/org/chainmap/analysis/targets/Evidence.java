package org.chainmap.analysis.targets;

/**
 * A fact behind a target's score.
 *
 * @param kind what the fact is about
 * @param fact the fact in words
 * @param source where it comes from: a tie's recorded source, or the kind of record or inference
 * @param basis whether it was observed in the data or inferred from it
 * @param confidence the tie's confidence for ties, else {@code null}
 */
public record Evidence(Kind kind, String fact, String source, Basis basis, Double confidence) {
    public enum Kind {
        /** a supply tie with a local enterprise */
        TIE,
        /** a two-step supply path to or from a local enterprise */
        TWO_HOP,
        /** the Adamic–Adar index toward local enterprises (shared customers or suppliers) */
        ADAMIC_ADAR,
        /** a park focusing on the chain has free units */
        PARK,
        /** recognitions (高新, 专精特新, 小巨人, 上市) */
        TAGS,
        REVENUE,
        /** a project the enterprise invests in */
        PIPELINE
    }

    public enum Basis {
        OBSERVED,
        INFERRED
    }

    static Evidence observed(Kind kind, String fact, String source) {
        return new Evidence(kind, fact, source, Basis.OBSERVED, null);
    }
}

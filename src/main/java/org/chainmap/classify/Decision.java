package org.chainmap.classify;

/** A reviewer's decision on an inferred membership. */
public record Decision(String uscc, String linkId, Verdict decision) {
    public enum Verdict {
        /** the membership becomes a reviewed one, kept by later runs */
        ACCEPT,
        /** the membership is removed and never inferred again */
        REJECT
    }
}

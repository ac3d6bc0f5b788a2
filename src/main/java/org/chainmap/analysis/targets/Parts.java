package org.chainmap.analysis.targets;

/** The weighted terms of a target's score; they sum to the score. */
public record Parts(double gap, double strength, double proximity, double park, double place) {
    public double sum() {
        return gap + strength + proximity + park + place;
    }
}

package org.chainmap.analysis.projection;

/** Hands out the projection of the graph as it is now. */
@FunctionalInterface
public interface ProjectionSource {
    IndustryGraph current();
}

package org.chainmap.analysis.projection;

/** Hands out the projection of the graph as it is now: the gaps-only one or the full one. */
@FunctionalInterface
public interface ProjectionSource<P extends ChainSkeleton> {
    P current();
}

package org.chainmap.analysis;

import java.util.function.Function;
import org.chainmap.analysis.projection.IndustryGraph;

/**
 * A value derived from a projection, kept for the latest projection it was asked for: computed once per projection,
 * by one thread while the others wait for it. Thread-safe.
 */
final class PerProjection<T> {
    private record Held<T>(IndustryGraph graph, T value) {}

    private final Function<IndustryGraph, T> compute;
    private volatile Held<T> latest;

    PerProjection(Function<IndustryGraph, T> compute) {
        this.compute = compute;
    }

    T of(IndustryGraph graph) {
        Held<T> held = latest;
        if (held != null && held.graph() == graph) {
            return held.value();
        }
        synchronized (this) {
            held = latest;
            if (held == null || held.graph() != graph) {
                held = new Held<>(graph, compute.apply(graph));
                latest = held;
            }
            return held.value();
        }
    }
}

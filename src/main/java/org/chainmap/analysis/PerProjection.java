package org.chainmap.analysis;

import java.util.function.Function;

/**
 * A value derived from a projection, kept for the latest projection it was asked for: computed once per projection,
 * by one thread while the others wait for it. Thread-safe.
 *
 * @param <P> the kind of projection
 */
final class PerProjection<P, T> {
    private record Held<P, T>(P graph, T value) {}

    private final Function<P, T> compute;
    private volatile Held<P, T> latest;

    PerProjection(Function<P, T> compute) {
        this.compute = compute;
    }

    T of(P graph) {
        Held<P, T> held = latest;
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

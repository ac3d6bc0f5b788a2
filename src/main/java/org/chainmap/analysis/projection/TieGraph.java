package org.chainmap.analysis.projection;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The supply ties of a projection as compressed sparse rows over enterprises numbered {@code 0..n-1}: ties
 * {@code 0..m-1} with their figures in parallel arrays, the ties of each enterprise as supplier and as customer,
 * and its partners without direction (each other enterprise it has at least one tie with, in either direction, once)
 * with the strongest confidence between the two, which is what a {@link Connection} holds.
 *
 * <p>About 70 bytes per tie and 20 per enterprise, where String-keyed JGraphT graphs of {@link SupplyTie} and
 * {@link Connection} objects take several hundred per tie; every look-up is an array read. Immutable once built.
 */
public final class TieGraph {
    private final int vertices;
    private final int[] supplier;
    private final int[] customer;
    private final double[] value;
    private final double[] confidence;
    private final String[] source;
    private final String[] since;
    private final int[] outStart;
    private final int[] outTies;
    private final int[] inStart;
    private final int[] inTies;
    private final int[] partnerStart;
    private final int[] partners;
    private final double[] partnerStrength;

    private TieGraph(Builder b, int vertices) {
        this.vertices = vertices;
        int m = b.size;
        this.supplier = Arrays.copyOf(b.supplier, m);
        this.customer = Arrays.copyOf(b.customer, m);
        this.value = Arrays.copyOf(b.value, m);
        this.confidence = Arrays.copyOf(b.confidence, m);
        this.source = Arrays.copyOf(b.source, m);
        this.since = Arrays.copyOf(b.since, m);
        this.outStart = new int[vertices + 1];
        this.outTies = rows(supplier, outStart);
        this.inStart = new int[vertices + 1];
        this.inTies = rows(customer, inStart);
        this.partnerStart = new int[vertices + 1];
        long[] pairs = partnerPairs();
        this.partners = new int[partnerStart[vertices]];
        this.partnerStrength = new double[partners.length];
        for (int v = 0; v < vertices; v++) {
            for (int i = partnerStart[v], j = 0; i < partnerStart[v + 1]; i++, j++) {
                long pair = pairs[outStart[v] + inStart[v] + j];
                partners[i] = (int) (pair >>> 32);
                partnerStrength[i] = strength((int) pair);
            }
        }
    }

    private TieGraph(TieGraph base, int vertices) {
        this.vertices = vertices;
        this.supplier = base.supplier;
        this.customer = base.customer;
        this.value = base.value;
        this.confidence = base.confidence;
        this.source = base.source;
        this.since = base.since;
        this.outStart = Arrays.copyOf(base.outStart, vertices + 1);
        this.outTies = base.outTies;
        this.inStart = Arrays.copyOf(base.inStart, vertices + 1);
        this.inTies = base.inTies;
        this.partnerStart = Arrays.copyOf(base.partnerStart, vertices + 1);
        this.partners = base.partners;
        this.partnerStrength = base.partnerStrength;
        for (int v = base.vertices + 1; v <= vertices; v++) {
            outStart[v] = outStart[v - 1];
            inStart[v] = inStart[v - 1];
            partnerStart[v] = partnerStart[v - 1];
        }
    }

    private TieGraph(ColumnFile.Reader in) throws java.io.IOException {
        this.vertices = Math.toIntExact(in.longValue());
        this.supplier = in.ints();
        this.customer = in.ints();
        this.value = in.doubles();
        this.confidence = in.doubles();
        this.source = in.coded();
        this.since = in.coded();
        this.outStart = in.ints();
        this.outTies = in.ints();
        this.inStart = in.ints();
        this.inTies = in.ints();
        this.partnerStart = in.ints();
        this.partners = in.ints();
        this.partnerStrength = in.doubles();
        int m = supplier.length;
        if (customer.length != m
                || value.length != m
                || confidence.length != m
                || source.length != m
                || since.length != m
                || outTies.length != m
                || inTies.length != m
                || outStart.length != vertices + 1
                || inStart.length != vertices + 1
                || partnerStart.length != vertices + 1
                || partnerStrength.length != partners.length) {
            throw new java.io.IOException("the arrays of the ties do not agree in length");
        }
    }

    /** The arrays as they are held, to be read back by {@link #readFrom} without building them again. */
    void writeTo(ColumnFile.Writer out) throws java.io.IOException {
        out.longValue(vertices);
        out.ints(supplier);
        out.ints(customer);
        out.doubles(value);
        out.doubles(confidence);
        out.coded(source);
        out.coded(since);
        out.ints(outStart);
        out.ints(outTies);
        out.ints(inStart);
        out.ints(inTies);
        out.ints(partnerStart);
        out.ints(partners);
        out.doubles(partnerStrength);
    }

    static TieGraph readFrom(ColumnFile.Reader in) throws java.io.IOException {
        return new TieGraph(in);
    }

    /**
     * These ties with some changed or added: {@code changes} in order of supplier then customer, one per pair, each
     * replacing the tie of its pair or added in its place. Both lists must be in that order (as
     * {@link ProjectionReader} reads ties); {@code null} when this graph's ties are not.
     */
    TieGraph withChanges(Builder changes) {
        Builder merged = new Builder();
        int m = size();
        int i = 0;
        int j = 0;
        long lastOld = -1;
        long lastChanged = -1;
        while (i < m || j < changes.size) {
            long old = i < m ? pair(supplier[i], customer[i]) : Long.MAX_VALUE;
            if (i < m && old <= lastOld) {
                return null;
            }
            long changed = j < changes.size ? pair(changes.supplier[j], changes.customer[j]) : Long.MAX_VALUE;
            if (j < changes.size && changed <= lastChanged) {
                throw new IllegalArgumentException("changes out of order at " + j);
            }
            if (changed <= old) {
                merged.add(
                        changes.supplier[j],
                        changes.customer[j],
                        changes.value[j],
                        changes.confidence[j],
                        changes.source[j],
                        changes.since[j]);
                lastChanged = changed;
                j++;
                if (changed == old) {
                    lastOld = old;
                    i++;
                }
            } else {
                merged.add(supplier[i], customer[i], value[i], confidence[i], source[i], since[i]);
                lastOld = old;
                i++;
            }
        }
        return merged.build(vertices);
    }

    private static long pair(int supplier, int customer) {
        return (long) supplier << 32 | customer;
    }

    /** The source of the tie, {@code null} when unknown. */
    String source(int tie) {
        return source[tie];
    }

    /** The date the tie is known since, {@code null} when unknown. */
    String since(int tie) {
        return since[tie];
    }

    /** The tie's confidence as held: {@code NaN} when unknown. */
    double confidence(int tie) {
        return confidence[tie];
    }

    /** The same ties over one more enterprise, numbered {@code vertices()}, which has none; the tie arrays are shared. */
    TieGraph withIsolatedVertex() {
        return new TieGraph(this, vertices + 1);
    }

    /** Ties sorted by {@code end} (a counting sort, so ties keep their order within an enterprise). */
    private int[] rows(int[] end, int[] start) {
        for (int e : end) {
            start[e + 1]++;
        }
        for (int v = 0; v < vertices; v++) {
            start[v + 1] += start[v];
        }
        int[] next = Arrays.copyOf(start, vertices);
        int[] ties = new int[end.length];
        for (int t = 0; t < end.length; t++) {
            ties[next[end[t]]++] = t;
        }
        return ties;
    }

    /**
     * Per enterprise, in the segment of its out and in ties, its partners as {@code partner << 32 | tie} sorted by
     * partner then tie, each partner once with its strongest tie (the first of equally strong ones); sets {@code partnerStart}. The
     * enterprises are independent, so they are done in parallel.
     */
    private long[] partnerPairs() {
        long[] pairs = new long[2 * supplier.length];
        int[] count = new int[vertices];
        IntStream.range(0, vertices).parallel().forEach(v -> {
            int from = outStart[v] + inStart[v];
            int n = from;
            for (int i = outStart[v]; i < outStart[v + 1]; i++) {
                pairs[n++] = (long) customer[outTies[i]] << 32 | outTies[i];
            }
            for (int i = inStart[v]; i < inStart[v + 1]; i++) {
                pairs[n++] = (long) supplier[inTies[i]] << 32 | inTies[i];
            }
            Arrays.sort(pairs, from, n);
            int kept = from;
            for (int i = from; i < n; i++) {
                long pair = pairs[i];
                if (kept > from && (pairs[kept - 1] >>> 32) == (pair >>> 32)) {
                    if (strength((int) pair) > strength((int) pairs[kept - 1])) {
                        pairs[kept - 1] = pair;
                    }
                } else {
                    pairs[kept++] = pair;
                }
            }
            count[v] = kept - from;
        });
        for (int v = 0; v < vertices; v++) {
            partnerStart[v + 1] = partnerStart[v] + count[v];
        }
        return pairs;
    }

    public int vertices() {
        return vertices;
    }

    /** The number of ties. */
    public int size() {
        return supplier.length;
    }

    public int supplier(int tie) {
        return supplier[tie];
    }

    public int customer(int tie) {
        return customer[tie];
    }

    /** The tie's value in 万元, {@code NaN} when unknown. */
    public double value(int tie) {
        return value[tie];
    }

    /** The tie's confidence, 1 when unknown (SPEC section 4, path strength). */
    public double strength(int tie) {
        return Double.isNaN(confidence[tie]) ? 1.0 : confidence[tie];
    }

    /** The tie as an object with its figures, made anew at each call. */
    public SupplyTie tie(int tie, String supplierUscc, String customerUscc) {
        return new SupplyTie(
                supplierUscc, customerUscc, boxed(value[tie]), boxed(confidence[tie]), source[tie], since[tie]);
    }

    private static Double boxed(double d) {
        return Double.isNaN(d) ? null : d;
    }

    /** A tie's value or confidence as the arrays hold it: {@code NaN} for unknown ({@code null}). */
    static double unboxed(Double d) {
        return d == null ? Double.NaN : d;
    }

    /** Ties {@code outTie(v, 0) … outTie(v, outDegree(v) - 1)} are those the enterprise supplies. */
    public int outDegree(int v) {
        return outStart[v + 1] - outStart[v];
    }

    public int outTie(int v, int i) {
        return outTies[outStart[v] + i];
    }

    /** Ties {@code inTie(v, 0) … inTie(v, inDegree(v) - 1)} are those the enterprise buys through. */
    public int inDegree(int v) {
        return inStart[v + 1] - inStart[v];
    }

    public int inTie(int v, int i) {
        return inTies[inStart[v] + i];
    }

    /** How many distinct enterprises the enterprise has a tie with, in either direction. */
    public int partnerCount(int v) {
        return partnerStart[v + 1] - partnerStart[v];
    }

    /** The {@code i}-th partner of {@code v}, partners in ascending number. */
    public int partner(int v, int i) {
        return partners[partnerStart[v] + i];
    }

    /** The strongest confidence of the ties between {@code v} and its {@code i}-th partner. */
    public double partnerStrength(int v, int i) {
        return partnerStrength[partnerStart[v] + i];
    }

    /** Collects ties between enterprises numbered from 0. */
    public static final class Builder {
        private int size;
        private int highest = -1;
        private int[] supplier = new int[1024];
        private int[] customer = new int[1024];
        private double[] value = new double[1024];
        private double[] confidence = new double[1024];
        private String[] source = new String[1024];
        private String[] since = new String[1024];

        /**
         * @param value {@code NaN} when unknown
         * @param confidence in [0, 1], {@code NaN} when unknown
         */
        public Builder add(int s, int c, double value, double confidence, String source, String since) {
            if (s < 0 || c < 0 || s == c) {
                throw new IllegalArgumentException("a tie needs two enterprises, got " + s + " and " + c);
            }
            highest = Math.max(highest, Math.max(s, c));
            if (size == supplier.length) {
                int grown = size + (size >> 1);
                supplier = Arrays.copyOf(supplier, grown);
                customer = Arrays.copyOf(customer, grown);
                this.value = Arrays.copyOf(this.value, grown);
                this.confidence = Arrays.copyOf(this.confidence, grown);
                this.source = Arrays.copyOf(this.source, grown);
                this.since = Arrays.copyOf(this.since, grown);
            }
            supplier[size] = s;
            customer[size] = c;
            this.value[size] = value;
            this.confidence[size] = confidence;
            this.source[size] = source;
            this.since[size] = since;
            size++;
            return this;
        }

        /** The graph of enterprises {@code 0..vertices-1}, which must include every one named by a tie. */
        public TieGraph build(int vertices) {
            if (highest >= vertices) {
                throw new IllegalArgumentException("a tie names enterprise " + highest + " of " + vertices);
            }
            return new TieGraph(this, vertices);
        }
    }
}

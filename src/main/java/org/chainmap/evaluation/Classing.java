package org.chainmap.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks one group and classes it (SPEC section 4). Enterprises are ranked by score, highest first, then by credit
 * code; with rank {@code r} among {@code n}, {@code p = r / n} and the class is the first whose cut is at least
 * {@code p}. Tie rule: enterprises with equal scores keep distinct ranks (by code) but all take the class of the
 * best-ranked of them, so a tie across a class boundary is resolved in favour of the better class. Scores count as
 * equal when they agree to 1e-9, which absorbs rounding noise in the sums. Cost: O(n log n).
 */
final class Classing {
    private static final double RESOLUTION = 1e-9;

    private final List<EvaluationClass> classes;
    private final double[] scores;
    private final int[] order;
    private final int[] rank;
    private final int[] classIndex;

    Classing(List<EvaluationClass> classes, String[] codes, double[] scores) {
        this.classes = classes;
        this.scores = scores.clone();
        int n = scores.length;
        order = java.util.stream.IntStream.range(0, n)
                .boxed()
                .sorted(Comparator.comparingLong((Integer e) -> -key(scores[e])).thenComparing(e -> codes[e]))
                .mapToInt(Integer::intValue)
                .toArray();
        rank = new int[n];
        classIndex = new int[n];
        int groupStart = 0;
        for (int pos = 0; pos < n; pos++) {
            if (pos > 0 && key(scores[order[pos]]) != key(scores[order[pos - 1]])) {
                groupStart = pos;
            }
            rank[order[pos]] = pos + 1;
            classIndex[order[pos]] = classAt(groupStart + 1);
        }
    }

    /** Scores as whole multiples of the resolution: equal keys are equal scores. */
    private static long key(double score) {
        return Math.round(score / RESOLUTION);
    }

    /** The class of rank {@code r}. */
    private int classAt(int r) {
        double p = (double) r / scores.length;
        for (int c = 0; c < classes.size() - 1; c++) {
            if (p <= classes.get(c).cut()) {
                return c;
            }
        }
        return classes.size() - 1;
    }

    /** How many ranks class {@code c} spans at most: the largest {@code r} with {@code r / n <= cut}. */
    private int places(int c) {
        int n = scores.length;
        if (c == classes.size() - 1) {
            return n;
        }
        int r = (int) Math.floor(classes.get(c).cut() * n);
        while (r < n && (double) (r + 1) / n <= classes.get(c).cut()) {
            r++;
        }
        while (r > 0 && (double) r / n > classes.get(c).cut()) {
            r--;
        }
        return r;
    }

    int rank(int e) {
        return rank[e];
    }

    int classIndex(int e) {
        return classIndex[e];
    }

    /**
     * The next better class within reach of enterprise {@code e} and the score it takes, the others' scores held
     * fixed; null for an enterprise of the best class, or when no better class has a place in a group this small.
     * With {@code m} the places of the class just above {@code e}'s, the score needed is the {@code m}-th best among
     * the others (equalling it is enough by the tie rule). Reaching that score may lift {@code e} further than one
     * class when classes are narrow; the class it lands in is the one named.
     */
    Reach next(int e) {
        int k = classIndex[e];
        int m = k == 0 ? 0 : places(k - 1);
        if (m == 0) {
            return null;
        }
        double needed = Double.NaN;
        int seen = 0;
        for (int other : order) {
            if (other != e && ++seen == m) {
                needed = scores[other];
                break;
            }
        }
        int better = 0;
        for (int other = 0; other < scores.length; other++) {
            if (other != e && key(scores[other]) > key(needed)) {
                better++;
            }
        }
        return new Reach(classAt(better + 1), needed);
    }

    /** A class and the score that reaches it. */
    record Reach(int classIndex, double score) {}

    /** How many enterprises each class holds, in class order. */
    int[] counts() {
        int[] counts = new int[classes.size()];
        Arrays.stream(classIndex).forEach(c -> counts[c]++);
        return counts;
    }
}

package org.chainmap.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where synthetic enterprises are registered: real division codes (GB/T 2260) with their region names, read from
 * {@code generate/divisions.txt}. The district's own codes come first and make an enterprise local.
 */
final class RegionCatalog {
    static final String RESOURCE = "generate/divisions.txt";

    /** A division: its 6-digit code, the region as written in enterprise rows, the city used in names. */
    record Division(int index, String code, String region, String city, boolean local) {}

    private final List<Division> divisions;
    private final WeightedChoice localChoice;
    private final WeightedChoice otherChoice;
    private final int localCount;

    private RegionCatalog(List<Division> divisions, double[] localWeights, double[] otherWeights) {
        this.divisions = List.copyOf(divisions);
        this.localCount = localWeights.length;
        this.localChoice = new WeightedChoice(localWeights);
        this.otherChoice = new WeightedChoice(otherWeights);
    }

    static RegionCatalog load() {
        return parse(ResourceLines.of(RESOURCE));
    }

    /** Lines {@code code | region | city | weight}; the local divisions, then {@code --}, then the others. */
    static RegionCatalog parse(List<String> lines) {
        List<Division> divisions = new ArrayList<>();
        List<Double> local = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        boolean inLocal = true;
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.equals("--")) {
                inLocal = false;
                continue;
            }
            String[] f = text.split("\\s*\\|\\s*");
            if (f.length != 4 || !f[0].matches("\\d{6}")) {
                throw new IllegalStateException(RESOURCE + ": cannot read: " + line);
            }
            divisions.add(new Division(divisions.size(), f[0], f[1], f[2], inLocal));
            (inLocal ? local : other).add(Double.parseDouble(f[3]));
        }
        return new RegionCatalog(divisions, toArray(local), toArray(other));
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    Division division(int index) {
        return divisions.get(index);
    }

    /** A local division, weighted (most enterprises carry the district's current code). */
    int pickLocal(SplittableRandom rng) {
        return localChoice.pick(rng);
    }

    /** A division elsewhere in China, weighted towards the province and the big industrial regions. */
    int pickOther(SplittableRandom rng) {
        return localCount + otherChoice.pick(rng);
    }
}

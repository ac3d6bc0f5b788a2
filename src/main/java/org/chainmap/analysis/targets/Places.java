package org.chainmap.analysis.targets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How near an enterprise is to the district (SPEC section 4, sparse data): the provinces of China with their
 * neighbours and economic regions ({@code places/provinces.csv}, sources named there), and the tier of a place
 * seen from the district's city.
 */
public final class Places {
    /** How near, nearest first; {@link #value} is the place part before its weight. */
    public enum Tier {
        SAME_CITY(1.0),
        SAME_PROVINCE(0.75),
        NEIGHBOURING_PROVINCE(0.5),
        SAME_REGION(0.25),
        FURTHER(0.0);

        public final double value;

        Tier(double value) {
            this.value = value;
        }
    }

    private record Province(String code, String name, String shortName, String region, Set<String> neighbours) {}

    private static final Map<String, Province> BY_CODE = load();

    private Places() {}

    /**
     * The tier of a place as seen from {@code homeCity} (the first four digits of the district's division code): by
     * the place's division code where it names a known province, else by the province its region text starts with.
     */
    public static Tier tier(String homeCity, String division, String regionText) {
        if (homeCity == null || homeCity.length() < 4) {
            return Tier.FURTHER;
        }
        Province home = BY_CODE.get(homeCity.substring(0, 2));
        Province there = division != null && division.length() >= 2 ? BY_CODE.get(division.substring(0, 2)) : null;
        if (there != null && division.length() >= 4 && division.startsWith(homeCity.substring(0, 4))) {
            return Tier.SAME_CITY;
        }
        if (there == null) {
            there = byRegionText(regionText);
        }
        if (home == null || there == null) {
            return Tier.FURTHER;
        }
        if (there == home) {
            return Tier.SAME_PROVINCE;
        }
        if (home.neighbours().contains(there.code())) {
            return Tier.NEIGHBOURING_PROVINCE;
        }
        if (!home.region().isEmpty() && home.region().equals(there.region())) {
            return Tier.SAME_REGION;
        }
        return Tier.FURTHER;
    }

    /** The province a region text such as "江苏省苏州市" or "内蒙古包头" starts with, or null. */
    static Province byRegionText(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (Province p : BY_CODE.values()) {
            if (t.startsWith(p.shortName())) {
                return p;
            }
        }
        return null;
    }

    private static Map<String, Province> load() {
        Map<String, Province> provinces = new HashMap<>();
        try (InputStream in = Places.class.getClassLoader().getResourceAsStream("places/provinces.csv")) {
            if (in == null) {
                throw new IllegalStateException("places/provinces.csv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = reader.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("code,"))
                    .toList();
            for (String line : lines) {
                String[] f = line.split(",", -1);
                Set<String> neighbours = f[4].isEmpty() ? Set.of() : Set.of(f[4].split("\\|"));
                provinces.put(f[0], new Province(f[0], f[1], f[2], f[3], neighbours));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(provinces);
    }
}

package org.chainmap.report;

import java.util.List;

/**
 * The per-mu classes a report shows: those of the latest evaluated year up to the year of the day it describes.
 *
 * @param year that year, null when no year up to it was evaluated
 * @param groups above-scale first
 */
public record ClassDistribution(Integer year, List<ClassCounts> groups) {
    public ClassDistribution {
        groups = List.copyOf(groups);
    }
}

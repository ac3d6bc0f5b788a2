package org.chainmap.evaluation;

/**
 * A park an enterprise is a tenant of, as far as apportioning land goes.
 *
 * @param areaMu the park's land in 亩
 * @param floorAreaSqm the park's floor area in m²
 * @param floors storeys; a park of more than one is multi-storey (工业上楼)
 */
public record ParkSpace(String id, Double areaMu, Double floorAreaSqm, Long floors) {
    public ParkSpace {
        if (id == null) {
            throw new IllegalArgumentException("a park needs an id");
        }
    }

    boolean multiStorey() {
        return floors != null && floors > 1 && areaMu != null && areaMu > 0 && floorAreaSqm != null && floorAreaSqm > 0;
    }
}

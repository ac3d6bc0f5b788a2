package org.chainmap.parks;

import org.chainmap.domain.ParkStage;

/**
 * A park's stage in its lifecycle, its milestones and the space it has left (SPEC section 12); any of them null when
 * unknown.
 *
 * @param freeFloorAreaSqm floor area not let or sold yet, in m²
 * @param floorLoadKn what its floors bear, in kN/m²
 * @param clearHeightM clear height of its floors, in m
 */
public record ParkProfile(
        ParkStage stage, Double freeFloorAreaSqm, Double floorLoadKn, Double clearHeightM, ParkMilestones milestones) {
    /** A park of which none of these is known. */
    public static final ParkProfile UNKNOWN = new ParkProfile(null, null, null, null, null);

    public ParkProfile {
        milestones = milestones == null ? ParkMilestones.NONE : milestones;
    }
}

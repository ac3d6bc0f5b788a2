package org.chainmap.land;

/** Why a parcel is on the low-efficiency list (低效用地, SPEC section 12); a parcel gets every one that applies. */
public enum LowEfficiencyReason {
    /** Its holder is in the last per-mu class (D) in the year of the list. */
    CLASS_D,
    /** Its holder is in one of the last two classes (C or D) in the year of the list and in the year before. */
    CLASS_CD_TWO_YEARS,
    /** Its plot ratio is below the floor of {@link LandRules}. */
    LOW_PLOT_RATIO,
    /** It lies idle (the one reason of an idle parcel). */
    IDLE
}

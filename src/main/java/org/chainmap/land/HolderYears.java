package org.chainmap.land;

import org.chainmap.domain.Scale;

/**
 * What the per-mu evaluation says of a parcel's holder: its group, its class in the year of the list and in the year
 * before (null where it was not evaluated), and its tax in its evaluation row of the year (null without one).
 */
public record HolderYears(Scale group, String classNow, String classBefore, Double evaluatedTax) {}

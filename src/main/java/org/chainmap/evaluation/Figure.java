package org.chainmap.evaluation;

/** The yearly figures an indicator is computed from. */
enum Figure {
    TAX,
    VALUE_ADDED,
    REVENUE,
    ENERGY_TCE,
    EMISSIONS,
    ELECTRICITY_KWH,
    RND,
    EMPLOYEES,
    /** own land, or land apportioned to a tenant of a multi-storey park */
    LAND
}

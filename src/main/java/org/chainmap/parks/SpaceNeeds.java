package org.chainmap.parks;

/**
 * What an enterprise looking for a place in a park needs of its space; each null when it does not say.
 *
 * @param areaSqm floor area, in m², that the park must have free
 * @param floorLoadKn floor load, in kN/m², that the park's floors must bear
 * @param heightM clear height, in m, that the park's floors must have
 */
public record SpaceNeeds(Double areaSqm, Double floorLoadKn, Double heightM) {
    /** No need beyond some room. */
    public static final SpaceNeeds ANY = new SpaceNeeds(null, null, null);

    public SpaceNeeds {
        check("areaSqm", areaSqm);
        check("floorLoad", floorLoadKn);
        check("height", heightM);
    }

    private static void check(String name, Double v) {
        if (v != null && !(v >= 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException(name + " must be a number of zero or more, got " + v);
        }
    }

    /**
     * Whether a park with this profile and these free units meets the needs: room (the free floor area where known,
     * else a free unit), and every need given, a figure the park does not know failing it.
     */
    boolean metBy(ParkProfile p, Long freeUnits) {
        Double free = p.freeFloorAreaSqm();
        boolean room = free != null ? free > 0 : freeUnits != null && freeUnits > 0;
        return room
                && atLeast(free, areaSqm)
                && atLeast(p.floorLoadKn(), floorLoadKn)
                && atLeast(p.clearHeightM(), heightM);
    }

    private static boolean atLeast(Double has, Double needed) {
        return needed == null || (has != null && has >= needed);
    }
}

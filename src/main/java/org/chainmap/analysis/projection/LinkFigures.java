package org.chainmap.analysis.projection;

/**
 * What the gap analysis needs of one link (SPEC section 4), summed over its enterprises: the local ones and how many
 * of them are above scale, and over the ties whose supplier works in the link and whose customer is local, their
 * count and value, in all and from non-local suppliers. Computed by {@link IndustryGraph} from its enterprises and
 * ties, or read already summed from Neo4j ({@link ProjectionReader#readForGaps()}).
 *
 * @param coverage local enterprises working in the link
 * @param aboveScale how many of those are above scale
 * @param ties supply ties from the link's enterprises to local customers
 * @param valuedTies how many of those have a positive value
 * @param value the sum of their positive values
 * @param outsideTies how many of the ties come from non-local suppliers
 * @param outsideValue the sum of the positive values of those
 */
public record LinkFigures(
        int coverage, int aboveScale, long ties, long valuedTies, double value, long outsideTies, double outsideValue) {
    public static final LinkFigures NONE = new LinkFigures(0, 0, 0, 0, 0, 0, 0);

    public LinkFigures {
        if (coverage < 0
                || aboveScale < 0
                || aboveScale > coverage
                || ties < 0
                || valuedTies < 0
                || valuedTies > ties
                || outsideTies < 0
                || outsideTies > ties) {
            throw new IllegalArgumentException("inconsistent link figures");
        }
    }

    /**
     * The figures of a link from its members' scales and the ties they supply local customers through (as in
     * the resilience analysis's concentration): linear in those members' ties.
     *
     * @param members the numbers of the link's enterprises in {@code ties}
     * @param enterprises the enterprises by number
     */
    static LinkFigures fromTies(int[] members, EnterpriseNode[] enterprises, TieGraph ties) {
        int local = 0;
        int above = 0;
        long toLocal = 0;
        long valued = 0;
        double value = 0;
        long outside = 0;
        double outsideValue = 0;
        for (int v : members) {
            EnterpriseNode e = enterprises[v];
            if (e.local()) {
                local++;
                above += e.aboveScale() ? 1 : 0;
            }
            for (int i = 0; i < ties.outDegree(v); i++) {
                int t = ties.outTie(v, i);
                if (enterprises[ties.customer(t)].local()) {
                    boolean positive = ties.value(t) > 0;
                    toLocal++;
                    valued += positive ? 1 : 0;
                    value += positive ? ties.value(t) : 0;
                    outside += e.local() ? 0 : 1;
                    outsideValue += positive && !e.local() ? ties.value(t) : 0;
                }
            }
        }
        return new LinkFigures(local, above, toLocal, valued, value, outside, outsideValue);
    }

    /**
     * The share of the ties from non-local suppliers, weighted by value when every tie has a positive value and by
     * count otherwise; 0 without ties.
     */
    public double dependency() {
        if (ties == 0) {
            return 0.0;
        }
        return valuedTies == ties ? outsideValue / value : (double) outsideTies / ties;
    }
}

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
        if (coverage < 0 || aboveScale < 0 || aboveScale > coverage || ties < 0 || valuedTies < 0
                || valuedTies > ties || outsideTies < 0 || outsideTies > ties) {
            throw new IllegalArgumentException("inconsistent link figures");
        }
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

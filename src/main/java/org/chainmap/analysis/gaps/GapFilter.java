package org.chainmap.analysis.gaps;

import org.chainmap.domain.LinkStage;

/**
 * Narrows the gap rows of a chain, or of every chain, to those a list on the screen shows, so that a download holds
 * the same rows; the chains' summaries are not changed. Each part is ignored when {@code null}.
 *
 * @param status one status, or {@code "GAP"} for every status but {@link GapStatus#OK}
 * @param stage the links of one stage
 * @param key key links only ({@code true}) or the others only ({@code false})
 */
public record GapFilter(String status, LinkStage stage, Boolean key) {
    public static final GapFilter NONE = new GapFilter(null, null, null);
    /** The value of {@code status} that keeps every link to build, fill, extend or strengthen. */
    public static final String GAP = "GAP";

    public GapFilter {
        if (status != null && !status.equals(GAP)) {
            GapStatus.valueOf(status);
        }
    }

    public GapReport apply(GapReport report) {
        return new GapReport(
                report.chain(), report.links().stream().filter(this::matches).toList());
    }

    public AllGaps apply(AllGaps all) {
        return new AllGaps(all.chains().stream().map(this::apply).toList());
    }

    boolean matches(LinkGap link) {
        if (status != null
                && (status.equals(GAP)
                        ? link.status() == GapStatus.OK
                        : !link.status().name().equals(status))) {
            return false;
        }
        return (stage == null || link.stage() == stage) && (key == null || link.key() == key);
    }
}

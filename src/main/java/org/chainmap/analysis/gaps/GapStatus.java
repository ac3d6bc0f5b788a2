package org.chainmap.analysis.gaps;

/**
 * What a link of a chain needs (SPEC section 4), with the roadmap action in Chinese. The chain-level 建链 (build
 * the chain) is {@link ChainSummary#build()}; an {@code OK} link needs no action, so its action is {@code null}
 * (an empty cell in tables and spreadsheets).
 */
public enum GapStatus {
    /** 延链: not covered, at an end of what is local (nothing covered downstream, or an upstream raw input). */
    EXTEND("延链"),
    /** 补链: not covered, a hole between covered links. */
    FILL("补链"),
    /** 强链: covered, but thinly (one enterprise, none above scale, or mostly supplied from outside). */
    STRENGTHEN("强链"),
    OK(null);

    private final String action;

    GapStatus(String action) {
        this.action = action;
    }

    /** 延链, 补链, 强链, or {@code null} for {@code OK}. */
    public String action() {
        return action;
    }

    /** A gap link is one whose status is not {@code OK}. */
    public boolean isGap() {
        return this != OK;
    }
}

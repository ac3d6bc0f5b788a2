package org.chainmap.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.chainmap.store.Store;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Computes the graph's counts and the headline figures from the graph, never from stored figures. */
public final class ReportService {
    /** 1 亿元 = 10,000 万元. */
    private static final double WAN_PER_YI = 10_000.0;

    private final Store store;
    private final String bureau;

    /** @param bureau the lead agency whose chains count as bureau-led, e.g. 区工业和信息化局 */
    public ReportService(Store store, String bureau) {
        this.store = store;
        this.bureau = bureau;
    }

    public Counts counts() {
        Record r = store.read("report/counts", Map.of()).getFirst();
        return new Counts(
                r.get("chains").asLong(),
                r.get("links").asLong(),
                r.get("enterprises").asLong(),
                r.get("localEnterprises").asLong(),
                r.get("supplies").asLong(),
                r.get("leaders").asLong(),
                r.get("parks").asLong(),
                r.get("projects").asLong());
    }

    public Report report() {
        return new Report(counts(), headline());
    }

    public Headline headline() {
        Record r = store.read("report/headline", Map.of("bureau", bureau)).getFirst();
        long talks = 0;
        long signed = 0;
        long construction = 0;
        for (Value pair : r.get("chainProjectStages").values()) {
            String stage = pair.get(0).isNull() ? "" : pair.get(0).asString();
            long n = pair.get(1).asLong();
            switch (stage) {
                case "TALKS" -> talks = n;
                case "SIGNED" -> signed = n;
                case "CONSTRUCTION" -> construction = n;
                default -> {}
            }
        }
        Value tech = r.get("techUpgrade");
        Value referral = r.get("referral");
        return new Headline(
                r.get("chains").asLong(),
                r.get("bureauLedChains").asLong(),
                r.get("leaders").asLong(),
                r.get("parks").asLong(),
                r.get("certifiedParks").asLong(),
                round2(r.get("parkAreaMu").asDouble()),
                r.get("parkUnits").asLong(),
                r.get("certifiedParkTenants").asLong(),
                new Headline.ChainProjects(talks, signed, construction),
                new Headline.TechUpgrade(
                        tech.get("count").asLong(),
                        yi(tech.get("investment")),
                        tech.get("started").asLong()),
                new Headline.Referral(
                        referral.get("count").asLong(),
                        yi(referral.get("investment")),
                        referral.get("signed").asLong()));
    }

    private static double yi(Value wan) {
        return round2(wan.asDouble() / WAN_PER_YI);
    }

    /** Sums of decimals carry binary noise (1490.2299999…); figures are shown to the hundredth. */
    private static double round2(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}

package org.chainmap.simulate;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.chainmap.analysis.gaps.GapStatus;
import org.chainmap.domain.Scale;

/**
 * What {@code POST /api/v1/simulate} and {@code chainmap simulate} answer (SPEC section 13): the enterprise's links
 * and their chains, the park and the per-mu evaluation before and after the enterprise lands, and its ties to local
 * enterprises. Every "after" is what the analyses give once the enterprise is really imported that way.
 *
 * @param enterprise the enterprise simulated; a new one without a credit code has {@link Simulator#NEW_ENTERPRISE}
 * @param links the links it would work in (its own and those given), by id
 * @param chains the chains of those links, by id
 * @param park the park it would be a tenant of; null when none was given
 * @param evaluation its per-mu evaluation of the year; null when the graph holds no evaluation rows and no year was
 *     given
 * @param localTies its supply ties (either way) with local enterprises, once it is local itself
 */
public record Simulation(
        Named enterprise,
        List<LinkChange> links,
        List<ChainChange> chains,
        ParkChange park,
        EvaluationChange evaluation,
        int localTies) {
    public Simulation {
        links = List.copyOf(links);
        chains = List.copyOf(chains);
    }

    /** The enterprise simulated, and whether the graph holds it already. */
    public record Named(String uscc, String name, boolean existing) {}

    /** A link of the enterprise: its gap figures before and after. */
    public record LinkChange(
            String linkId, String name, String nameEn, String chainId, LinkState before, LinkState after) {}

    /** What the gap analysis says of a link. */
    public record LinkState(GapStatus status, String action, int coverage, double gapScore) {}

    /** A chain of the enterprise's links: its covered links and whether it needs building (建链), before and after. */
    public record ChainChange(
            String id,
            String name,
            String nameEn,
            int coveredBefore,
            int coveredAfter,
            boolean buildBefore,
            boolean buildAfter) {}

    /**
     * The park's lead-industry concentration against its goal and its occupancy, before and after; a figure is null
     * where the park's figures leave it unknown.
     */
    public record ParkChange(
            String id,
            String name,
            Double concentrationBefore,
            Double concentrationAfter,
            boolean meetsGoalBefore,
            boolean meetsGoalAfter,
            Double occupancyBefore,
            Double occupancyAfter) {}

    /**
     * The enterprise's evaluation in the year once it has its row, and the other enterprises whose class changes.
     *
     * @param className JSON {@code class}
     * @param classBefore its class before, null when it had no evaluation row of the year
     */
    public record EvaluationChange(
            int year,
            Scale scale,
            double score,
            int rank,
            @JsonProperty("class") String className,
            double fundRatio,
            String classBefore,
            List<ClassChange> classChanges) {
        public EvaluationChange {
            classChanges = List.copyOf(classChanges);
        }
    }

    /** Another enterprise whose class the landing changes. */
    public record ClassChange(String uscc, String name, String from, String to) {}
}

package org.chainmap.report;

import java.util.Collection;
import java.util.Set;
import org.chainmap.domain.Hundredths;
import org.chainmap.domain.ProjectStage;

/**
 * The pipeline's figures of the headline (SPEC section 8) over projects at their stages of one day: CHAIN projects of
 * the bureau-led chains by stage, tech-upgrade projects (how many, their investment in 亿元, how many started) and
 * referral projects (how many, investment, how many signed). Cost: one pass over the projects.
 */
public record PipelineFigures(
        Headline.ChainProjects chainProjects, Headline.TechUpgrade techUpgrade, Headline.Referral referral) {
    /** 1 亿元 = 10,000 万元. */
    private static final double WAN_PER_YI = 10_000.0;

    private static final Set<ProjectStage> STARTED = Set.of(ProjectStage.CONSTRUCTION, ProjectStage.OPERATING);
    private static final Set<ProjectStage> SIGNED =
            Set.of(ProjectStage.SIGNED, ProjectStage.CONSTRUCTION, ProjectStage.OPERATING);

    public static PipelineFigures of(Collection<ProjectAt> projects) {
        long[] chain = new long[ProjectStage.values().length];
        long tech = 0;
        double techWan = 0;
        long started = 0;
        long referral = 0;
        double referralWan = 0;
        long signed = 0;
        for (ProjectAt p : projects) {
            double wan = p.investment() == null ? 0 : p.investment();
            switch (p.type()) {
                case CHAIN -> chain[p.stage().ordinal()] += p.bureauLed() ? 1 : 0;
                case TECH_UPGRADE -> {
                    tech++;
                    techWan += wan;
                    started += STARTED.contains(p.stage()) ? 1 : 0;
                }
                case REFERRAL -> {
                    referral++;
                    referralWan += wan;
                    signed += SIGNED.contains(p.stage()) ? 1 : 0;
                }
                default -> {}
            }
        }
        return new PipelineFigures(
                new Headline.ChainProjects(
                        chain[ProjectStage.TALKS.ordinal()],
                        chain[ProjectStage.SIGNED.ordinal()],
                        chain[ProjectStage.CONSTRUCTION.ordinal()]),
                new Headline.TechUpgrade(tech, yi(techWan), started),
                new Headline.Referral(referral, yi(referralWan), signed));
    }

    /** An amount in 万元 in 亿元, to the hundredth. */
    static double yi(double wan) {
        return Hundredths.of(wan / WAN_PER_YI);
    }
}

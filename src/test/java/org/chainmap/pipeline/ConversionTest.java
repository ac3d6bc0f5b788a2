package org.chainmap.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chainmap.domain.ProjectSource;
import org.chainmap.domain.ProjectStage;
import org.chainmap.pipeline.Conversion.Band;
import org.chainmap.pipeline.Conversion.ConversionRow;
import org.chainmap.pipeline.Conversion.Course;
import org.junit.jupiter.api.Test;

class ConversionTest {
    private static final ProjectStage LEAD = ProjectStage.LEAD;
    private static final ProjectStage TALKS = ProjectStage.TALKS;
    private static final ProjectStage SIGNED = ProjectStage.SIGNED;
    private static final ProjectStage CONSTRUCTION = ProjectStage.CONSTRUCTION;
    private static final ProjectStage DROPPED = ProjectStage.DROPPED;

    /*
     * TARGETS rank 3: LEAD→TALKS→SIGNED; rank 7: LEAD only; rank 10: LEAD→CONSTRUCTION (skipped talks and signing);
     * rank 12: LEAD→TALKS→DROPPED; rank 60: LEAD→DROPPED. REFERRALS rank 1: LEAD→TALKS. A project without source
     * (kept before sources were) at SIGNED, and an OTHER one at LEAD.
     */
    private final Conversion conversion = Conversion.of(List.of(
            new Course(ProjectSource.TARGETS, 3L, List.of(LEAD, TALKS, SIGNED)),
            new Course(ProjectSource.TARGETS, 7L, List.of(LEAD)),
            new Course(ProjectSource.TARGETS, 10L, List.of(LEAD, CONSTRUCTION)),
            new Course(ProjectSource.TARGETS, 12L, List.of(LEAD, TALKS, DROPPED)),
            new Course(ProjectSource.TARGETS, 60L, List.of(LEAD, DROPPED)),
            new Course(ProjectSource.REFERRALS, 1L, List.of(LEAD, TALKS)),
            new Course(null, null, List.of(SIGNED)),
            new Course(ProjectSource.OTHER, null, List.of(LEAD))));

    private ConversionRow row(ProjectSource source, Band band) {
        return conversion.rows().stream()
                .filter(r -> r.source() == source && r.band() == band)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shouldCountAProjectThatSkippedAStageAsHavingReachedIt() {
        // ranks 3, 7, 10: created 3, talks 2 (3 and 10), signed 2 (3 and 10)
        assertThat(row(ProjectSource.TARGETS, Band.TOP_10))
                .isEqualTo(new ConversionRow(ProjectSource.TARGETS, Band.TOP_10, 3, 2, 2, 2 / 3.0, 2 / 3.0));
    }

    @Test
    void shouldKeepWhatADroppedProjectReached() {
        assertThat(row(ProjectSource.TARGETS, Band.TOP_50))
                .isEqualTo(new ConversionRow(ProjectSource.TARGETS, Band.TOP_50, 1, 1, 0, 1.0, 0.0));
        assertThat(row(ProjectSource.TARGETS, Band.BEYOND_50))
                .isEqualTo(new ConversionRow(ProjectSource.TARGETS, Band.BEYOND_50, 1, 0, 0, 0.0, 0.0));
    }

    @Test
    void shouldCountAProjectWithoutSourceAsOtherAndWithoutRankInTheBandNone() {
        assertThat(row(ProjectSource.OTHER, Band.NONE))
                .isEqualTo(new ConversionRow(ProjectSource.OTHER, Band.NONE, 2, 1, 1, 0.5, 0.5));
        assertThat(row(ProjectSource.REFERRALS, Band.TOP_10).signed()).isZero();
    }

    @Test
    void shouldListEverySourceByEveryBandWithoutARateWhereNothingWasCreated() {
        assertThat(conversion.rows()).hasSize(16);
        assertThat(row(ProjectSource.VISITS, Band.NONE))
                .isEqualTo(new ConversionRow(ProjectSource.VISITS, Band.NONE, 0, 0, 0, null, null));
    }
}

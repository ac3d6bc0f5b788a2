package org.chainmap.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;
import org.junit.jupiter.api.Test;

/** Which open projects are stalled, and why, on a hand-worked set (SPEC section 10). */
class StallingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static Project project(String id, ProjectStage stage, String owner, String lastChange, String due) {
        return Project.of(id, "项目" + id, ProjectType.CHAIN, stage, null, null, null, null, null, null, "2025-01")
                .following(owner, due == null ? null : "下一步", due, lastChange);
    }

    @Test
    void shouldListOverdueFirstThenIdleLongerThanAllowedByOwner() {
        List<Project> all = List.of(
                // 36 days idle, nothing due: no progress
                project("A", ProjectStage.TALKS, "王", "2026-10-31", null),
                // 30 days idle: exactly the allowance, not stalled
                project("B", ProjectStage.TALKS, "王", "2026-11-06", null),
                // due yesterday: overdue although it moved last week
                project("C", ProjectStage.SIGNED, "刘", "2026-11-29", "2026-12-05"),
                // due today: not yet overdue
                project("D", ProjectStage.LEAD, "刘", "2026-11-29", "2026-12-06"),
                // idle for a year but operating: done, never stalled
                project("E", ProjectStage.OPERATING, "王", "2025-12-01", "2026-01-01"),
                // dropped: never stalled
                project("F", ProjectStage.DROPPED, null, "2025-12-01", null),
                // no event: counts from its updated month, 2025-01-01; no owner: listed last
                project("G", ProjectStage.LEAD, null, null, null));

        List<Project> stalled = Stalling.of(all, TODAY, 30);

        assertThat(stalled)
                .extracting(p -> p.id() + " " + p.reason() + " " + p.idleDays())
                .containsExactly("C OVERDUE 7", "A NO_PROGRESS 36", "G NO_PROGRESS 704");
    }

    @Test
    void shouldFollowTheAllowedDays() {
        List<Project> one = List.of(project("A", ProjectStage.TALKS, "王", "2026-10-31", null));
        assertThat(Stalling.of(one, TODAY, 35)).hasSize(1);
        assertThat(Stalling.of(one, TODAY, 36)).isEmpty();
    }
}

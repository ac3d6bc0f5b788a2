package org.chainmap.pipeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chainmap.domain.Days;

/**
 * Which open projects are stalled (SPEC section 10): the next step's due date has passed ({@code OVERDUE}, named
 * first since it is a promise broken), or the last stage event is more than the allowed days old ({@code
 * NO_PROGRESS}). A project without any dated event counts from its {@code updated} date.
 */
final class Stalling {
    private Stalling() {}

    static List<Project> of(List<Project> projects, LocalDate today, int stalledDays) {
        if (stalledDays < 0) {
            throw new IllegalArgumentException("stalled days must not be negative: " + stalledDays);
        }
        List<Project> stalled = new ArrayList<>();
        for (Project p : projects) {
            if (!p.open()) {
                continue;
            }
            LocalDate last = Days.parse(p.lastChange() != null ? p.lastChange() : p.updated());
            long idle = last == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(last, today));
            LocalDate due = Days.parse(p.nextStepDue());
            if (due != null && due.isBefore(today)) {
                stalled.add(p.stalled(idle, Project.StallReason.OVERDUE));
            } else if (last != null && idle > stalledDays) {
                stalled.add(p.stalled(idle, Project.StallReason.NO_PROGRESS));
            }
        }
        stalled.sort(Comparator.comparing((Project p) -> p.owner() == null ? "\uffff" : p.owner())
                .thenComparing(Project::idleDays, Comparator.reverseOrder())
                .thenComparing(Project::id));
        return stalled;
    }
}

package org.chainmap.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.chainmap.domain.ProjectSource;
import org.chainmap.domain.ProjectStage;

/**
 * Whether the recommendations work (SPEC section 11): for each source of projects and band of the rank of the row a
 * project was created from, how many projects were created, how many reached {@code TALKS} or beyond and how many
 * {@code SIGNED} or beyond at any time (a project that skipped a stage reached it; one dropped later keeps what it
 * reached), and the rates. Projects kept before sources were count as {@code OTHER}. Cost: one pass over the projects.
 *
 * @param rows every source (in its order) by every band, empty ones included
 */
public record Conversion(List<ConversionRow> rows) {
    public Conversion {
        rows = List.copyOf(rows);
    }

    /** The bands of {@code recommended.rank}. */
    public enum Band {
        TOP_10("1–10"),
        TOP_50("11–50"),
        BEYOND_50("51+"),
        NONE("none");

        private final String shown;

        Band(String shown) {
            this.shown = shown;
        }

        public String shown() {
            return shown;
        }

        static Band of(Long rank) {
            if (rank == null) {
                return NONE;
            }
            return rank <= 10 ? TOP_10 : rank <= 50 ? TOP_50 : BEYOND_50;
        }
    }

    /**
     * One source and band: projects created, those that reached talks and signing, the shares of them (null when none
     * was created).
     */
    public record ConversionRow(
            ProjectSource source, Band band, int created, int talks, int signed, Double talksRate, Double signedRate) {}

    /** A project as the conversion reads it: its source, the rank it was recommended at, the stages it has been at. */
    public record Course(ProjectSource source, Long rank, Collection<ProjectStage> stages) {
        /** The furthest stage in the order it has been at; null when it has only been dropped. */
        ProjectStage furthest() {
            return stages.stream()
                    .filter(s -> s != ProjectStage.DROPPED)
                    .max(Enum::compareTo)
                    .orElse(null);
        }
    }

    public static Conversion of(Collection<Course> projects) {
        int bands = Band.values().length;
        int[][] counts = new int[ProjectSource.values().length * bands][3];
        for (Course p : projects) {
            ProjectSource source = p.source() == null ? ProjectSource.OTHER : p.source();
            int[] cell = counts[source.ordinal() * bands + Band.of(p.rank()).ordinal()];
            ProjectStage furthest = p.furthest();
            cell[0]++;
            cell[1] += furthest != null && furthest.compareTo(ProjectStage.TALKS) >= 0 ? 1 : 0;
            cell[2] += furthest != null && furthest.compareTo(ProjectStage.SIGNED) >= 0 ? 1 : 0;
        }
        List<ConversionRow> rows = new ArrayList<>();
        for (ProjectSource source : ProjectSource.values()) {
            for (Band band : Band.values()) {
                int[] c = counts[source.ordinal() * bands + band.ordinal()];
                rows.add(new ConversionRow(source, band, c[0], c[1], c[2], rate(c[1], c[0]), rate(c[2], c[0])));
            }
        }
        return new Conversion(rows);
    }

    private static Double rate(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}

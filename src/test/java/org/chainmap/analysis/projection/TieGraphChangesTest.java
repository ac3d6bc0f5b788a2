package org.chainmap.analysis.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link TieGraph#withChanges}: a changed tie in its place, a new one where its supplier and customer put it. */
class TieGraphChangesTest {
    private static final double NONE = Double.NaN;

    /** 0→1, 0→3, 2→1: in order of supplier, then customer. */
    private static TieGraph base() {
        return new TieGraph.Builder()
                .add(0, 1, 10, 0.5, "survey", "2021")
                .add(0, 3, 20, NONE, null, null)
                .add(2, 1, 30, 0.9, "customs", "2022")
                .build(4);
    }

    @Test
    void shouldReplaceAChangedTieAndPlaceANewOne() {
        TieGraph changed = base().withChanges(new TieGraph.Builder()
                .add(0, 2, 5, 0.7, "survey", null) // new, between 0→1 and 0→3
                .add(2, 1, 31, 0.2, "customs", "2023")); // changed
        assertThat(changed.size()).isEqualTo(4);
        assertThat(changed.supplier(1)).isZero();
        assertThat(changed.customer(1)).isEqualTo(2);
        assertThat(changed.value(1)).isEqualTo(5);
        assertThat(changed.value(3)).isEqualTo(31);
        assertThat(changed.since(3)).isEqualTo("2023");
        assertThat(changed.value(0)).isEqualTo(10);
        assertThat(changed.value(2)).isEqualTo(20);
        // enterprise 0 now supplies 1, 2 and 3; 1's strongest partner 2 is now its 0.2 tie, weaker than 0's 0.5
        assertThat(changed.outDegree(0)).isEqualTo(3);
        assertThat(changed.inDegree(2)).isEqualTo(1);
        assertThat(changed.partnerCount(1)).isEqualTo(2);
        assertThat(changed.partner(1, 1)).isEqualTo(2);
        assertThat(changed.partnerStrength(1, 1)).isEqualTo(0.2);
        assertThat(changed.partnerStrength(1, 0)).isEqualTo(0.5);
    }

    @Test
    void shouldGiveNoGraphWhenItsTiesAreNotInOrder() {
        TieGraph unordered = new TieGraph.Builder()
                .add(2, 1, 1, NONE, null, null)
                .add(0, 1, 1, NONE, null, null)
                .build(3);
        assertThat(unordered.withChanges(new TieGraph.Builder().add(0, 2, 1, NONE, null, null)))
                .isNull();
    }

    @Test
    void shouldRefuseChangesOutOfOrder() {
        assertThatThrownBy(() -> base().withChanges(new TieGraph.Builder()
                        .add(2, 1, 1, NONE, null, null)
                        .add(0, 1, 1, NONE, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

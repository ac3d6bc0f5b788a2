package org.chainmap.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FirstLinesTest {
    private static ParsedRow supply(String supplier, String customer) {
        return new ParsedRow(
                supplier + "\u0000" + customer,
                new ImportRow.Supply(supplier, customer, null, null, null, null),
                List.of());
    }

    @Test
    void shouldTellTheFirstLineOfEachPairOfEnterprises() {
        FirstLines seen = new FirstLines();
        int n = 5_000; // past several growths of the table
        for (int i = 0; i < n; i++) {
            assertThat(seen.putIfAbsent(supply("S" + i, "C" + (i % 7)), i + 2)).isEqualTo(-1);
        }
        for (int i = 0; i < n; i++) {
            assertThat(seen.putIfAbsent(supply("S" + i, "C" + (i % 7)), n + i + 2))
                    .isEqualTo(i + 2);
        }
        // the same enterprises the other way round are another tie
        assertThat(seen.putIfAbsent(supply("C0", "S0"), 1)).isEqualTo(-1);
        assertThat(seen.putIfAbsent(supply("C0", "S0"), 9)).isEqualTo(1);
    }

    @Test
    void shouldKeepOtherKeysAsTheyAre() {
        FirstLines seen = new FirstLines();
        ParsedRow chain = new ParsedRow("nev", new ImportRow.Chain("nev", "新能源汽车", null, null, null), List.of());
        assertThat(seen.putIfAbsent(chain, 2)).isEqualTo(-1);
        assertThat(seen.putIfAbsent(chain, 4)).isEqualTo(2);
    }
}

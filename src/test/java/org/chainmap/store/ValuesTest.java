package org.chainmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValuesTest {
    @Test
    void shouldKeepAMissingPropertyUnknown() {
        assertThat(Values.text(org.neo4j.driver.Values.NULL)).isNull();
        assertThat(Values.number(org.neo4j.driver.Values.NULL)).isNull();
        assertThat(Values.whole(org.neo4j.driver.Values.NULL)).isNull();
    }

    @Test
    void shouldReadIntegersAndFloatsAsEitherKindOfNumber() {
        assertThat(Values.number(org.neo4j.driver.Values.value(12L))).isEqualTo(12.0);
        assertThat(Values.whole(org.neo4j.driver.Values.value(3.0))).isEqualTo(3L);
        assertThat(Values.text(org.neo4j.driver.Values.value("即墨"))).isEqualTo("即墨");
    }
}

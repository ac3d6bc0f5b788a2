package org.chainmap.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.chainmap.domain.LinkStage;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;
import org.chainmap.domain.Scale;
import org.chainmap.domain.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnumsTest {
    @ParameterizedTest
    @CsvSource({"上游,UPSTREAM", "中游,MIDSTREAM", "下游,DOWNSTREAM", "upstream,UPSTREAM", "Downstream,DOWNSTREAM"})
    void shouldReadLinkStagesInEnglishOrChinese(String text, LinkStage expected) {
        assertThat(Enums.parse(LinkStage.class, text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"规上,ABOVE", "规下,BELOW", "规模以上,ABOVE", "above,ABOVE"})
    void shouldReadScales(String text, Scale expected) {
        assertThat(Enums.parse(Scale.class, text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"高新技术企业,HIGH_TECH", "专精特新,SRDI", "小巨人,LITTLE_GIANT", "上市,LISTED", "high-tech,HIGH_TECH"})
    void shouldReadTags(String text, Tag expected) {
        assertThat(Enums.parse(Tag.class, text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"在谈,TALKS", "签约,SIGNED", "在建,CONSTRUCTION", "LEAD,LEAD", "dropped,DROPPED"})
    void shouldReadProjectStages(String text, ProjectStage expected) {
        assertThat(Enums.parse(ProjectStage.class, text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"以链招引,CHAIN", "以企招企,REFERRAL", "以园招引,PARK", "技改,TECH_UPGRADE", "tech_upgrade,TECH_UPGRADE"})
    void shouldReadProjectTypes(String text, ProjectType expected) {
        assertThat(Enums.parse(ProjectType.class, text)).contains(expected);
    }

    @Test
    void shouldNotGuessAnUnknownValue() {
        assertThat(Enums.parse(LinkStage.class, "上中游")).isEmpty();
    }
}

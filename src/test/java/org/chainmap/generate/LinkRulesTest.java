package org.chainmap.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkRulesTest {
    final ChainSkeleton skeleton = ChainSkeleton.load();

    @Test
    void shouldGiveEveryLinkOfTheShippedSkeletonCodesKeywordsAndProducts() {
        LinkRules rules = LinkRules.load(skeleton);
        for (ChainSkeleton.Link l : skeleton.links()) {
            LinkRules.Rule rule = rules.of(l.index());
            assertThat(rule.codes()).as(l.id()).isNotEmpty();
            assertThat(rule.keywords()).as(l.id()).isNotEmpty();
            assertThat(rule.products()).as(l.id()).hasSizeGreaterThanOrEqualTo(4);
            // most products hold a keyword of the link, so that the rules can find the link's enterprises
            long found = rule.products().stream()
                    .filter(p -> rule.keywords().stream()
                            .anyMatch(k -> p.toLowerCase().contains(k.toLowerCase())))
                    .count();
            assertThat(found).as(l.id()).isGreaterThanOrEqualTo(2);
        }
        LinkRules.Rule cell = rules.of(skeleton.links().stream()
                .filter(l -> l.id().equals("nev.cell"))
                .findFirst()
                .orElseThrow()
                .index());
        assertThat(cell.enterpriseCodes()).containsExactly("3841");
        assertThat(cell.excludes()).contains("回收");
    }

    @Test
    void shouldNameALinkWithoutALineAndACodeItCannotRead() {
        List<String> lines = new ArrayList<>(ResourceLines.of(LinkRules.RESOURCE).stream()
                .filter(l -> !l.startsWith("nev.cell "))
                .toList());
        assertThatThrownBy(() -> LinkRules.parse(lines, skeleton)).hasMessageContaining("no line for link nev.cell");

        lines.add("nev.cell | 3841 | 38415 | 电芯 | | 电芯、动力电池");
        assertThatThrownBy(() -> LinkRules.parse(lines, skeleton))
                .hasMessageContaining("not a code of 2 to 4 digits: 38415");
    }

    @Test
    void shouldWriteTheSectionLetterOfAnyDivision() {
        assertThat(IndustryClasses.section("0411")).isEqualTo('A');
        assertThat(IndustryClasses.section("3841")).isEqualTo('C');
        assertThat(IndustryClasses.section("4630")).isEqualTo('D');
        assertThat(IndustryClasses.section("5179")).isEqualTo('F');
        assertThat(IndustryClasses.section("6513")).isEqualTo('I');
        assertThat(IndustryClasses.section("7340")).isEqualTo('M');
        assertThat(IndustryClasses.load().name("3841")).isEqualTo("锂离子电池制造");
    }
}

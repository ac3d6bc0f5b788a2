package org.chainmap.domain;

import java.util.List;

/** Pipeline stages in their order; {@link #DROPPED} stands apart from the order. */
public enum ProjectStage implements Labelled {
    LEAD("线索", List.of("储备")),
    TALKS("在谈", List.of("洽谈")),
    SIGNED("签约", List.of("已签约")),
    CONSTRUCTION("在建", List.of("开工", "已开工")),
    OPERATING("投产", List.of("运营", "已投产")),
    DROPPED("终止", List.of("放弃"));

    private final String zh;
    private final List<String> aliases;

    ProjectStage(String zh, List<String> aliases) {
        this.zh = zh;
        this.aliases = aliases;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** True for stages at or beyond {@code other} in the pipeline order; never for {@link #DROPPED}. */
    public boolean reached(ProjectStage other) {
        return this != DROPPED && other != DROPPED && ordinal() >= other.ordinal();
    }
}

package org.chainmap.domain;

import java.util.List;

/** The lifecycle stage of a park (SPEC section 12): planned, under construction, operating. */
public enum ParkStage implements Labelled {
    PLANNED("规划", List.of("规划中", "拟建")),
    CONSTRUCTION("在建", List.of("建设中")),
    OPERATING("运营", List.of("已运营", "运营中"));

    private final String zh;
    private final List<String> aliases;

    ParkStage(String zh, List<String> aliases) {
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
}

package org.chainmap.domain;

import java.util.List;

/** How a project came about. */
public enum ProjectType implements Labelled {
    CHAIN("以链招引", List.of("链式招商")),
    REFERRAL("以企招引", List.of("以企招企")),
    PARK("以园招引", List.of()),
    TECH_UPGRADE("技改", List.of("技术改造"));

    private final String zh;
    private final List<String> aliases;

    ProjectType(String zh, List<String> aliases) {
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

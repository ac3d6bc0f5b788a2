package org.chainmap.domain;

import java.util.List;

/** 规上 (above designated size: main-business revenue of 20 million CNY or more) or 规下. */
public enum Scale implements Labelled {
    ABOVE("规上", List.of("规模以上")),
    BELOW("规下", List.of("规模以下"));

    private final String zh;
    private final List<String> aliases;

    Scale(String zh, List<String> aliases) {
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

package org.chainmap.domain;

import java.util.List;

/** Recognitions an enterprise holds. */
public enum Tag implements Labelled {
    HIGH_TECH("高新技术企业", List.of("高新")),
    SRDI("专精特新", List.of("专精特新中小企业")),
    LITTLE_GIANT("小巨人", List.of("专精特新小巨人", "专精特新“小巨人”")),
    LISTED("上市", List.of("上市公司"));

    private final String zh;
    private final List<String> aliases;

    Tag(String zh, List<String> aliases) {
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

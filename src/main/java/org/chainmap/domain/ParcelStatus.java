package org.chainmap.domain;

import java.util.List;

/** 地块状态 (SPEC section 12): in use, idle, being renewed, renewed. */
public enum ParcelStatus implements Labelled {
    IN_USE("在用", List.of("使用中", "正常使用")),
    IDLE("闲置", List.of("空闲")),
    RENEWING("改造中", List.of("在改造")),
    RENEWED("已改造", List.of("改造完成"));

    private final String zh;
    private final List<String> aliases;

    ParcelStatus(String zh, List<String> aliases) {
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

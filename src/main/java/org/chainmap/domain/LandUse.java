package org.chainmap.domain;

import java.util.List;

/** 土地用途 of a parcel (SPEC section 12); parcels are industrial unless a row says otherwise. */
public enum LandUse implements Labelled {
    INDUSTRIAL("工业", List.of("工业用地")),
    WAREHOUSE("仓储", List.of("仓储用地")),
    COMMERCIAL("商业", List.of("商服用地", "商业用地")),
    OTHER("其他", List.of());

    private final String zh;
    private final List<String> aliases;

    LandUse(String zh, List<String> aliases) {
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

package org.chainmap.domain;

import java.util.List;

/** What a visit (走访) learned of the visited enterprise's intentions (SPEC section 10). */
public enum VisitIntention implements Labelled {
    NONE("无", List.of("无意向", "暂无")),
    EXPAND("扩产", List.of("增资扩产")),
    NEW_PROJECT("新项目", List.of("新上项目")),
    RELOCATE_OUT("外迁风险", List.of("外迁")),
    REFER("可引荐", List.of("引荐", "以企招企"));

    private final String zh;
    private final List<String> aliases;

    VisitIntention(String zh, List<String> aliases) {
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

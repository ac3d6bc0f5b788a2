package org.chainmap.domain;

/** Where a project of the workbench came from: a row of the target ranking, of a referral list, a visit, or else. */
public enum ProjectSource implements Labelled {
    TARGETS("以链招引推荐"),
    REFERRALS("以企招企推荐"),
    VISITS("走访"),
    OTHER("其他");

    private final String zh;

    ProjectSource(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}

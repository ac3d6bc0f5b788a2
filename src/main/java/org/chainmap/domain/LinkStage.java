package org.chainmap.domain;

/** Where a link sits in its chain. */
public enum LinkStage implements Labelled {
    UPSTREAM("上游"),
    MIDSTREAM("中游"),
    DOWNSTREAM("下游");

    private final String zh;

    LinkStage(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}

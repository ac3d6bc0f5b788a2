package org.chainmap.chains;

import java.util.List;
import org.chainmap.analysis.gaps.ChainSummary;
import org.chainmap.analysis.gaps.LinkGap;

/** A chain drawn as a map: its links with gap status and coverage, the FEEDS edges between them, its leaders. */
public record ChainMap(ChainSummary chain, List<LinkGap> links, List<Feed> feeds, List<Leader> leaders) {
    public ChainMap {
        links = List.copyOf(links);
        feeds = List.copyOf(feeds);
        leaders = List.copyOf(leaders);
    }

    /** Upstream link to downstream link. */
    public record Feed(String from, String to) {}

    public record Leader(String uscc, String name, boolean local) {}
}

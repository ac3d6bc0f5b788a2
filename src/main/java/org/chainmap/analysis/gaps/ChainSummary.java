package org.chainmap.analysis.gaps;

/**
 * A chain's headline in the gap analysis.
 *
 * @param nameEn its English name, {@code null} where none was imported
 * @param links how many links the chain has
 * @param coveredLinks how many of them at least one local enterprise works in
 * @param leaders how many local enterprises lead the chain (the leaders the {@code build} flag looks at)
 * @param build 建链: no local leader and fewer than 30% (configurable) of the links covered; true without links
 */
public record ChainSummary(
        String id, String name, String nameEn, int links, int coveredLinks, int leaders, boolean build) {}

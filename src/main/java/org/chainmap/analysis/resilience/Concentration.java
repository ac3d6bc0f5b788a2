package org.chainmap.analysis.resilience;

/**
 * How concentrated the suppliers of a link selling to local customers are: the Herfindahl–Hirschman index on a
 * 0–1 scale (1: a single supplier), over supplier shares by value when every tie has a positive value, else by
 * tie count.
 */
public record Concentration(String linkId, double hhi) {}

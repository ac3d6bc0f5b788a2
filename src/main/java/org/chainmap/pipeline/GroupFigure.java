package org.chainmap.pipeline;

/**
 * The projects of one type or one chain.
 *
 * @param id the type's name or the chain's id; null for projects tied to no chain
 * @param name the type's Chinese label or the chain's name
 * @param investmentYi their investment in 亿元
 */
public record GroupFigure(String id, String name, long count, double investmentYi, StageCounts stages) {}

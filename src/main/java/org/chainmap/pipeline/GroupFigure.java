package org.chainmap.pipeline;

/**
 * The projects of one type or one chain.
 *
 * @param id the type's name or the chain's id; null for projects tied to no chain
 * @param name the type's Chinese label or the chain's name
 * @param nameEn the chain's English name; null for a type (its id is its English name) and where none was imported
 * @param investmentYi their investment in 亿元
 */
public record GroupFigure(String id, String name, String nameEn, long count, double investmentYi, StageCounts stages) {}

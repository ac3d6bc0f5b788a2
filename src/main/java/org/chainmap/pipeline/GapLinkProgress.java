package org.chainmap.pipeline;

import org.chainmap.domain.ProjectStage;

/**
 * How far the pipeline has got for one gap link.
 *
 * @param name the link's name; null for an id the graph does not know
 * @param nameEn the link's English name; null where none was imported
 * @param furthestStage the furthest stage a live (not dropped) project for the link has reached; null when none has
 * @param projects live projects for the link
 * @param dropped dropped projects for the link
 */
public record GapLinkProgress(
        String linkId,
        String name,
        String nameEn,
        String chainId,
        ProjectStage furthestStage,
        long projects,
        long dropped) {}

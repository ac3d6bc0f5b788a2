package org.chainmap.classify;

import java.util.List;

/**
 * Why an enterprise was assigned to a link: the parts of its confidence and what each matched.
 *
 * @param code the enterprise's industry code where the link lists it or a prefix of it, else null
 * @param listedCode the link's code it matched (the code itself, or its 3- or 2-digit prefix)
 * @param codePart 0.5, 0.35, 0.2 or 0
 * @param product the first product item that contains a keyword, or null
 * @param productKeyword the keyword it contains
 * @param productPart 0.5 or 0
 * @param scopeKeywords the distinct keywords found in the business scope, in the order of the link's keywords
 * @param scopePart 0.15 per scope keyword, at most 0.3
 */
public record Basis(
        String code,
        String listedCode,
        double codePart,
        String product,
        String productKeyword,
        double productPart,
        List<String> scopeKeywords,
        double scopePart) {
    public Basis {
        scopeKeywords = List.copyOf(scopeKeywords);
    }

    /** The confidence these parts give, capped at 1. */
    public double confidence() {
        return Math.min(1.0, codePart + productPart + scopePart);
    }
}

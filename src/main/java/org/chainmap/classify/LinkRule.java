package org.chainmap.classify;

import java.util.List;
import java.util.Set;

/**
 * What assigns enterprises to a link (SPEC section 14): the industry codes it lists (2 to 4 digits), the keywords of
 * its products and business scopes, and the keywords that rule an enterprise out.
 */
public record LinkRule(String linkId, Set<String> industryCodes, List<String> keywords, List<String> excludeKeywords) {
    public LinkRule {
        industryCodes = Set.copyOf(industryCodes);
        keywords =
                keywords.stream().filter(k -> !k.isBlank()).map(String::strip).toList();
        excludeKeywords = excludeKeywords.stream()
                .filter(k -> !k.isBlank())
                .map(String::strip)
                .toList();
    }
}

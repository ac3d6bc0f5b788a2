package org.chainmap.classify;

import java.util.List;

/**
 * An enterprise as classification reads it.
 *
 * @param industryCode its industry code (2 to 4 digits), or null
 * @param products its main products, one item each
 * @param businessScope its business scope (经营范围), or null
 */
public record Subject(String uscc, String name, String industryCode, List<String> products, String businessScope) {
    public Subject {
        products = products == null ? List.of() : List.copyOf(products);
    }
}

package org.chainmap.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainmap.domain.IndustryCode;

/**
 * The rules of classification of every link of the skeleton, and what the registry cells of its enterprises are made
 * of, read from {@code generate/link-rules.txt} (its format is described at the top of the resource). The same for
 * every seed.
 */
final class LinkRules {
    static final String RESOURCE = "generate/link-rules.txt";

    /**
     * One link's line.
     *
     * @param enterpriseCodes 4-digit classes its enterprises are registered under, the first most often
     * @param codes the link's {@code industry_codes}, 2 to 4 digits
     * @param keywords the link's {@code keywords}
     * @param excludes the link's {@code exclude_keywords}
     * @param products what its enterprises list as main products
     */
    record Rule(
            List<String> enterpriseCodes,
            List<String> codes,
            List<String> keywords,
            List<String> excludes,
            List<String> products) {
        Rule {
            enterpriseCodes = List.copyOf(enterpriseCodes);
            codes = List.copyOf(codes);
            keywords = List.copyOf(keywords);
            excludes = List.copyOf(excludes);
            products = List.copyOf(products);
        }
    }

    private final Rule[] rules;

    private LinkRules(Rule[] rules) {
        this.rules = rules;
    }

    static LinkRules load(ChainSkeleton skeleton) {
        return parse(ResourceLines.of(RESOURCE), skeleton);
    }

    static LinkRules parse(List<String> lines, ChainSkeleton skeleton) {
        Map<String, Rule> byId = new HashMap<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] f = Arrays.stream(text.split("\\|", -1)).map(String::strip).toArray(String[]::new);
            require(f.length == 6, "not six fields: " + line);
            Rule rule = new Rule(words(f[1]), words(f[2]), items(f[3]), items(f[4]), items(f[5]));
            require(!rule.enterpriseCodes().isEmpty() && !rule.products().isEmpty(), "no codes or products: " + line);
            for (String code : rule.enterpriseCodes()) {
                require(code.matches("\\d{4}"), "an enterprise code is four digits: " + line);
            }
            for (String code : rule.codes()) {
                Optional<String> read = IndustryCode.parse(code);
                require(read.isPresent() && read.get().equals(code), "not a code of 2 to 4 digits: " + code);
            }
            require(byId.put(f[0], rule) == null, "two lines for " + f[0]);
        }
        Rule[] rules = new Rule[skeleton.links().size()];
        for (ChainSkeleton.Link l : skeleton.links()) {
            rules[l.index()] = byId.remove(l.id());
            require(rules[l.index()] != null, "no line for link " + l.id());
        }
        require(byId.isEmpty(), "lines for links the skeleton does not have: " + byId.keySet());
        return new LinkRules(rules);
    }

    Rule of(int link) {
        return rules[link];
    }

    private static List<String> words(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split("\\s+"));
    }

    private static List<String> items(String field) {
        List<String> items = new ArrayList<>();
        for (String item : field.split("、")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(RESOURCE + ": " + what);
        }
    }
}

package org.chainmap.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Assigns enterprises to links by the links' rules (SPEC section 14). For an enterprise and a link, confidence =
 * the code part (0.5 when its 4-digit industry code is listed, else 0.35 for a listed 3-digit prefix, else 0.2 for a
 * listed 2-digit prefix) + 0.5 when a product contains a keyword + 0.15 per distinct keyword in the business scope
 * (at most 0.3), capped at 1; 0 when the name or a product contains an exclude keyword. The links at or above the
 * threshold, at most the best three (ties by link id), are its assignments.
 *
 * <p>Every keyword and exclude keyword of every link goes into one Aho–Corasick automaton, so each text is read once
 * whatever the number of keywords; overlapping keywords are all found; Latin letters are compared without case.
 * Thread-safe once built.
 */
public final class Classifier {
    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final int MAX_LINKS = 3;
    static final double CODE_4 = 0.5;
    static final double CODE_3 = 0.35;
    static final double CODE_2 = 0.2;
    static final double PRODUCT = 0.5;
    static final double PER_SCOPE_KEYWORD = 0.15;
    static final double SCOPE_CAP = 0.3;

    /** A keyword's meaning for one link. */
    private record Use(int link, boolean exclude, String keyword) {}

    private final List<LinkRule> rules;
    private final double threshold;
    private final Trie trie;
    private final Map<String, List<Use>> uses = new HashMap<>();
    private final Map<String, List<Integer>> linksByCode = new HashMap<>();

    public Classifier(List<LinkRule> rules, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the threshold must be above 0 and at most 1, got " + threshold);
        }
        this.rules =
                rules.stream().sorted(Comparator.comparing(LinkRule::linkId)).toList();
        this.threshold = threshold;
        for (int l = 0; l < this.rules.size(); l++) {
            LinkRule rule = this.rules.get(l);
            for (String code : rule.industryCodes()) {
                linksByCode.computeIfAbsent(code, k -> new ArrayList<>()).add(l);
            }
            for (String k : rule.keywords()) {
                uses.computeIfAbsent(folded(k), x -> new ArrayList<>()).add(new Use(l, false, k));
            }
            for (String k : rule.excludeKeywords()) {
                uses.computeIfAbsent(folded(k), x -> new ArrayList<>()).add(new Use(l, true, k));
            }
        }
        this.trie = Trie.builder().ignoreCase().addKeywords(uses.keySet()).build();
    }

    public double threshold() {
        return threshold;
    }

    public List<LinkRule> rules() {
        return rules;
    }

    /** The links the enterprise is assigned to: at or above the threshold, best first, at most three. */
    public List<Assignment> assign(Subject s) {
        return assign(s, Set.of());
    }

    /**
     * The links the enterprise is assigned to, leaving out {@code skip} (links it is already in, or was rejected
     * for): at or above the threshold, best first, at most three.
     */
    public List<Assignment> assign(Subject s, Set<String> skip) {
        List<Assignment> all = score(s);
        List<Assignment> kept = new ArrayList<>(Math.min(MAX_LINKS, all.size()));
        for (Assignment a : all) {
            if (a.confidence() >= threshold && kept.size() < MAX_LINKS && !skip.contains(a.linkId())) {
                kept.add(a);
            }
        }
        return kept;
    }

    /** Every link the rules give the enterprise any confidence for, best first, then by link id. */
    public List<Assignment> score(Subject s) {
        Map<Integer, Parts> parts = new HashMap<>();
        Set<Integer> excluded = new java.util.HashSet<>();
        codes(s.industryCode(), parts);
        excluded.addAll(excludedBy(s.name()));
        for (String product : s.products()) {
            excluded.addAll(excludedBy(product));
            for (Use u : found(product)) {
                if (!u.exclude()) {
                    Parts p = parts.computeIfAbsent(u.link(), k -> new Parts());
                    if (p.product == null) {
                        p.product = product;
                        p.productKeyword = u.keyword();
                    }
                }
            }
        }
        if (s.businessScope() != null) {
            for (Use u : found(s.businessScope())) {
                if (!u.exclude()) {
                    parts.computeIfAbsent(u.link(), k -> new Parts()).scope.add(u.keyword());
                }
            }
        }
        List<Assignment> out = new ArrayList<>(parts.size());
        parts.forEach((l, p) -> {
            if (!excluded.contains(l)) {
                Basis basis = p.basis(rules.get(l));
                if (basis.confidence() > 0) {
                    out.add(new Assignment(s.uscc(), rules.get(l).linkId(), basis.confidence(), basis));
                }
            }
        });
        out.sort(Comparator.comparingDouble(Assignment::confidence).reversed().thenComparing(Assignment::linkId));
        return out;
    }

    /** The code part of each link: the best of the 4-digit code, its 3-digit and its 2-digit prefix. */
    private void codes(String code, Map<Integer, Parts> parts) {
        if (code == null || code.length() < 2) {
            return;
        }
        String[] prefixes = {
            code.length() == 4 ? code : null, code.length() >= 3 ? code.substring(0, 3) : null, code.substring(0, 2)
        };
        double[] values = {CODE_4, CODE_3, CODE_2};
        for (int i = 0; i < prefixes.length; i++) {
            if (prefixes[i] == null) {
                continue;
            }
            for (int l : linksByCode.getOrDefault(prefixes[i], List.of())) {
                Parts p = parts.computeIfAbsent(l, k -> new Parts());
                if (p.codePart < values[i]) {
                    p.code = code;
                    p.listedCode = prefixes[i];
                    p.codePart = values[i];
                }
            }
        }
    }

    private Set<Integer> excludedBy(String text) {
        Set<Integer> links = new java.util.HashSet<>();
        for (Use u : found(text)) {
            if (u.exclude()) {
                links.add(u.link());
            }
        }
        return links;
    }

    /** Every use of every keyword found in the text, overlapping ones too, in the order found. */
    private List<Use> found(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Collection<Emit> emits = trie.parseText(text);
        List<Use> found = new ArrayList<>(emits.size());
        for (Emit e : emits) {
            found.addAll(uses.getOrDefault(e.getKeyword(), List.of()));
        }
        return found;
    }

    private static String folded(String keyword) {
        return keyword.strip().toLowerCase(Locale.ROOT);
    }

    /** The parts of one link's confidence, gathered while reading one enterprise. */
    private static final class Parts {
        String code;
        String listedCode;
        double codePart;
        String product;
        String productKeyword;
        final Set<String> scope = new LinkedHashSet<>();

        Basis basis(LinkRule rule) {
            List<String> scopeKeywords =
                    rule.keywords().stream().filter(scope::contains).toList();
            return new Basis(
                    code,
                    listedCode,
                    codePart,
                    product,
                    productKeyword,
                    product == null ? 0 : PRODUCT,
                    scopeKeywords,
                    Math.min(SCOPE_CAP, PER_SCOPE_KEYWORD * scopeKeywords.size()));
        }
    }
}

package org.chainmap.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chainmap.analysis.targets.Evidence;
import org.chainmap.analysis.targets.Evidence.Basis;
import org.chainmap.analysis.targets.Evidence.Named;
import org.chainmap.domain.EnterpriseRef;

/**
 * The facts behind a target's score as one cell, each fact a sentence of the {@code sentence.evidence.*} entries of
 * the label catalogue, its source after it and inferred facts marked: "向本地企业 甲 供货（自 2021 年起）〔来源：海关〕；…".
 */
public record EvidenceText(List<Evidence> evidence) implements Worded {
    public EvidenceText {
        evidence = List.copyOf(evidence);
    }

    @Override
    public String in(Labels labels) {
        return evidence.stream().map(e -> fact(e, labels)).collect(Collectors.joining(labels.word("list_separator")));
    }

    @Override
    public String toString() {
        return in(Labels.in(Labels.Lang.EN));
    }

    /** One fact in words, with its source and, when inferred, saying so. */
    static String fact(Evidence e, Labels labels) {
        String text = sentence(e, labels);
        if (e.basis() == Basis.INFERRED) {
            text = labels.word("inferred") + labels.word("colon") + text;
        }
        String source = e.source() == null ? null : labels.value(e.source());
        return source == null ? text : text + labels.sentence("evidence.source", Map.of("source", source));
    }

    private static String sentence(Evidence e, Labels labels) {
        return switch (e.kind()) {
            case TIE -> {
                String since = e.value("since") == null
                        ? ""
                        : labels.sentence(
                                "evidence.since",
                                Map.of("since", e.value("since").toString()));
                yield labels.sentence(
                        "evidence.tie." + e.value("direction"),
                        Map.of("partner", name(e.value("partner")), "since", since));
            }
            case TWO_HOP ->
                ((List<?>) e.value("path")).stream().map(EvidenceText::name).collect(Collectors.joining(" → "));
            case ADAMIC_ADAR -> {
                List<?> partners = (List<?>) e.value("partners");
                int shared = ((Number) e.value("shared")).intValue();
                String named = partners.stream()
                        .map(EvidenceText::name)
                        .collect(Collectors.joining(labels.word("name_separator")));
                String more = shared > partners.size()
                        ? labels.sentence("evidence.more", Map.of("more", Integer.toString(shared - partners.size())))
                        : "";
                yield labels.sentence(
                        "evidence.adamic_adar",
                        Map.of(
                                "index", Figures.threeDecimals(((Number) e.value("index")).doubleValue()),
                                "shared", Integer.toString(shared),
                                "partners", named + more));
            }
            case REVENUE ->
                labels.sentence(
                        "evidence.revenue",
                        Map.of("revenue", Figures.grouped(((Number) e.value("revenue")).doubleValue())));
            case TAGS ->
                labels.sentence(
                        "evidence.tags",
                        Map.of(
                                "tags",
                                ((List<?>) e.value("tags"))
                                        .stream()
                                                .map(t -> labels.value(t.toString()))
                                                .collect(Collectors.joining(labels.word("name_separator")))));
            case PARK ->
                labels.sentence(
                        "evidence.park",
                        Map.of(
                                "park",
                                ((Named) e.value("park")).name(),
                                "free",
                                e.value("freeUnits").toString()));
            case CAPITAL ->
                labels.sentence(
                        "evidence.capital",
                        Map.of("capital", Figures.grouped(((Number) e.value("registeredCapital")).doubleValue())));
            case EMPLOYEES ->
                labels.sentence(
                        "evidence.employees",
                        Map.of("employees", Figures.grouped(((Number) e.value("employees")).doubleValue())));
            case PLACE ->
                labels.sentence(
                        "evidence.place",
                        Map.of("tier", labels.value(e.value("tier").toString())));
            case STRUCTURAL ->
                labels.sentence(
                        "evidence.structural." + e.value("direction"),
                        Map.of(
                                "link", ((Named) e.value("link")).name(),
                                "neighbour", ((Named) e.value("neighbour")).name()));
            case FEASIBILITY ->
                labels.sentence(
                        "evidence.feasibility",
                        Map.of(
                                "link", ((Named) e.value("link")).name(),
                                "feasibility", Figures.threeDecimals(((Number) e.value("feasibility")).doubleValue())));
            case PIPELINE ->
                labels.sentence(
                        "evidence.pipeline",
                        Map.of("stage", labels.value(e.value("stage").toString())));
        };
    }

    private static String name(Object enterprise) {
        EnterpriseRef ref = (EnterpriseRef) enterprise;
        return ref.name() == null ? ref.uscc() : ref.name();
    }
}

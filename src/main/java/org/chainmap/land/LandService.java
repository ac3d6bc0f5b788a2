package org.chainmap.land;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.gaps.GapStatus;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.domain.ChainRef;
import org.chainmap.domain.Scale;
import org.chainmap.evaluation.EvaluationClass;
import org.chainmap.evaluation.EvaluationConfig;
import org.chainmap.evaluation.EvaluationGroup;
import org.chainmap.evaluation.EvaluationInput;
import org.chainmap.evaluation.EvaluationResult;
import org.chainmap.evaluation.EvaluationRow;
import org.chainmap.evaluation.EvaluationService;
import org.chainmap.evaluation.Indicator;
import org.chainmap.parks.ParkService;
import org.chainmap.parks.ParkSummary;
import org.chainmap.store.Query;
import org.chainmap.store.Store;

/**
 * Land on the graph (SPEC section 12): reads the parcels ({@code land/parcels}), evaluates the year of the list and
 * the year before with the per-mu evaluation, takes the gap links of every chain and the parks' focus chains, and
 * answers with {@link LowEfficiency}; the renewals come from {@link RenewalReader}.
 */
public final class LandService {
    static final Query<ParcelFacts> PARCELS = Query.of("land/parcels", ParcelFacts.class);

    private final Store store;
    private final EvaluationService evaluation;
    private final EvaluationConfig evaluationConfig;
    private final AnalysisService analysis;
    private final ParkService parks;
    private final LandRules rules;

    public LandService(
            Store store,
            EvaluationService evaluation,
            EvaluationConfig evaluationConfig,
            AnalysisService analysis,
            ParkService parks,
            LandRules rules) {
        this.store = store;
        this.evaluation = evaluation;
        this.evaluationConfig = evaluationConfig;
        this.analysis = analysis;
        this.parks = parks;
        this.rules = rules;
    }

    /** The low-efficiency list of {@code year}, or of the latest evaluated year when null. */
    public LowEfficiencyList lowEfficiency(Integer year) {
        Integer y = year != null ? year : evaluation.latestYear().orElse(null);
        Map<String, HolderYears> holders = new HashMap<>();
        Map<Scale, Double> benchmarks = new HashMap<>();
        if (y != null) {
            EvaluationResult now = evaluation.evaluate(y, evaluationConfig);
            Map<String, String> before = new HashMap<>();
            evaluation.evaluate(y - 1, evaluationConfig).rows().forEach(r -> before.put(r.uscc(), r.className()));
            Map<String, Double> taxes = new HashMap<>();
            for (EvaluationInput in : evaluation.inputs(y)) {
                if (in.tax() != null) {
                    taxes.put(in.uscc(), in.tax());
                }
            }
            for (EvaluationRow r : now.rows()) {
                holders.put(
                        r.uscc(), new HolderYears(r.scale(), r.className(), before.get(r.uscc()), taxes.get(r.uscc())));
            }
            for (EvaluationGroup g : now.groups()) {
                Double b = g.benchmarks().get(Indicator.TAX_PER_MU.id());
                if (b != null) {
                    benchmarks.put(g.scale(), b);
                }
            }
        }
        List<String> classes =
                evaluationConfig.classes().stream().map(EvaluationClass::name).toList();
        return new LowEfficiency(rules, classes).list(y, store.read(PARCELS, Map.of()), holders, benchmarks, chains());
    }

    /** The renewals and their totals. */
    public RenewalList renewals() {
        return new RenewalReader(store).read();
    }

    /** The parks' focus chains by park and by town, and the gap links of every chain. */
    private LandChains chains() {
        Map<String, List<String>> byPark = new HashMap<>();
        Map<String, List<String>> byTown = new LinkedHashMap<>();
        for (ParkSummary p : parks.list().parks()) {
            List<String> focus = p.focusChains().stream().map(ChainRef::id).toList();
            byPark.put(p.id(), focus);
            if (p.town() != null) {
                List<String> town = byTown.computeIfAbsent(p.town(), t -> new ArrayList<>());
                focus.stream().filter(c -> !town.contains(c)).forEach(town::add);
            }
        }
        Map<String, List<GapLink>> gapLinks = new HashMap<>();
        for (GapReport chain : analysis.gapsAll().chains()) {
            gapLinks.put(
                    chain.chain().id(),
                    chain.links().stream()
                            .filter(l -> l.status() != GapStatus.OK)
                            .map(l -> gapLink(chain.chain().id(), l))
                            .toList());
        }
        return new LandChains(byPark, byTown, gapLinks);
    }

    private static GapLink gapLink(String chainId, LinkGap l) {
        return new GapLink(l.linkId(), l.name(), l.nameEn(), chainId, l.status(), l.gapScore());
    }
}

package org.chainmap.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.analysis.gaps.GapAnalysis;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.analysis.projection.EnterpriseNode;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.LinkNode;
import org.chainmap.analysis.projection.TieGraph;
import org.chainmap.domain.Scale;
import org.chainmap.evaluation.EvaluationConfig;
import org.chainmap.evaluation.EvaluationInput;
import org.chainmap.evaluation.EvaluationResult;
import org.chainmap.evaluation.EvaluationRow;
import org.chainmap.evaluation.EvaluationService;
import org.chainmap.evaluation.ParkSpace;
import org.chainmap.evaluation.PerMuEvaluation;
import org.chainmap.parks.Park;
import org.chainmap.parks.ParkService;
import org.chainmap.parks.ParkSummary;
import org.chainmap.parks.Tenant;
import org.chainmap.simulate.SimulationInput.EnterpriseInput;
import org.chainmap.store.Query;
import org.chainmap.store.Store;

/**
 * What landing one enterprise would change (SPEC section 13), worked out with the analyses' own code on their inputs
 * with the one change applied, never with formulas of its own: the gap analysis on the full projection and on that
 * projection with the enterprise local and working in its links ({@link IndustryGraph#withLocal}); the park's figures
 * ({@link org.chainmap.parks.ParkConcentration}) on the park as the graph holds it and with the enterprise as one
 * more tenant; the per-mu evaluation ({@link PerMuEvaluation}) of the year's rows and of those rows with the
 * enterprise's. Nothing is written.
 *
 * <p>The enterprise is taken as local, working in the given links besides its own (as an import of
 * {@code enterprise_links.csv} would add them), a tenant of the park taking one more occupied unit (none when it is a
 * tenant already), with an evaluation row of the year whose figures are those given, else its own evaluation row's,
 * else its enterprise record's. A new enterprise has no supply ties.
 *
 * <p>Cost: the full projection (read once per graph version, shared with the targets), a copy of its array of
 * enterprises and the figures of the enterprise's links counted again; the gap analysis of its chains twice; a read of
 * the enterprise and of the park; the year's evaluation rows with one more, evaluated (the year's rows as they are
 * are read and evaluated once per graph version and kept). Thread-safe.
 */
public final class Simulator {
    /** The credit code a new enterprise simulated without one is given: after every real code in an order by code. */
    public static final String NEW_ENTERPRISE = "SIMULATED";

    static final Query<Own> ENTERPRISE = Query.of("simulate/enterprise", Own.class);

    /** The row of {@code simulate/enterprise}: the enterprise's own record. */
    record Own(
            String uscc,
            String name,
            String scale,
            Double revenue,
            Double tax,
            Long employees,
            Double landMu,
            List<String> chains,
            List<ParkSpace> parks) {}

    private final Store store;
    private final AnalysisService analysis;
    private final ParkService parks;
    private final EvaluationService evaluation;
    private final EvaluationConfig evaluationConfig;
    /** The year's evaluation rows and their evaluation as the graph holds them, for the latest graph version asked. */
    private volatile Year latest;

    /** A year's rows and their evaluation ("before"), read at a version of the graph. */
    private record Year(long version, int year, List<EvaluationInput> inputs, EvaluationResult before) {}

    /** The latest year of the evaluation rows, at a version of the graph. */
    private record Latest(long version, Integer year) {}

    private volatile Latest lastYear;

    public Simulator(
            Store store,
            AnalysisService analysis,
            ParkService parks,
            EvaluationService evaluation,
            EvaluationConfig evaluationConfig) {
        this.store = store;
        this.analysis = analysis;
        this.parks = parks;
        this.evaluation = evaluation;
        this.evaluationConfig = evaluationConfig;
    }

    /**
     * The simulation asked for; {@link InvalidSimulationException} when it names an enterprise, link or park the
     * graph does not hold.
     */
    public Simulation simulate(SimulationInput in) {
        in.check();
        EnterpriseInput asked = in.enterprise();
        IndustryGraph before = analysis.projection();
        List<String> problems = new ArrayList<>();
        Own own = asked.uscc() == null
                ? null
                : store.read(ENTERPRISE, Map.of("uscc", asked.uscc())).stream()
                        .findFirst()
                        .orElse(null);
        if (asked.uscc() != null
                && own == null
                && (asked.name() == null || asked.name().isBlank())) {
            problems.add("enterprise.uscc: no enterprise with credit code " + asked.uscc()
                    + " (give a name as well to simulate a new one)");
        }
        for (String link : asked.links()) {
            if (before.link(link).isEmpty()) {
                problems.add("enterprise.links: no link with id '" + link + "'");
            }
        }
        Park park = null;
        if (in.park() != null) {
            park = parks.park(in.park()).orElse(null);
            if (park == null) {
                problems.add("park: no park with id '" + in.park() + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSimulationException(problems);
        }
        String uscc = asked.uscc() != null ? asked.uscc() : NEW_ENTERPRISE;
        Optional<EnterpriseNode> known = before.enterprise(uscc);
        EnterpriseNode node = landed(asked, uscc, own, known.orElse(null));
        IndustryGraph after = before.withLocal(node, asked.links());

        List<String> links = after.linksOf(uscc);
        SortedSet<String> chainIds = new TreeSet<>();
        links.forEach(l -> chainIds.add(after.link(l).orElseThrow().chainId()));
        var gapsBefore = new GapAnalysis(before, analysis.config().gaps());
        var gapsAfter = new GapAnalysis(after, analysis.config().gaps());
        Map<String, GapReport> reportsBefore = new HashMap<>();
        Map<String, GapReport> reportsAfter = new HashMap<>();
        List<Simulation.ChainChange> chains = new ArrayList<>();
        for (String chainId : chainIds) {
            GapReport b = gapsBefore.of(chainId);
            GapReport a = gapsAfter.of(chainId);
            reportsBefore.put(chainId, b);
            reportsAfter.put(chainId, a);
            chains.add(new Simulation.ChainChange(
                    chainId,
                    a.chain().name(),
                    a.chain().nameEn(),
                    b.chain().coveredLinks(),
                    a.chain().coveredLinks(),
                    b.chain().build(),
                    a.chain().build()));
        }
        List<Simulation.LinkChange> linkChanges = new ArrayList<>();
        for (String linkId : links) {
            LinkNode l = after.link(linkId).orElseThrow();
            linkChanges.add(new Simulation.LinkChange(
                    linkId,
                    l.name(),
                    l.nameEn(),
                    l.chainId(),
                    state(reportsBefore.get(l.chainId()), linkId),
                    state(reportsAfter.get(l.chainId()), linkId)));
        }
        Set<String> tenantChains = new TreeSet<>(own == null ? List.of() : own.chains());
        tenantChains.addAll(chainIds);
        Simulation.ParkChange parkChange = park == null ? null : park(park, node, tenantChains);
        Integer year = in.year() != null ? in.year() : latestYear(before.version());
        Simulation.EvaluationChange evaluationChange =
                year == null ? null : evaluation(year(before.version(), year), asked, node, own, park);
        return new Simulation(
                new Simulation.Named(uscc, node.name(), known.isPresent()),
                linkChanges,
                chains,
                parkChange,
                evaluationChange,
                localTies(after, after.indexOf(uscc)));
    }

    /** The enterprise as the projection would hold it once imported: local, with the figures given. */
    private static EnterpriseNode landed(EnterpriseInput asked, String uscc, Own own, EnterpriseNode known) {
        String name =
                asked.name() != null ? asked.name() : known != null ? known.name() : own == null ? uscc : own.name();
        if (known == null) {
            return new EnterpriseNode(
                    uscc, name, true, null, asked.scale(), asked.revenue(), Set.of(), null, asked.employees());
        }
        return new EnterpriseNode(
                uscc,
                name,
                true,
                known.region(),
                asked.scale() != null ? asked.scale() : known.scale(),
                asked.revenue() != null ? asked.revenue() : known.revenue(),
                known.tags(),
                known.registeredCapital(),
                asked.employees() != null ? asked.employees() : known.employees());
    }

    private static Simulation.LinkState state(GapReport report, String linkId) {
        LinkGap g = report.links().stream()
                .filter(l -> l.linkId().equals(linkId))
                .findFirst()
                .orElseThrow();
        return new Simulation.LinkState(g.status(), g.action(), g.coverage(), g.gapScore());
    }

    /** The park with the enterprise as a tenant working in {@code chains}, by the parks' own rules. */
    private Simulation.ParkChange park(Park park, EnterpriseNode node, Set<String> chains) {
        boolean tenant = park.tenants().stream().anyMatch(t -> t.uscc().equals(node.uscc()));
        List<Tenant> tenants = new ArrayList<>();
        park.tenants().stream().filter(t -> !t.uscc().equals(node.uscc())).forEach(tenants::add);
        tenants.add(new Tenant(
                node.uscc(),
                node.name(),
                true,
                node.scale() == null ? null : node.scale().name(),
                List.copyOf(chains)));
        Long occupied = tenant || park.occupiedUnits() == null ? park.occupiedUnits() : park.occupiedUnits() + 1;
        Park landed = park.withTenants(tenants, occupied);
        ParkSummary b = parks.concentration().summary(park);
        ParkSummary a = parks.concentration().summary(landed);
        return new Simulation.ParkChange(
                park.id(),
                park.name(),
                b.concentration(),
                a.concentration(),
                b.meetsGoal(),
                a.meetsGoal(),
                b.occupancy(),
                a.occupancy());
    }

    /** Read again only when the graph's version changed (an import: the workbench does not change evaluation rows). */
    private Integer latestYear(long version) {
        Latest held = lastYear;
        if (held == null || held.version() != version) {
            held = new Latest(version, evaluation.latestYear().orElse(null));
            lastYear = held;
        }
        return held.year();
    }

    /** The year's rows and their evaluation, read and evaluated again only when the graph's version or the year changed. */
    private Year year(long version, int year) {
        Year held = latest;
        if (held == null || held.version() != version || held.year() != year) {
            List<EvaluationInput> inputs = evaluation.inputs(year);
            held = new Year(version, year, inputs, new PerMuEvaluation(evaluationConfig).evaluate(year, inputs));
            latest = held;
        }
        return held;
    }

    /** The year's evaluation without and with the enterprise's row, by {@link PerMuEvaluation}. */
    private Simulation.EvaluationChange evaluation(
            Year held, EnterpriseInput asked, EnterpriseNode node, Own own, Park park) {
        int year = held.year();
        List<EvaluationInput> inputs = held.inputs();
        EvaluationInput mine = inputs.stream()
                .filter(i -> i.uscc().equals(node.uscc()))
                .findFirst()
                .orElse(null);
        Set<ParkSpace> spaces = new LinkedHashSet<>(
                mine != null ? mine.parks() : own != null && own.parks() != null ? own.parks() : List.of());
        if (park != null && spaces.stream().noneMatch(s -> s.id().equals(park.id()))) {
            spaces.add(new ParkSpace(park.id(), park.areaMu(), park.floorAreaSqm(), park.floors()));
        }
        EvaluationInput landed = new EvaluationInput(
                node.uscc(),
                node.name(),
                asked.scale() != null ? asked.scale() : own == null ? null : scale(own.scale()),
                first(asked.tax(), mine == null ? null : mine.tax(), own == null ? null : own.tax()),
                first(asked.valueAdded(), mine == null ? null : mine.valueAdded(), null),
                first(asked.revenue(), mine == null ? null : mine.revenue(), own == null ? null : own.revenue()),
                first(asked.energyTce(), mine == null ? null : mine.energyTce(), null),
                first(asked.emissions(), mine == null ? null : mine.emissions(), null),
                first(asked.electricityKwh(), mine == null ? null : mine.electricityKwh(), null),
                first(asked.rnd(), mine == null ? null : mine.rnd(), null),
                first(asked.employees(), mine == null ? null : mine.employees(), own == null ? null : own.employees()),
                first(asked.landMu(), mine == null ? null : mine.landMu(), own == null ? null : own.landMu()),
                first(asked.floorAreaSqm(), mine == null ? null : mine.floorAreaSqm(), null),
                List.copyOf(spaces));
        List<EvaluationInput> changed = new ArrayList<>(inputs);
        changed.removeIf(i -> i.uscc().equals(node.uscc()));
        changed.add(landed);
        EvaluationResult b = held.before();
        EvaluationResult a = new PerMuEvaluation(evaluationConfig).evaluate(year, changed);
        Map<String, EvaluationRow> was = new HashMap<>();
        b.rows().forEach(r -> was.put(r.uscc(), r));
        EvaluationRow row = null;
        List<Simulation.ClassChange> changes = new ArrayList<>();
        for (EvaluationRow r : a.rows()) {
            if (r.uscc().equals(node.uscc())) {
                row = r;
            } else if (was.containsKey(r.uscc())
                    && !was.get(r.uscc()).className().equals(r.className())) {
                changes.add(new Simulation.ClassChange(
                        r.uscc(), r.name(), was.get(r.uscc()).className(), r.className()));
            }
        }
        changes.sort(java.util.Comparator.comparing(Simulation.ClassChange::uscc));
        EvaluationRow evaluated = java.util.Objects.requireNonNull(row);
        return new Simulation.EvaluationChange(
                year,
                evaluated.scale(),
                evaluated.score(),
                evaluated.rank(),
                evaluated.className(),
                evaluated.fundRatio(),
                mine == null ? null : was.get(node.uscc()).className(),
                changes);
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static Scale scale(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Scale.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Its ties, either way, whose other end is local. */
    private static int localTies(IndustryGraph graph, int v) {
        TieGraph ties = graph.tieGraph();
        int n = 0;
        for (int i = 0; i < ties.outDegree(v); i++) {
            n += graph.isLocal(ties.customer(ties.outTie(v, i))) ? 1 : 0;
        }
        for (int i = 0; i < ties.inDegree(v); i++) {
            n += graph.isLocal(ties.supplier(ties.inTie(v, i))) ? 1 : 0;
        }
        return n;
    }
}

package org.chainmap.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import org.chainmap.domain.ChainRef;
import org.chainmap.domain.ChainmapException;
import org.chainmap.export.TextTable;
import org.chainmap.parks.ParkConcentration;
import org.chainmap.parks.ParkDetail;
import org.chainmap.parks.ParkFit;
import org.chainmap.parks.ParkFits;
import org.chainmap.parks.ParkList;
import org.chainmap.parks.ParkService;
import org.chainmap.parks.ParkSummary;
import org.chainmap.parks.ParkTenant;
import org.chainmap.parks.SpaceNeeds;
import org.chainmap.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "parks",
        description = "Specialised parks: lead-industry concentration, occupancy, stage and space, tenants, fit for a"
                + " target (with its space needs).")
final class ParksCommand extends StoreCommand {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true)
    Which which = new Which();

    static final class Which {
        @Option(names = "--id", paramLabel = "ID", description = "one park with its tenants")
        String id;

        @Option(names = "--for", paramLabel = "USCC", description = "the parks that fit this enterprise")
        String target;
    }

    @Option(
            names = "--area-sqm",
            paramLabel = "M2",
            description = "with --for: floor area in m² the park must have free")
    Double areaSqm;

    @Option(
            names = "--floor-load",
            paramLabel = "KN",
            description = "with --for: floor load in kN/m² the park's floors must bear")
    Double floorLoad;

    @Option(
            names = "--height",
            paramLabel = "M",
            description = "with --for: clear height in m the park's floors must have")
    Double height;

    private SpaceNeeds needs;

    @Override
    void checkOptions() {
        boolean anyNeed = areaSqm != null || floorLoad != null || height != null;
        if (anyNeed && which.target == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--area-sqm, --floor-load and --height go with --for USCC");
        }
        try {
            needs = new SpaceNeeds(areaSqm, floorLoad, height);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Option(
            names = "--goal",
            description = "concentration goal as a fraction (default: ${DEFAULT-VALUE})",
            defaultValue = "0.70")
    double goal;

    @Override
    int run(Store store) {
        ParkService parks = new ParkService(store, new ParkConcentration(goal));
        if (which.id != null) {
            ParkDetail detail =
                    parks.detail(which.id).orElseThrow(() -> new ChainmapException("no park with id " + which.id));
            output.print(detail, table(detail));
        } else if (which.target != null) {
            ParkFits fits = parks.fitsFor(which.target, needs)
                    .orElseThrow(() -> new ChainmapException("no enterprise with credit code " + which.target));
            output.print(fits, table(fits));
        } else {
            ParkList list = parks.list();
            output.print(list, table(list));
        }
        return 0;
    }

    private static TextTable table(ParkList list) {
        TextTable t = new TextTable(
                "id",
                "name",
                "focus chains",
                "亩",
                "floors",
                "units",
                "occupancy",
                "certified",
                "tenants",
                "concentration",
                "goal");
        for (ParkSummary p : list.parks()) {
            t.row(
                    p.id(),
                    p.name(),
                    chains(p),
                    p.areaMu(),
                    p.floors(),
                    p.units(),
                    percent(p.occupancy()),
                    p.certified() ? "是" : "否",
                    p.tenantCount(),
                    percent(p.concentration()),
                    p.meetsGoal() ? "✓" : "");
        }
        return t;
    }

    /** The park's figures, then one line per tenant: its chains, and ✓ when one of them is a focus chain. */
    private static TextTable table(ParkDetail d) {
        ParkSummary p = d.park();
        TextTable t = new TextTable("", "")
                .row("id", p.id())
                .row("name", p.name())
                .row("operator", p.operator())
                .row("town", p.town())
                .row("focus chains", chains(p))
                .row("area (亩)", p.areaMu())
                .row("floor area (m²)", p.floorAreaSqm())
                .row("floors", p.floors())
                .row("units (occupied)", p.units() + " (" + p.occupiedUnits() + ", " + percent(p.occupancy()) + ")")
                .row("certified", p.certified() ? "是" : "否")
                .row(
                        "concentration",
                        p.focusTenantCount() + " of " + p.tenantCount() + " tenants, " + percent(p.concentration())
                                + (p.meetsGoal() ? " ✓" : ""));
        for (ParkTenant tenant : d.tenants()) {
            t.row(
                    tenant.uscc(),
                    tenant.name() + "  [" + String.join(",", tenant.chains()) + "]" + (tenant.inFocus() ? " ✓" : ""));
        }
        return t;
    }

    private static TextTable table(ParkFits fits) {
        TextTable t =
                new TextTable("id", "name", "matching chains", "free units", "occupancy", "certified", "concentration");
        for (ParkFit f : fits.parks()) {
            t.row(
                    f.id(),
                    f.name(),
                    String.join(",", f.matchingChains()),
                    f.freeUnits(),
                    percent(f.occupancy()),
                    f.certified() ? "是" : "否",
                    percent(f.concentration()));
        }
        return t;
    }

    private static String chains(ParkSummary p) {
        return p.focusChains().stream().map(ChainRef::id).collect(Collectors.joining(","));
    }

    private static String percent(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
}

package org.chainmap.generate;

import static org.chainmap.generate.RandomDraws.chance;
import static org.chainmap.generate.RandomDraws.logNormal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;
import org.chainmap.imports.ImportFile;

/**
 * Writes {@code projects.csv}, {@code project_events.csv} and {@code visits.csv}: a pipeline of a few hundred projects at most. Chain projects (以链招引) bring a
 * non-local enterprise into a thinly covered link; referral projects (以企招引) come through a local enterprise,
 * usually a chain leader, for a link feeding it; park projects (以园招引) fill a park; tech-upgrade projects (技改)
 * are local above-scale firms investing. Stages and investments (万元) follow each type's usual spread.
 */
final class ProjectPipeline {
    private static final ProjectType[] TYPES = {
        ProjectType.CHAIN, ProjectType.TECH_UPGRADE, ProjectType.REFERRAL, ProjectType.PARK
    };
    private static final WeightedChoice TYPE_CHOICE = new WeightedChoice(new double[] {55, 22, 13, 10});
    private static final ProjectStage[] STAGES = ProjectStage.values();
    private static final WeightedChoice[] STAGE_CHOICE = {
        new WeightedChoice(new double[] {12, 30, 26, 22, 5, 5}), // CHAIN
        new WeightedChoice(new double[] {0, 0, 15, 55, 25, 5}), // TECH_UPGRADE
        new WeightedChoice(new double[] {20, 35, 25, 10, 5, 5}), // REFERRAL
        new WeightedChoice(new double[] {20, 30, 25, 15, 10, 0}) // PARK
    };
    private static final double[] MEDIAN_INVESTMENT = {25_000, 25_000, 35_000, 6_000};

    private final EnterprisePopulation p;
    private final ChainSkeleton skeleton;
    private final LinkMembers members;
    private final ChainLeaders leaders;
    private final IndustrialParks parks;
    private final CreditCodes codes;
    private final EnterpriseNames names;
    private final SplittableRandom rng;
    private final WeightedChoice chains;
    private final int[] locals;

    ProjectPipeline(
            EnterprisePopulation p,
            ChainSkeleton skeleton,
            LinkMembers members,
            ChainLeaders leaders,
            IndustrialParks parks,
            CreditCodes codes,
            EnterpriseNames names,
            SplittableRandom rng) {
        this.p = p;
        this.skeleton = skeleton;
        this.members = members;
        this.leaders = leaders;
        this.parks = parks;
        this.codes = codes;
        this.names = names;
        this.rng = rng;
        this.chains = new WeightedChoice(skeleton.chains().stream()
                .mapToDouble(ChainSkeleton.Chain::weight)
                .toArray());
        this.locals = p.locals();
    }

    /** 40 projects for a small data set, one more per 4,000 enterprises, at most 300. */
    static int projectCount(int enterprises) {
        return Math.min(300, 40 + enterprises / 4_000);
    }

    void write(Path folder, FileTally tally) {
        List<String[]> written = new ArrayList<>();
        try (var table = new CsvTable(folder, ImportFile.PROJECTS)) {
            int count = projectCount(p.size());
            for (int k = 1; k <= count; k++) {
                int t = TYPE_CHOICE.pick(rng);
                Project project = switch (TYPES[t]) {
                    case CHAIN -> chainProject();
                    case TECH_UPGRADE -> techUpgrade();
                    case REFERRAL -> referral();
                    case PARK -> parkProject();
                };
                ProjectStage stage = STAGES[STAGE_CHOICE[t].pick(rng)];
                String investment = chance(rng, 0.05) ? "" : Decimals.of(logNormal(rng, MEDIAN_INVESTMENT[t], 0.8), 2);
                String updated = Dates.day(2024 + rng.nextInt(2), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
                table.row(
                        id(k),
                        project.name(),
                        TYPES[t].name(),
                        stage.name(),
                        investment,
                        skeleton.chains().get(project.chain()).id(),
                        project.link() < 0 ? "" : skeleton.link(project.link()).id(),
                        code(project.investor()),
                        code(project.referrer()),
                        project.park() < 0
                                ? ""
                                : parks.parks().get(project.park()).id(),
                        updated,
                        "",
                        "",
                        "",
                        "");
                written.add(new String[] {id(k), stage.name(), updated});
            }
            tally.add(table);
        }
        // drawn after every project, so that the projects are those of the same seed without their history
        writeHistory(folder, tally, written);
        writeVisits(folder, tally);
    }

    /**
     * Writes {@code project_events.csv}: for each project past LEAD, the earlier stages of the pipeline order, each
     * 30 to 240 days before the next; a dropped project was a lead before.
     */
    private void writeHistory(Path folder, FileTally tally, List<String[]> projects) {
        try (var table = new CsvTable(folder, ImportFile.PROJECT_EVENTS)) {
            for (String[] project : projects) {
                ProjectStage stage = ProjectStage.valueOf(project[1]);
                int reached = stage == ProjectStage.DROPPED ? 1 : stage.ordinal();
                LocalDate at = LocalDate.parse(project[2]);
                List<String[]> earlier = new ArrayList<>();
                for (int s = reached - 1; s >= 0; s--) {
                    at = at.minusDays(30 + rng.nextInt(211));
                    earlier.add(new String[] {project[0], STAGES[s].name(), at.toString(), "招商专班", ""});
                }
                for (int e = earlier.size() - 1; e >= 0; e--) {
                    table.row(earlier.get(e));
                }
            }
            tally.add(table);
        }
    }

    /**
     * Writes {@code visits.csv}: one to three visits to every chain leader in 2025; one in five learns the leader
     * can introduce a non-local enterprise of a link that feeds its own (可引荐), a few of an expansion.
     */
    private void writeVisits(Path folder, FileTally tally) {
        try (var table = new CsvTable(folder, ImportFile.VISITS)) {
            for (ChainLeaders.Leader leader : leaders.all()) {
                int visits = 1 + rng.nextInt(3);
                java.util.Set<String> days = new java.util.HashSet<>();
                for (int v = 0; v < visits; v++) {
                    String day = Dates.day(2025, 1 + rng.nextInt(12), 1 + rng.nextInt(28));
                    if (!days.add(day)) {
                        continue;
                    }
                    int[] inputs = skeleton.inputs(p.mainLink[leader.enterprise()]);
                    int mentioned =
                            inputs.length > 0 && chance(rng, 0.2) ? nonLocalIn(inputs[rng.nextInt(inputs.length)]) : -1;
                    String intention = mentioned >= 0 ? "REFER" : chance(rng, 0.3) ? "EXPAND" : "NONE";
                    table.row(code(leader.enterprise()), day, "招商专班", intention, "", code(mentioned));
                }
            }
            tally.add(table);
        }
    }

    /** What a project is about; -1 where a reference is absent. */
    private record Project(String name, int chain, int link, int investor, int referrer, int park) {}

    private Project chainProject() {
        int chain = chains.pick(rng);
        int link = thinnestOfThree(chain);
        int investor = nonLocalIn(link);
        int park = chance(rng, 0.3) ? parkFocusedOn(chain) : -1;
        return new Project(
                name(investor, skeleton.link(link).name(), chance(rng, 0.5) ? "生产基地项目" : "项目"),
                chain,
                link,
                investor,
                -1,
                park);
    }

    private Project techUpgrade() {
        int investor = -1;
        for (int attempt = 0; attempt < 20 && locals.length > 0 && investor < 0; attempt++) {
            int i = locals[rng.nextInt(locals.length)];
            investor = p.has(i, EnterprisePopulation.ABOVE_SCALE) ? i : -1;
        }
        int chain = investor >= 0 ? skeleton.link(p.mainLink[investor]).chain() : chains.pick(rng);
        return new Project(
                name(investor, skeleton.chains().get(chain).name(), "智能化技术改造项目"), chain, -1, investor, -1, -1);
    }

    private Project referral() {
        int referrer = !leaders.all().isEmpty() && chance(rng, 0.7)
                ? leaders.all().get(rng.nextInt(leaders.all().size())).enterprise()
                : locals.length > 0 ? locals[rng.nextInt(locals.length)] : -1;
        if (referrer < 0) {
            return chainProject();
        }
        int[] inputs = skeleton.inputs(p.mainLink[referrer]);
        int link = inputs.length > 0 ? inputs[rng.nextInt(inputs.length)] : p.mainLink[referrer];
        int investor = nonLocalIn(link);
        return new Project(
                name(investor, skeleton.link(link).name(), "配套项目"),
                skeleton.link(link).chain(),
                link,
                investor,
                referrer,
                -1);
    }

    private Project parkProject() {
        int park = rng.nextInt(parks.parks().size());
        int chain = parks.parks().get(park).focus().getFirst();
        int[] links = skeleton.linksOf(chain);
        int link = links[rng.nextInt(links.length)];
        int investor = nonLocalIn(link);
        return new Project(name(investor, skeleton.link(link).name(), "入园项目"), chain, link, investor, -1, park);
    }

    /** Of three random links of the chain, the one with the fewest local enterprises. */
    private int thinnestOfThree(int chain) {
        int[] links = skeleton.linksOf(chain);
        int best = links[rng.nextInt(links.length)];
        for (int k = 0; k < 2; k++) {
            int l = links[rng.nextInt(links.length)];
            if (members.localCount(l) < members.localCount(best)) {
                best = l;
            }
        }
        return best;
    }

    /** A non-local enterprise of the link, drawn by size; -1 if none turns up. */
    private int nonLocalIn(int link) {
        for (int attempt = 0; attempt < 10; attempt++) {
            int i = members.pick(link, rng);
            if (i < 0) {
                return -1;
            }
            if (!p.local(i)) {
                return i;
            }
        }
        return -1;
    }

    private int parkFocusedOn(int chain) {
        for (int k = 0; k < parks.parks().size(); k++) {
            if (parks.parks().get(k).focus().contains(chain)) {
                return k;
            }
        }
        return -1;
    }

    private String name(int investor, String what, String kind) {
        return (investor >= 0 ? names.tradeName(investor) : "") + what + kind;
    }

    private String code(int enterprise) {
        return enterprise < 0 ? "" : codes.code(enterprise);
    }

    private static String id(int k) {
        String digits = Integer.toString(k);
        return "prj-" + "0000".substring(Math.min(4, digits.length())) + digits;
    }
}

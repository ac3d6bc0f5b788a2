package org.chainmap.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.chainmap.imports.ImportFile;
import org.chainmap.imports.Progress;

/**
 * A synthetic data set of a given size in the import format (SPEC section 3): the 15 chains of the skeleton,
 * enterprises spread over China with a few per cent in the district, heavy-tailed supply ties that mostly follow
 * FEEDS, chain leaders, parks and tenants, a project pipeline and per-mu evaluation inputs for local enterprises.
 * Every enterprise has a registered capital, written in the forms of registry exports ({@link RegisteredCapitals}),
 * and an industry code, business scope, main products and registration status as those exports write them
 * ({@link RegistryTexts}); every link has the rules of classification ({@link LinkRules}). With a labels file, the
 * memberships of most enterprises go there instead of {@code enterprise_links.csv} (see {@link EnterpriseRows}), for
 * {@code classify} to recover and {@code classify --evaluate} to measure.
 *
 * <p>A sparse data set is what a district bureau really holds: the same enterprises, links, parks, projects and
 * evaluations, with no revenue in {@code enterprises.csv} and only a sample of the supply ties ({@link TieSample}:
 * 2 %, at least five), each kept tie as the full data set of the same seed has it.
 *
 * <p>The files are a function of the size and the seed alone: every random choice comes from one
 * {@link SplittableRandom} split in a fixed order, nothing is read from the clock, numbers are formatted without a
 * locale and nothing is written in hash order. Rows are streamed to the files; what is held in memory is a few
 * primitive arrays per enterprise (attributes, credit code, link membership: about 60 bytes) and one int per
 * supply tie, so a million enterprises with five million ties need about 100 MB of live heap.
 */
public final class SyntheticDataSet {
    public static final long DEFAULT_SEED = 42;
    /** The largest size: credit codes are derived from an int index and ties are counted per link in ints. */
    public static final int MAX_ENTERPRISES = 100_000_000;

    private final int enterprises;
    private final long seed;
    private final boolean sparse;

    /** A full data set: revenue for most enterprises, every supply tie drawn. */
    public SyntheticDataSet(int enterprises, long seed) {
        this(enterprises, seed, false);
    }

    /** @param sparse no revenue and a 2 % sample of the supply ties, as a district bureau's own data */
    public SyntheticDataSet(int enterprises, long seed, boolean sparse) {
        if (enterprises < 1 || enterprises > MAX_ENTERPRISES) {
            throw new IllegalArgumentException(
                    "enterprises must be between 1 and " + MAX_ENTERPRISES + ", got " + enterprises);
        }
        this.enterprises = enterprises;
        this.seed = seed;
        this.sparse = sparse;
    }

    /** Writes the files of the format into {@code folder} (created if needed; files of the same names are replaced). */
    public GenerationSummary writeTo(Path folder, Progress progress) {
        return writeTo(folder, null, progress);
    }

    /**
     * As {@link #writeTo(Path, Progress)}; with {@code labelsOut} (a file outside {@code folder}, replaced if it
     * exists), the memberships of enterprises other than chain leaders and a seed share are written there as
     * {@code uscc,link_id} instead of to {@code enterprise_links.csv}.
     */
    public GenerationSummary writeTo(Path folder, Path labelsOut, Progress progress) {
        try (var heap = new HeapHighWater()) {
            return write(folder, labelsOut, progress, heap);
        }
    }

    private GenerationSummary write(Path folder, Path labelsOut, Progress progress, HeapHighWater heap) {
        long start = System.nanoTime();
        createFolder(folder);
        var master = new SplittableRandom(seed);
        SplittableRandom linkRng = master.split();
        SplittableRandom populationRng = master.split();
        SplittableRandom leaderRng = master.split();
        SplittableRandom parkRng = master.split();
        SplittableRandom rowRng = master.split();
        SplittableRandom networkRng = master.split();
        SplittableRandom tieRng = master.split();
        SplittableRandom projectRng = master.split();
        SplittableRandom evaluationRng = master.split();
        SplittableRandom capitalRng = master.split();
        SplittableRandom registryRng = master.split();
        SplittableRandom landRng = master.split();

        var skeleton = ChainSkeleton.load();
        var regions = RegionCatalog.load();
        var population = EnterprisePopulation.draw(
                enterprises, skeleton, regions, new LinkPopularity(skeleton, linkRng), populationRng);
        var leaders = ChainLeaders.appoint(population, skeleton, new EnterpriseTraits(population, leaderRng));
        var parks = IndustrialParks.plan(population, skeleton, parkRng);
        var codes = new CreditCodes(
                seed, enterprises, i -> regions.division(population.division[i]).code());
        var names = new EnterpriseNames(seed, population, skeleton, regions);
        var members = new LinkMembers(population, skeleton.links().size());

        var rules = LinkRules.load(skeleton);

        var tally = new FileTally();
        SkeletonRows.write(skeleton, rules, folder, tally);
        var capitals = new RegisteredCapitals(population, capitalRng);
        var texts = new RegistryTexts(
                population, rules, IndustryClasses.load(), skeleton.links().size(), registryRng);
        var labels = new EnterpriseRows(population, skeleton, regions, codes, names, capitals, texts, sparse, seed)
                .write(folder, labelsOut, rowRng, tally, progress);
        try (var supplies = new CsvTable(folder, ImportFile.SUPPLIES)) {
            var ties = sparse ? TieSample.sparse(supplies) : TieSample.all(supplies);
            new SupplyNetwork(population, skeleton, members, networkRng)
                    .generate(new SupplyRows(population, codes, tieRng, ties), progress);
            ties.finish();
            tally.add(supplies);
        }
        try (var table = new CsvTable(folder, ImportFile.LEADERS)) {
            for (ChainLeaders.Leader l : leaders.all()) {
                table.row(
                        codes.code(l.enterprise()),
                        skeleton.chains().get(l.chain()).id());
            }
            tally.add(table);
        }
        ParkRows.write(parks, skeleton, codes, folder, tally);
        new ProjectPipeline(population, skeleton, members, leaders, parks, codes, names, projectRng)
                .write(folder, tally);
        EvaluationRows.write(population, parks, codes, evaluationRng, folder, tally);
        LandRows.write(population, parks, codes, landRng, folder, tally);

        var files = tally.files();
        return new GenerationSummary(
                enterprises,
                seed,
                sparse,
                folder.toString(),
                files,
                files.stream().mapToLong(GenerationSummary.FileRows::rows).sum(),
                files.stream().mapToLong(GenerationSummary.FileRows::bytes).sum(),
                (System.nanoTime() - start) / 1e9,
                heap.megabytes(),
                labels);
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot create the folder", e);
        }
    }
}

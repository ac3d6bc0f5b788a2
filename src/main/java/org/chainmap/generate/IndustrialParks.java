package org.chainmap.generate;

import static org.chainmap.generate.RandomDraws.between;
import static org.chainmap.generate.RandomDraws.chance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The district's specialised parks (专业产业园区) and their tenants: about twenty parks (a few more for a larger
 * data set), mostly multi-storey (工业上楼), each focused on one or two chains ("一园一业"). Tenants are small local
 * enterprises, four in five from the park's focus chains; they rent floor space and hold no land of their own.
 */
final class IndustrialParks {
    static final double SQM_PER_MU = 666.67;
    /** At most this share of the eligible local enterprises become tenants, so small data sets keep firms outside. */
    static final double MAX_TENANT_SHARE = 0.4;

    static final double FOCUS_TENANT_SHARE = 0.8;
    private static final String[] TOWNS = {
        "通济街道", "环秀街道", "潮海街道", "北安街道", "龙山街道", "龙泉街道", "鳌山卫街道", "温泉街道", "蓝村街道", "灵山街道", "大信街道", "段泊岚镇", "移风店镇", "田横镇",
        "金口镇"
    };
    private static final String[] KINDS = {"产业园", "智造园", "科创园", "产业社区", "创新园", "工业上楼示范园"};

    /** A park; {@code focus} are chain indexes. */
    record Park(
            String id,
            String name,
            String operator,
            double areaMu,
            double floorAreaSqm,
            int floors,
            int units,
            int occupiedUnits,
            boolean certified,
            String town,
            List<Integer> focus) {
        Park {
            focus = List.copyOf(focus);
        }
    }

    /** A town of the district, drawn at random: where a parcel lies. */
    String town(SplittableRandom rng) {
        return TOWNS[rng.nextInt(TOWNS.length)];
    }

    /** A tenant: enterprise index, park index and the floor area it rents (m²). */
    record Tenant(int enterprise, int park, double floorAreaSqm) {}

    private final List<Park> parks;
    private final List<Tenant> tenants;
    private final int[] tenantEnterprises;
    private final double[] tenantFloorAreas;

    private IndustrialParks(List<Park> parks, List<Tenant> tenants) {
        this.parks = List.copyOf(parks);
        this.tenants = List.copyOf(tenants);
        var byEnterprise = tenants.stream()
                .sorted(Comparator.comparingInt(Tenant::enterprise))
                .toList();
        this.tenantEnterprises =
                byEnterprise.stream().mapToInt(Tenant::enterprise).toArray();
        this.tenantFloorAreas =
                byEnterprise.stream().mapToDouble(Tenant::floorAreaSqm).toArray();
    }

    /** The number of parks for a data set of {@code enterprises}: 20 at 100,000, growing very slowly. */
    static int parkCount(int enterprises) {
        return (int) Math.max(5, Math.round(20 * StrictMath.pow(enterprises / 100_000.0, 0.05)));
    }

    /** Lays out the parks and picks their tenants; tenants lose any land of their own in {@code p}. */
    static IndustrialParks plan(EnterprisePopulation p, ChainSkeleton skeleton, SplittableRandom rng) {
        var localChains = new WeightedChoice(skeleton.chains().stream()
                .mapToDouble(ChainSkeleton.Chain::localWeight)
                .toArray());
        List<Park> parks = new ArrayList<>();
        Set<String> usedNames = new HashSet<>();
        int count = parkCount(p.size());
        for (int k = 0; k < count; k++) {
            parks.add(park(k, skeleton, localChains, usedNames, rng));
        }
        var pools = TenantPools.of(p, skeleton, rng);
        int[] wanted = new int[count];
        for (int k = 0; k < count; k++) {
            wanted[k] = (int) Math.round(parks.get(k).occupiedUnits() * between(rng, 0.6, 0.9));
        }
        double scale = Math.min(
                1.0,
                MAX_TENANT_SHARE
                        * pools.size()
                        / Math.max(1, Arrays.stream(wanted).sum()));
        List<Tenant> tenants = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Park park = parks.get(k);
            double unitArea = park.floorAreaSqm() / park.units();
            for (int t = 0, n = (int) Math.round(wanted[k] * scale); t < n; t++) {
                int chain = chance(rng, FOCUS_TENANT_SHARE)
                        ? park.focus().get(rng.nextInt(park.focus().size()))
                        : localChains.pick(rng);
                int i = pools.take(chain);
                if (i >= 0) {
                    tenants.add(new Tenant(i, k, Math.round(unitArea * between(rng, 0.6, 1.8))));
                    p.landMu[i] = Float.NaN;
                }
            }
        }
        tenants.sort(Comparator.comparingInt(Tenant::park).thenComparingInt(Tenant::enterprise));
        return new IndustrialParks(parks, tenants);
    }

    private static Park park(
            int k, ChainSkeleton skeleton, WeightedChoice localChains, Set<String> usedNames, SplittableRandom rng) {
        List<Integer> focus = new ArrayList<>(List.of(localChains.pick(rng)));
        if (chance(rng, 0.4)) {
            int second = localChains.pick(rng);
            if (second != focus.getFirst()) {
                focus.add(second);
            }
        }
        String town = TOWNS[rng.nextInt(TOWNS.length)];
        String base = town.replaceAll("(街道|镇)$", "")
                + skeleton.chains().get(focus.getFirst()).name()
                + KINDS[rng.nextInt(KINDS.length)];
        String name = base;
        for (int phase = 2; !usedNames.add(name); phase++) {
            name = base + "（" + phase + "期）";
        }
        double area = Math.round(Math.clamp(RandomDraws.logNormal(rng, 70, 0.45), 15, 300) * 100) / 100.0;
        int floors = chance(rng, 0.15) ? 1 + rng.nextInt(3) : 4 + rng.nextInt(9);
        double floorArea = Math.round(area * SQM_PER_MU * Math.min(floors, between(rng, 1.6, 3.2)));
        int units = (int) Math.max(10, Math.round(floorArea / between(rng, 700, 2000)));
        int occupied = (int) Math.round(units * between(rng, 0.55, 0.95));
        String operator = chance(rng, 0.4)
                ? "青岛即墨区城市开发投资集团有限公司"
                : chance(rng, 0.5)
                        ? "青岛即墨区" + town + "产业园区发展有限公司"
                        : "青岛" + EnterpriseNames.tradeName(rng.nextLong()) + "产业园运营管理有限公司";
        String id = "park-" + (k < 9 ? "0" : "") + (k + 1);
        return new Park(id, name, operator, area, floorArea, floors, units, occupied, chance(rng, 0.7), town, focus);
    }

    List<Park> parks() {
        return parks;
    }

    /** The tenants by park, then enterprise. */
    List<Tenant> tenants() {
        return tenants;
    }

    /** The floor area enterprise {@code i} rents in a park, or NaN when it is no tenant. */
    double rentedFloorArea(int i) {
        int k = Arrays.binarySearch(tenantEnterprises, i);
        return k >= 0 ? tenantFloorAreas[k] : Double.NaN;
    }
}

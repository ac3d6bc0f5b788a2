package org.chainmap.analysis;

import static org.chainmap.domain.LinkStage.DOWNSTREAM;
import static org.chainmap.domain.LinkStage.MIDSTREAM;
import static org.chainmap.domain.LinkStage.UPSTREAM;

import java.util.List;
import java.util.Set;
import org.chainmap.analysis.projection.ChainNode;
import org.chainmap.analysis.projection.EnterpriseNode;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.IndustryGraphBuilder;
import org.chainmap.analysis.projection.LinkNode;
import org.chainmap.analysis.projection.ParkNode;
import org.chainmap.analysis.projection.SupplyTie;
import org.chainmap.domain.LinkStage;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.Scale;
import org.chainmap.domain.Tag;

/**
 * The hand-worked sample graph of the analysis tests; {@code fixtures/analysis/*.csv} hold the same data for the
 * integration test. Three chains:
 *
 * <pre>
 * ev (7 links):  ev.ore → ev.material* → ev.cell* → ev.pack → ev.vehicle* → ev.charging,  ev.motor → ev.vehicle
 * hy (4 links):  hy.electrolyser → hy.storage → hy.fuelcell* → hy.station,   and hy.fuelcell → ev.vehicle (crosses)
 * vr (no links)                                                                            (* key link)
 * </pre>
 *
 * Local (L) and non-local (N) enterprises and the links they work in:
 * L1 ev.vehicle (above scale, leads ev), L2 ev.vehicle (above), L3 ev.pack (below), L4 and L5 ev.motor (above),
 * L6 hy.storage (above); N1 ev.cell and ev.motor, N2 ev.pack, N3 hy.fuelcell (leads hy), N5 ev.vehicle,
 * N6 ev.material, N7 ev.cell, N8 ev.ore, N10 ev.charging; N4, N9, N11, N12 work in no link.
 *
 * <p>Supply ties (value 万元, confidence): L4→L1 (100, 0.9), N1→L1 (300, 0.8), L3→L1 (—, —), N2→L1 (50, 0.5),
 * N1→N4 (1000, —), N6→N1 (—, 0.6), N8→N9, L3→N9, N10→N11, L3→N11, N12→N11 (all —, —), L2→N5 (200, —).
 *
 * <p>Park p1 focuses on ev with 10 units, 8 occupied; p2 on hy with 5 of 5 occupied. N1 invests in a project in
 * talks and a dropped one; N6 only in a dropped one.
 */
public final class SampleChains {
    public static final String L1 = "91370215MA0000001W";
    public static final String L2 = "91370215MA00000020";
    public static final String L3 = "91370215MA00000033";
    public static final String L4 = "91370215MA00000046";
    public static final String L5 = "91370215MA00000059";
    public static final String L6 = "91370215MA0000006C";
    public static final String N1 = "91310115MA0000101L";
    public static final String N2 = "91310115MA0000102P";
    public static final String N3 = "91310115MA0000103T";
    public static final String N4 = "91310115MA0000104X";
    public static final String N5 = "91310115MA00001051";
    public static final String N6 = "91310115MA00001064";
    public static final String N7 = "91310115MA00001077";
    public static final String N8 = "91310115MA0000108A";
    public static final String N9 = "91310115MA0000109D";
    public static final String N10 = "91310115MA0000110J";
    public static final String N11 = "91310115MA0000111M";
    public static final String N12 = "91310115MA0000112Q";

    private SampleChains() {}

    public static IndustryGraph graph() {
        IndustryGraphBuilder b = IndustryGraph.builder()
                .chain(new ChainNode("ev", "新能源汽车", "New energy vehicles"))
                .chain(new ChainNode("hy", "氢能与储能", "Hydrogen and energy storage"))
                .chain(new ChainNode("vr", "虚拟现实", "Virtual reality"));
        link(b, "ev.ore", "锂矿资源", "Lithium ore", UPSTREAM, false);
        link(b, "ev.material", "正极材料", "Cathode materials", UPSTREAM, true);
        link(b, "ev.cell", "动力电芯", "Battery cells", MIDSTREAM, true);
        link(b, "ev.pack", "电池包", "Battery packs", MIDSTREAM, false);
        link(b, "ev.motor", "驱动电机", "Drive motors", MIDSTREAM, false);
        link(b, "ev.vehicle", "整车制造", "Vehicle assembly", DOWNSTREAM, true);
        link(b, "ev.charging", "充电设施", "Charging", DOWNSTREAM, false);
        link(b, "hy.electrolyser", "电解槽", "Electrolysers", UPSTREAM, false);
        link(b, "hy.storage", "储氢", "Hydrogen storage", MIDSTREAM, false);
        link(b, "hy.fuelcell", "燃料电池", "Fuel cells", MIDSTREAM, true);
        link(b, "hy.station", "加氢站", "Refuelling stations", DOWNSTREAM, false);
        b.flow("ev.ore", "ev.material")
                .flow("ev.material", "ev.cell")
                .flow("ev.cell", "ev.pack")
                .flow("ev.pack", "ev.vehicle")
                .flow("ev.motor", "ev.vehicle")
                .flow("ev.vehicle", "ev.charging")
                .flow("hy.electrolyser", "hy.storage")
                .flow("hy.storage", "hy.fuelcell")
                .flow("hy.fuelcell", "hy.station")
                .flow("hy.fuelcell", "ev.vehicle");

        local(b, L1, "青岛示例汽车有限公司", Scale.ABOVE, 500_000.0, "ev.vehicle");
        local(b, L2, "即墨专用车有限公司", Scale.ABOVE, 80_000.0, "ev.vehicle");
        local(b, L3, "青岛电池包科技有限公司", Scale.BELOW, 1_500.0, "ev.pack");
        local(b, L4, "即墨电机有限公司", Scale.ABOVE, 20_000.0, "ev.motor");
        local(b, L5, "青岛驱动系统有限公司", Scale.ABOVE, 30_000.0, "ev.motor");
        local(b, L6, "青岛储氢装备有限公司", Scale.ABOVE, 25_000.0, "hy.storage");
        outside(b, N1, "上海动力电芯股份有限公司", "上海市浦东新区", 10_000.0, Set.of(Tag.HIGH_TECH, Tag.SRDI), "ev.cell", "ev.motor");
        outside(b, N2, "上海电池包有限公司", "上海市浦东新区", 1_000.0, Set.of(), "ev.pack");
        outside(b, N3, "上海燃料电池有限公司", "上海市浦东新区", null, Set.of(), "hy.fuelcell");
        outside(b, N4, "上海整车出口有限公司", "上海市浦东新区", null, Set.of());
        outside(b, N5, "上海整车有限公司", "上海市嘉定区", null, Set.of(), "ev.vehicle");
        outside(b, N6, "江西正极材料股份有限公司", "江西省宜春市", null, Set.of(Tag.LISTED), "ev.material");
        outside(b, N7, "江苏电芯有限公司", "江苏省常州市", 5_000.0, Set.of(), "ev.cell");
        outside(b, N8, "四川锂矿有限公司", "四川省成都市", 100.0, Set.of(), "ev.ore");
        outside(b, N9, "上海贸易有限公司", "上海市浦东新区", null, Set.of());
        outside(b, N10, "广东充电桩有限公司", "广东省深圳市", null, Set.of(), "ev.charging");
        outside(b, N11, "上海充电运营有限公司", "上海市浦东新区", null, Set.of());
        outside(b, N12, "上海配件有限公司", "上海市浦东新区", null, Set.of());

        b.tie(new SupplyTie(L4, L1, 100.0, 0.9, "survey", "2021"))
                .tie(new SupplyTie(N1, L1, 300.0, 0.8, "customs", "2022-03"))
                .tie(new SupplyTie(L3, L1, null, null, null, null))
                .tie(new SupplyTie(N2, L1, 50.0, 0.5, "survey", "2023"))
                .tie(new SupplyTie(N1, N4, 1000.0, null, "customs", "2020"))
                .tie(new SupplyTie(N6, N1, null, 0.6, "news", "2021"))
                .tie(new SupplyTie(N8, N9, null, null, null, null))
                .tie(new SupplyTie(L3, N9, null, null, null, null))
                .tie(new SupplyTie(N10, N11, null, null, null, null))
                .tie(new SupplyTie(L3, N11, null, null, null, null))
                .tie(new SupplyTie(N12, N11, null, null, null, null))
                .tie(new SupplyTie(L2, N5, 200.0, null, "survey", null));
        b.leads(L1, "ev").leads(N3, "hy");
        b.park(new ParkNode("p1", "即墨汽车零部件产业园", 10L, 8L, null, List.of("ev")))
                .park(new ParkNode("p2", "即墨氢能产业园", 5L, 5L, null, List.of("hy")));
        b.investorStage(N1, ProjectStage.TALKS)
                .investorStage(N1, ProjectStage.DROPPED)
                .investorStage(N6, ProjectStage.DROPPED);
        return b.build();
    }

    private static void link(
            IndustryGraphBuilder b, String id, String name, String nameEn, LinkStage stage, boolean key) {
        b.link(new LinkNode(id, id.substring(0, id.indexOf('.')), name, nameEn, stage, key));
    }

    private static void local(
            IndustryGraphBuilder b, String uscc, String name, Scale scale, Double revenue, String link) {
        b.enterprise(new EnterpriseNode(uscc, name, true, "山东省青岛市即墨区", scale, revenue, Set.of()));
        b.worksIn(uscc, link);
    }

    private static void outside(
            IndustryGraphBuilder b,
            String uscc,
            String name,
            String region,
            Double revenue,
            Set<Tag> tags,
            String... links) {
        b.enterprise(new EnterpriseNode(uscc, name, false, region, null, revenue, tags));
        for (String l : links) {
            b.worksIn(uscc, l);
        }
    }
}

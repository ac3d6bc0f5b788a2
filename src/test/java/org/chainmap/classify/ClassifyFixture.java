package org.chainmap.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.store.Queries;
import org.chainmap.store.Store;

/**
 * The graph of the classification tests. Links: nev.cell (code 3841; 锂电池, 电芯; not 回收), nev.material (code 384;
 * 正极材料), nev.motor (电机). Enterprises, worked by hand:
 *
 * <pre>
 * E1 3841, product 动力锂电池, scope 电芯制造      cell 0.5 + 0.5 + 0.15 → 1; material 0.35
 * E2 3841, product 正极材料                       material 0.35 + 0.5 = 0.85; cell 0.5
 * E3 3841, in nev.cell by a file                  cell left alone; material 0.35
 * E4 3841, named 电池回收                          cell ruled out; material 0.35
 * E5 nothing to read                              not read
 * E6 product 驱动电机                              motor 0.5
 * </pre>
 */
public final class ClassifyFixture {
    public static final String E1 = "91370215MA000000E1";
    public static final String E2 = "91370215MA000000E2";
    public static final String E3 = "91370215MA000000E3";
    public static final String E4 = "91370215MA000000E4";
    public static final String E5 = "91370215MA000000E5";
    public static final String E6 = "91370215MA000000E6";

    private ClassifyFixture() {}

    /** Writes the graph into an empty store. */
    public static void load(Store store) {
        Map<String, Object> params = new HashMap<>();
        params.put(
                "links",
                List.of(
                        link("nev.cell", List.of("3841"), List.of("锂电池", "电芯"), List.of("回收")),
                        link("nev.material", List.of("384"), List.of("正极材料"), List.of()),
                        link("nev.motor", List.of(), List.of("电机"), List.of())));
        params.put(
                "enterprises",
                List.of(
                        enterprise(E1, "甲电池", "3841", List.of("动力锂电池"), "电芯制造"),
                        enterprise(E2, "乙材料", "3841", List.of("正极材料"), null),
                        enterprise(E3, "丙电芯", "3841", null, null),
                        enterprise(E4, "丁电池回收", "3841", null, null),
                        enterprise(E5, "戊贸易", null, null, null),
                        enterprise(E6, "己电驱", null, List.of("驱动电机"), null)));
        params.put("memberships", List.of(Map.of("uscc", E3, "linkId", "nev.cell")));
        store.writeTransaction(
                tx -> tx.run(Queries.text("test/classify-fixture"), params).consume());
    }

    private static Map<String, Object> link(String id, List<String> codes, List<String> keywords, List<String> excl) {
        return Map.of("id", id, "industryCodes", codes, "keywords", keywords, "excludeKeywords", excl);
    }

    private static Map<String, Object> enterprise(
            String uscc, String name, String code, List<String> products, String scope) {
        Map<String, Object> e = new HashMap<>();
        e.put("uscc", uscc);
        e.put("name", name);
        e.put("local", false);
        e.put("industryCode", code);
        e.put("products", products);
        e.put("businessScope", scope);
        return e;
    }
}

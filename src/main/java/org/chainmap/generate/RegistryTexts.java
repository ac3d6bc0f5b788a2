package org.chainmap.generate;

import static org.chainmap.generate.RandomDraws.chance;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The cells of {@code enterprises.csv} that classification reads, and the registration status, as registry exports
 * (企查查, 天眼查, the credit publicity system) write them, drawn from the rules of each enterprise's links
 * ({@link LinkRules}), so that {@code chainmap classify} recovers most of the generator's own memberships but not all:
 *
 * <ul>
 *   <li>industry code (国标行业): {@value #OWN_CODE} of enterprises a class of their main link, in the forms of
 *       exports ({@code C3841}, {@code 3841}, {@code C3841 锂离子电池制造}, {@code 锂离子电池制造(3841)}); a few only
 *       the division ({@code C38}), a code of another trade, or a section's name with no code (which the import warns
 *       about); the rest none;
 *   <li>main products (主营产品): one to three of the main link's products, most often one of the second link's, now
 *       and then a stray one of another chain; left empty for {@code 1 - }{@value #PRODUCTS_KNOWN} of them, and
 *       separated by any of the separators the import reads;
 *   <li>business scope (经营范围): a scope written from the products (and at times a word of the second link), with
 *       the sentences every scope carries; empty for {@code 1 - }{@value #SCOPE_KNOWN} of them;
 *   <li>status (登记状态): 存续, 在业, 开业 in their usual spellings; every generated enterprise is registered.
 * </ul>
 *
 * Draws come from their own stream, so the other columns are those of the same seed without these.
 */
final class RegistryTexts {
    static final double OWN_CODE = 0.80;
    static final double SECOND_OWN_CODE = 0.2;
    static final double DIVISION_ONLY = 0.04;
    static final double OTHER_TRADE = 0.04;
    static final double NO_CODE_IN_TEXT = 0.005;
    static final double SECOND_LINK_PRODUCT = 0.6;
    static final double SECOND_LINK_IN_SCOPE = 0.25;
    static final double STRAY_PRODUCT = 0.03;
    static final double SCOPE_KNOWN = 0.9;
    static final double PRODUCTS_KNOWN = 0.88;

    /** Classes of trades that registries give firms whose main business is elsewhere (wholesale, software …). */
    private static final String[] OTHER_TRADES = {"5179", "5292", "7514", "6513", "3399", "5212"};
    /** Section names an export may hold instead of a code. */
    private static final String[] SECTION_NAMES = {"制造业", "科学研究和技术服务业", "批发和零售业", "信息传输、软件和信息技术服务业"};

    private static final String[] SEPARATORS = {"、", "、", "、", "，", ",", ";", "；", "|"};
    private static final String[] STATUSES = {"存续", "在业", "存续（在营、开业、在册）", "开业"};
    private static final WeightedChoice STATUS_CHOICE = new WeightedChoice(new double[] {55, 25, 15, 5});
    private static final WeightedChoice PRODUCT_COUNT = new WeightedChoice(new double[] {25, 50, 25});

    private final EnterprisePopulation p;
    private final LinkRules rules;
    private final IndustryClasses classes;
    private final int links;
    private final SplittableRandom rng;

    RegistryTexts(EnterprisePopulation p, LinkRules rules, IndustryClasses classes, int links, SplittableRandom rng) {
        this.p = p;
        this.rules = rules;
        this.classes = classes;
        this.links = links;
        this.rng = rng;
    }

    /** The industry_code, business_scope, products and status cells of enterprise {@code i}, in that order. */
    String[] cells(int i) {
        LinkRules.Rule main = rules.of(p.mainLink[i]);
        LinkRules.Rule second = p.secondLink[i] >= 0 ? rules.of(p.secondLink[i]) : null;
        String code = null;
        String codeCell = "";
        double x = rng.nextDouble();
        if (x < OWN_CODE) {
            List<String> own = main.enterpriseCodes();
            code = own.size() > 1 && chance(rng, SECOND_OWN_CODE) ? own.get(1) : own.getFirst();
            codeCell = written(code);
        } else if (x < OWN_CODE + DIVISION_ONLY) {
            code = main.enterpriseCodes().getFirst().substring(0, 2);
            codeCell = IndustryClasses.section(code) + code;
        } else if (x < OWN_CODE + DIVISION_ONLY + OTHER_TRADE) {
            code = OTHER_TRADES[rng.nextInt(OTHER_TRADES.length)];
            codeCell = written(code);
        } else if (x < OWN_CODE + DIVISION_ONLY + OTHER_TRADE + NO_CODE_IN_TEXT) {
            codeCell = SECTION_NAMES[rng.nextInt(SECTION_NAMES.length)];
        }

        List<String> products = pick(main.products(), 1 + PRODUCT_COUNT.pick(rng));
        if (second != null && chance(rng, SECOND_LINK_PRODUCT)) {
            add(products, one(second.products()));
        }
        if (chance(rng, STRAY_PRODUCT)) {
            add(products, one(rules.of(rng.nextInt(links)).products()));
        }
        List<String> scopeItems = new ArrayList<>(products);
        if (second != null && chance(rng, SECOND_LINK_IN_SCOPE)) {
            add(
                    scopeItems,
                    second.keywords().isEmpty()
                            ? one(second.products())
                            : second.keywords().getFirst());
        }
        String scope = chance(rng, SCOPE_KNOWN) ? scope(scopeItems, code) : "";
        String separator = SEPARATORS[rng.nextInt(SEPARATORS.length)];
        String productCell = chance(rng, PRODUCTS_KNOWN) ? String.join(separator, products) : "";
        String status = STATUSES[STATUS_CHOICE.pick(rng)];
        return new String[] {codeCell, scope, productCell, status};
    }

    /** A class in one of the forms of registry exports. */
    private String written(String code) {
        String name = classes.name(code);
        char section = IndustryClasses.section(code);
        double x = rng.nextDouble();
        if (name != null && x < 0.22) {
            return section + code + " " + name;
        }
        if (name != null && x < 0.32) {
            return name + "(" + code + ")";
        }
        if (name != null && x < 0.37) {
            return name + "（" + code + "）";
        }
        return x < 0.68 ? section + code : code;
    }

    /** A business scope written from its items, as registration authorities phrase one. */
    private String scope(List<String> items, String code) {
        String joined = String.join("、", items);
        char kind = code == null ? 'C' : code.charAt(0);
        String body;
        if (kind >= '5') {
            body = "一般项目：" + joined + "；信息咨询服务（不含许可类信息咨询服务）；技术服务、技术开发、技术咨询";
        } else if (kind == '0') {
            body = "许可项目：" + joined + "的生产经营；一般项目：农产品销售；技术推广服务";
        } else if (chance(rng, 0.5)) {
            body = "一般项目：" + joined + "的研发、制造和销售；技术服务、技术开发、技术咨询、技术转让；货物进出口";
        } else {
            body = joined + "的研究开发、生产、销售；经营本企业自产产品的出口业务";
        }
        return body + (chance(rng, 0.7) ? "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）" : "（依法须经批准的项目，经相关部门批准后方可开展经营活动）");
    }

    /** {@code n} distinct items of {@code from} (all of them when it has fewer), in the order drawn. */
    private List<String> pick(List<String> from, int n) {
        List<String> pool = new ArrayList<>(from);
        List<String> picked = new ArrayList<>(n);
        while (picked.size() < n && !pool.isEmpty()) {
            picked.add(pool.remove(rng.nextInt(pool.size())));
        }
        return picked;
    }

    private String one(List<String> from) {
        return from.get(rng.nextInt(from.size()));
    }

    private static void add(List<String> items, String item) {
        if (!items.contains(item)) {
            items.add(item);
        }
    }
}

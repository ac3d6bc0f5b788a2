package org.chainmap.generate;

/**
 * Fictional enterprise names in the usual pattern city + trade name (字号) + trade + form, e.g. 苏州恒达半导体有限公司.
 * A name is a pure function of the seed and the enterprise, so any part of the generator can ask for it.
 */
final class EnterpriseNames {
    private static final String TRADE_NAME_CHARACTERS = "华瑞恒达盛泰鑫源海润宏晨嘉联创博远信诚德利丰安康新和兴隆通明金科立正益天宇星辰光中东方国高广永长顺万昌汇"
            + "融卓越凯旭耀航腾跃锦峰岳川澜泓沃森林青蓝云启睿智思维力众合协同乐美佳尚品优赛特普迪奥诺威捷驰骏鹏龙凤祥"
            + "福成泽浩鼎宸铭";

    private final long seed;
    private final EnterprisePopulation p;
    private final ChainSkeleton skeleton;
    private final RegionCatalog regions;

    EnterpriseNames(long seed, EnterprisePopulation p, ChainSkeleton skeleton, RegionCatalog regions) {
        this.seed = RandomDraws.mix(seed ^ 0x4E414D45L);
        this.p = p;
        this.skeleton = skeleton;
        this.regions = regions;
    }

    String name(int i) {
        long h = RandomDraws.mix(seed + i);
        var trades = skeleton.chainOf(p.mainLink[i]).trades();
        String trade = trades.get((int) Long.remainderUnsigned(h >>> 20, trades.size()));
        String form = p.has(i, EnterprisePopulation.LISTED)
                ? "股份有限公司"
                : p.revenueOrMedian(i) >= 100_000 && (h & 1) == 0 ? "集团有限公司" : "有限公司";
        return regions.division(p.division[i]).city() + tradeName(i) + trade + form;
    }

    /** The two-character trade name (字号) of enterprise {@code i}. */
    String tradeName(int i) {
        return tradeName(RandomDraws.mix(seed + i));
    }

    /** A two-character trade name chosen by the bits of {@code h}. */
    static String tradeName(long h) {
        int n = TRADE_NAME_CHARACTERS.length();
        int a = (int) Long.remainderUnsigned(h, n);
        int b = (int) Long.remainderUnsigned(h >>> 10, n);
        return "" + TRADE_NAME_CHARACTERS.charAt(a) + TRADE_NAME_CHARACTERS.charAt(b);
    }
}

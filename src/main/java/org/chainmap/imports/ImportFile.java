package org.chainmap.imports;

import static org.chainmap.imports.Column.alternative;
import static org.chainmap.imports.Column.optional;
import static org.chainmap.imports.Column.required;

import java.util.List;
import java.util.Optional;

/**
 * The files of the import format (SPEC section 3), in the order they are validated and written: every reference
 * points to a file earlier in this order, so a row's references can be checked as soon as it is read.
 */
public enum ImportFile {
    CHAINS(
            "chains",
            List.of(
                    required("id", "编号", "产业链编号"),
                    required("name", "名称", "产业链名称"),
                    optional("name_en", "英文名称"),
                    optional("lead_agency", "牵头部门"),
                    optional("priority", "优先级"))),
    LINKS(
            "links",
            List.of(
                    required("id", "编号", "环节编号"),
                    required("chain_id", "产业链编号", "所属产业链"),
                    required("name", "环节名称", "名称"),
                    optional("name_en", "英文名称"),
                    required("stage", "阶段", "上中下游"),
                    optional("key", "是否关键环节", "关键环节"),
                    optional("industry_codes", "行业代码", "国民经济行业代码"),
                    optional("keywords", "关键词"),
                    optional("exclude_keywords", "排除词", "排除关键词"))),
    LINK_FLOWS("link_flows", List.of(required("from_link", "上游环节"), required("to_link", "下游环节"))),
    ENTERPRISES(
            "enterprises",
            List.of(
                    required("uscc", "统一社会信用代码", "信用代码"),
                    required("name", "企业名称", "名称", "公司名称"),
                    optional("region", "所在地区", "地区"),
                    optional("local", "是否本地", "本地"),
                    optional("scale", "企业规模", "规模"),
                    optional("revenue", "营业收入"),
                    optional("tax", "税收", "纳税"),
                    optional("registered_capital", "注册资本", "注册资金"),
                    optional("employees", "从业人数", "员工人数", "参保人数"),
                    optional("land_mu", "用地面积", "用地亩数"),
                    optional("founded", "成立日期", "成立时间"),
                    optional("tags", "标签", "企业资质"),
                    optional("industry_code", "行业代码", "国民经济行业代码", "国标行业", "国标行业代码"),
                    optional("business_scope", "经营范围"),
                    optional("products", "主营产品", "主要产品"),
                    optional("status", "登记状态", "经营状态", "企业状态"),
                    // read where the columns above leave a value unknown: a registry export's way of writing them
                    alternative("industry", "所属行业"),
                    alternative("province", "省份", "所属省份"),
                    alternative("city", "城市", "所属城市"),
                    alternative("district", "区县", "所属区县"))),
    ENTERPRISE_LINKS(
            "enterprise_links",
            List.of(required("uscc", "统一社会信用代码", "信用代码"), required("link_id", "环节编号"), optional("main", "是否主营", "主营"))),
    SUPPLIES(
            "supplies",
            List.of(
                    required("supplier_uscc", "供应商信用代码", "供应商"),
                    required("customer_uscc", "客户信用代码", "客户"),
                    optional("value", "金额", "交易额"),
                    optional("since", "起始时间", "开始时间"),
                    optional("source", "来源", "数据来源"),
                    optional("confidence", "置信度"))),
    LEADERS("leaders", List.of(required("uscc", "统一社会信用代码", "信用代码"), required("chain_id", "产业链编号"))),
    PARKS(
            "parks",
            List.of(
                    required("id", "编号", "园区编号"),
                    required("name", "名称", "园区名称"),
                    optional("operator", "运营主体"),
                    optional("area_mu", "占地面积", "占地亩数"),
                    optional("floor_area_sqm", "建筑面积"),
                    optional("floors", "层数"),
                    optional("units", "单元数", "可容纳企业数"),
                    optional("occupied_units", "已入驻单元数", "入驻单元数"),
                    optional("certified", "是否认定", "已认定"),
                    optional("town", "镇街", "所在镇街"),
                    optional("focus_chains", "主导产业链", "主导产业"),
                    optional("stage", "园区阶段", "建设阶段"),
                    optional("free_floor_area_sqm", "空置面积", "可招商面积", "剩余面积"),
                    optional("floor_load_kn", "楼面荷载", "荷载"),
                    optional("clear_height_m", "层高", "净高"),
                    optional("approved", "立项日期", "批复日期"),
                    optional("construction_start", "开工日期"),
                    optional("completed", "竣工日期"),
                    optional("opened", "开园日期", "运营日期"),
                    optional("title_registered", "分割办证日期", "办证日期"))),
    TENANTS("tenants", List.of(required("uscc", "统一社会信用代码", "信用代码"), required("park_id", "园区编号"))),
    PROJECTS(
            "projects",
            List.of(
                    required("id", "编号", "项目编号"),
                    required("name", "名称", "项目名称"),
                    required("type", "类型", "项目类型"),
                    required("stage", "阶段", "项目阶段"),
                    optional("investment", "投资额", "总投资"),
                    optional("chain_id", "产业链编号"),
                    optional("link_id", "环节编号"),
                    optional("investor_uscc", "投资方信用代码"),
                    optional("referrer_uscc", "引荐企业信用代码"),
                    optional("park_id", "园区编号"),
                    optional("updated", "更新日期", "更新时间"),
                    optional("owner", "包联领导", "负责人", "包联责任人"),
                    optional("next_step", "下一步", "下一步工作"),
                    optional("next_step_due", "下一步期限", "完成时限"),
                    optional("blockers", "制约问题", "存在问题"))),
    PROJECT_EVENTS(
            "project_events",
            List.of(
                    required("project", "项目编号"),
                    required("stage", "阶段", "项目阶段"),
                    required("at", "日期", "变更日期"),
                    optional("by", "填报人", "经办人"),
                    optional("note", "备注", "说明"))),
    VISITS(
            "visits",
            List.of(
                    required("enterprise", "企业信用代码", "统一社会信用代码"),
                    required("date", "走访日期", "日期"),
                    optional("by", "走访人"),
                    optional("intention", "意向", "企业意向"),
                    optional("notes", "走访情况", "备注"),
                    optional("mentions", "提及企业", "引荐企业"))),
    EVALUATIONS(
            "evaluations",
            List.of(
                    required("uscc", "统一社会信用代码", "信用代码"),
                    required("year", "年度", "年份"),
                    optional("tax", "税收", "税收实际贡献"),
                    optional("value_added", "工业增加值", "增加值"),
                    optional("revenue", "营业收入"),
                    optional("energy_tce", "综合能耗"),
                    optional("emissions", "排放量", "主要污染物排放量"),
                    optional("electricity_kwh", "用电量"),
                    optional("rnd", "研发经费", "研发投入"),
                    optional("employees", "从业人数", "年平均职工人数"),
                    optional("land_mu", "用地面积"),
                    optional("floor_area_sqm", "建筑面积"))),
    PARCELS(
            "parcels",
            List.of(
                    required("id", "编号", "地块编号"),
                    required("name", "名称", "地块名称"),
                    optional("town", "镇街", "所在镇街"),
                    optional("area_mu", "面积", "用地面积", "占地面积"),
                    optional("building_area_sqm", "建筑面积"),
                    optional("use", "用途", "土地用途"),
                    optional("status", "状态", "地块状态"),
                    optional("holder", "使用权人", "使用权人信用代码", "统一社会信用代码"),
                    optional("park", "园区编号", "所在园区"))),
    RENEWALS(
            "renewals",
            List.of(
                    required("parcel", "地块编号"),
                    optional("completed", "完成日期", "竣工日期"),
                    optional("investment", "投资额", "改造投资"),
                    optional("before_tax", "改造前税收"),
                    optional("after_tax", "改造后税收"),
                    optional("before_revenue", "改造前营业收入", "改造前产值"),
                    optional("after_revenue", "改造后营业收入", "改造后产值"),
                    optional("before_building_area_sqm", "改造前建筑面积"),
                    optional("after_building_area_sqm", "改造后建筑面积"),
                    optional("before_enterprises", "改造前企业数"),
                    optional("after_enterprises", "改造后企业数"),
                    optional("note", "备注", "说明")));

    private final String baseName;
    private final List<Column> columns;

    ImportFile(String baseName, List<Column> columns) {
        this.baseName = baseName;
        this.columns = List.copyOf(columns);
    }

    /** The file name without {@code .csv}, which is also the sheet name in a workbook. */
    public String baseName() {
        return baseName;
    }

    public String csvName() {
        return baseName + ".csv";
    }

    List<Column> columns() {
        return columns;
    }

    /**
     * The snake_case column names in the order of the format, as a header row that writes this file (without the
     * columns read only in place of others).
     */
    public List<String> columnNames() {
        return columns.stream().filter(Column::written).map(Column::name).toList();
    }

    public static Optional<ImportFile> byBaseName(String name) {
        for (ImportFile f : values()) {
            if (f.baseName.equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

package org.chainmap.brief;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.evaluation.TransitionRow;
import org.chainmap.evaluation.Transitions;
import org.chainmap.export.Json;
import org.chainmap.export.Labels;
import org.chainmap.report.ChainStages;
import org.chainmap.report.ClassCounts;
import org.chainmap.report.FlatFigures;
import org.chainmap.report.Report;
import org.chainmap.report.Trend;

/**
 * The leader's brief as a Word document (SPEC section 11), in Chinese on A4 ({@link Word}): the headline figures with
 * their trend, the roadmap, the pipeline by chain and stage, the per-mu classes and their transitions, and a chapter
 * for each headline section listed in {@link #CHAPTERS}; numbers written as the report's JSON writes them.
 *
 * <p>The headline is read generically ({@link FlatFigures}): a figure added to the headline appears in the table of
 * chapter 一 under its label ({@code figure.*} in {@code labels.properties}), and a section named in {@link #CHAPTERS}
 * gets a chapter of its own instead.
 */
public final class BriefDocument {
    /** Headline sections shown as chapters of their own after the per-mu chapter, with their headings. */
    static final Map<String, String> CHAPTERS = Map.of("landRenewal", "土地更新（腾笼换鸟、工业上楼）");

    private static final List<String> NUMERALS = List.of("一", "二", "三", "四", "五", "六", "七", "八");
    private static final Labels ZH = Labels.in(Labels.Lang.ZH);

    private final Brief brief;
    private final Word word = new Word();
    private int chapter;

    private BriefDocument(Brief brief) {
        this.brief = brief;
    }

    /** Writes the brief of {@code brief} as a .docx to {@code out}. */
    public static void write(Brief brief, OutputStream out) {
        BriefDocument document = new BriefDocument(brief);
        try (Word w = document.word) {
            document.compose();
            w.write(out);
        }
    }

    private void compose() {
        Report report = brief.report();
        word.title("产业链招商与亩产效益工作简报");
        word.subtitle("（截至" + day(report.asOf()) + "）");
        headline(report);
        roadmap();
        pipeline();
        perMu(report);
        Map<String, Object> figures = FlatFigures.of(report.headline());
        CHAPTERS.forEach((section, heading) -> headlineChapter(section, heading, figures));
        word.note("注：本简报各项数字均由产业链图谱计算得出，与系统“报告”页及接口 /api/v1/report 的同日数字一致；项目数字为" + day(report.asOf())
                + "各项目阶段记录所示阶段，“上年同期”为一年前同日。");
    }

    private void heading(String text) {
        word.heading(NUMERALS.get(chapter++) + "、" + text);
    }

    private void headline(Report report) {
        heading("主要指标");
        List<List<String>> rows = new ArrayList<>();
        FlatFigures.of(report.headline()).forEach((figure, value) -> {
            if (!CHAPTERS.containsKey(figure.split("\\.")[0])) {
                rows.add(figureRow(figure, value, report.trend().get(figure)));
            }
        });
        word.table(List.of("指标", "数值", "上年同期", "增减"), rows);
    }

    private static List<String> figureRow(String figure, Object value, Trend trend) {
        return List.of(
                ZH.figure(figure),
                number(value),
                trend == null ? "" : number(trend.then()),
                trend == null ? "" : signed(trend.change()));
    }

    private void roadmap() {
        heading("产业链发展路线图（建链、补链、强链、延链）");
        List<String> build = brief.roadmap().stream()
                .filter(Brief.RoadmapRow::build)
                .map(Brief.RoadmapRow::chainName)
                .toList();
        int fill = brief.roadmap().stream().mapToInt(r -> r.fill().size()).sum();
        int extend = brief.roadmap().stream().mapToInt(r -> r.extend().size()).sum();
        int strengthen =
                brief.roadmap().stream().mapToInt(r -> r.strengthen().size()).sum();
        word.paragraph("需建链的产业链" + build.size() + "条" + (build.isEmpty() ? "" : "（" + String.join("、", build) + "）")
                + "；需补链的环节" + fill + "个，需延链的环节" + extend + "个，需强链的环节" + strengthen + "个。");
        List<List<String>> rows = new ArrayList<>();
        for (Brief.RoadmapRow r : brief.roadmap()) {
            rows.add(List.of(
                    r.chainName(),
                    r.build() ? "是" : "否",
                    String.join("、", r.fill()),
                    String.join("、", r.extend()),
                    String.join("、", r.strengthen())));
        }
        word.table(List.of("产业链", "建链", "补链环节", "延链环节", "强链环节"), rows);
    }

    private void pipeline() {
        heading("招商项目推进情况");
        Map<String, Long> byStage = new LinkedHashMap<>();
        for (ChainStages c : brief.report().pipeline()) {
            c.stages().forEach((stage, n) -> byStage.merge(ZH.value(stage), n, Long::sum));
        }
        long total = byStage.values().stream().mapToLong(Long::longValue).sum();
        word.paragraph("在库项目" + total + "个，按阶段分布如下图，按产业链分布见下表。");
        word.picture(new BarChart("项目阶段分布（个）", byStage).png(), "pipeline.png", BarChart.WIDTH, BarChart.HEIGHT);
        List<String> header = new ArrayList<>(List.of("产业链"));
        header.addAll(byStage.keySet());
        header.add("合计");
        List<List<String>> rows = new ArrayList<>();
        for (ChainStages c : brief.report().pipeline()) {
            List<String> row = new ArrayList<>(
                    List.of(c.chain() == null ? "未关联产业链" : c.chain().name()));
            c.stages().values().forEach(n -> row.add(number(n)));
            row.add(number(c.total()));
            rows.add(row);
        }
        word.table(header, rows);
    }

    private void perMu(Report report) {
        Integer year = report.evaluation().year();
        heading("亩产效益评价" + (year == null ? "" : "（" + year + "年度）"));
        if (year == null) {
            word.paragraph("截至该日尚无亩产效益评价数据。");
            return;
        }
        Map<String, Integer> classes = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("企业类别", "参评企业"));
        for (ClassCounts g : report.evaluation().groups()) {
            List<String> row = new ArrayList<>(List.of(ZH.value(g.scale().name()), number(g.enterprises())));
            g.classes().forEach((c, n) -> {
                classes.merge(c, n, Integer::sum);
                row.add(number(n));
            });
            rows.add(row);
        }
        header.addAll(classes.keySet().stream().map(c -> c + "类").toList());
        word.picture(
                new BarChart(year + "年度亩产效益评价等级分布（家）", classes).png(), "classes.png", BarChart.WIDTH, BarChart.HEIGHT);
        word.table(header, rows);
        transitions(brief.transitions());
    }

    private void transitions(Transitions t) {
        if (t == null) {
            return;
        }
        long up = moved(t.rows(), 1);
        long down = moved(t.rows(), -1);
        word.paragraph("与" + t.from() + "年度相比：等级上升" + up + "家，下降" + down + "家；新参评" + t.entered() + "家，退出评价" + t.left()
                + "家。等级变化如下表（行为" + t.from() + "年度等级，列为" + t.to() + "年度等级）。");
        List<String> header = new ArrayList<>(List.of(t.from() + "年度＼" + t.to() + "年度"));
        header.addAll(t.matrix().keySet().stream().map(c -> c + "类").toList());
        header.add("合计");
        List<List<String>> rows = new ArrayList<>();
        t.matrix().forEach((from, line) -> {
            List<String> row = new ArrayList<>(List.of(from + "类"));
            line.values().forEach(n -> row.add(number(n)));
            row.add(number(line.values().stream().mapToInt(Integer::intValue).sum()));
            rows.add(row);
        });
        word.table(header, rows);
    }

    /** A chapter of the headline section {@code section}'s figures, when the headline has that section. */
    private void headlineChapter(String section, String title, Map<String, Object> figures) {
        List<List<String>> rows = new ArrayList<>();
        figures.forEach((figure, value) -> {
            if (figure.startsWith(section + ".")) {
                rows.add(figureRow(figure, value, brief.report().trend().get(figure)));
            }
        });
        if (!rows.isEmpty()) {
            heading(title);
            word.table(List.of("指标", "数值", "上年同期", "增减"), rows);
        }
    }

    /** A number as the report's JSON writes it (1490.23, 112.6, 21), without separators. */
    static String number(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a figure: " + value, e);
        }
    }

    private static String signed(Number change) {
        String n = number(change);
        return change.doubleValue() > 0 ? "+" + n : n;
    }

    /** 2025-06-30 as 2025年6月30日. */
    static String day(String iso) {
        LocalDate d = LocalDate.parse(iso);
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** How many of {@code rows} moved up ({@code sign} 1) or down (-1) a class or more. */
    private static long moved(List<TransitionRow> rows, int sign) {
        return rows.stream()
                .filter(r -> r.moved() != null && Integer.signum(r.moved()) == sign)
                .count();
    }
}

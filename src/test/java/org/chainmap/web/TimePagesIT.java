package org.chainmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chainmap.TestFolders;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.api.ApiServer;
import org.chainmap.api.Services;
import org.chainmap.export.Json;
import org.chainmap.imports.DemoData;
import org.chainmap.imports.Progress;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages of time in Chromium on the demo: the report of an earlier day with its trend and the conversion of the
 * recommendations, the per-mu classes of two years compared, and the brief's print page printed to PDF on A4.
 */
class TimePagesIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The width between the margins of the print page's A4 (210 mm less 2 × 12 mm) in CSS pixels (96 per inch). */
    private static final int PRINTED_WIDTH_PX = (int) Math.floor((210 - 24) / 25.4 * 96);

    static Javalin app;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() {
        Browser.requireInstalled();
        Store store = TestNeo4j.clean();
        DemoData.importInto(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE);
        app = ApiServer.create(Services.over(store, AnalysisConfig.load(null, Map.of()), "区工业和信息化局"))
                .start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        Path downloads = TestFolders.create("downloads-");
        TestFolders.deleteOnExit(downloads, () -> {});
        browser = Browser.start(downloads);
    }

    @AfterAll
    static void stop() {
        Browser.stop(browser, app);
    }

    @Test
    void shouldShowTheReportOfAnEarlierDayWithItsTrendAndTheBriefForTheSameDay() {
        JsonNode report = api("/api/v1/report?asOf=2025-06-30");
        open("report?asOf=2025-06-30");
        assertThat(browser.findElement(By.id("headline")).getDomAttribute("data-as-of"))
                .isEqualTo("2025-06-30");
        assertThat(browser.findElement(By.id("headline")).getText())
                .contains("在谈 " + report.at("/headline/chainProjects/TALKS").asLong());
        List<WebElement> trend = browser.findElements(By.cssSelector("#trend-table tbody tr"));
        assertThat(trend).hasSize(report.get("trend").size());
        // the first figure: chain projects in talks, a year before, on the day, the change
        JsonNode talks = report.at("/trend/chainProjects.TALKS");
        assertThat(trend.getFirst().findElements(By.tagName("td")))
                .extracting(WebElement::getText)
                .containsExactly(
                        "以链招引项目 · 在谈",
                        talks.get("then").toString(),
                        talks.get("now").toString(),
                        (talks.get("change").asLong() > 0 ? "+" : "") + talks.get("change"));
        assertThat(browser.findElement(By.id("download-brief")).getDomAttribute("href"))
                .isEqualTo("/api/v1/report/brief.docx?asOf=2025-06-30");
        // the demo's projects were kept before sources were: all of them count as other, without a rank
        List<WebElement> conversion = browser.findElements(By.cssSelector("#conversion-table tbody tr"));
        assertThat(conversion).hasSize(1);
        assertThat(conversion.getFirst().getText()).contains("其他", "无排名", "140");
        Browser.screenshot(browser, "report-as-of");
    }

    @Test
    void shouldCompareTheClassesOfTwoYearsInAHeatTableAndListTheMovers() {
        JsonNode t = api("/api/v1/evaluations/transitions?from=2024&to=2025");
        open("evaluation?view=compare&from=2024&to=2025");
        for (String from : List.of("A", "B", "C", "D")) {
            for (String to : List.of("A", "B", "C", "D")) {
                WebElement cell = browser.findElement(
                        By.cssSelector("#transition-matrix td[data-from='" + from + "'][data-to='" + to + "']"));
                assertThat(cell.getText())
                        .as(from + "→" + to)
                        .isEqualTo(t.at("/matrix/" + from + "/" + to).toString());
            }
        }
        long up = 0;
        long down = 0;
        for (JsonNode r : t.get("rows")) {
            up += r.get("moved").asInt(0) > 0 ? 1 : 0;
            down += r.get("moved").asInt(0) < 0 ? 1 : 0;
        }
        assertThat(up).isPositive();
        assertThat(down).isPositive();
        assertThat(browser.findElements(By.cssSelector("#movers-up > li"))).hasSize((int) up);
        assertThat(browser.findElements(By.cssSelector("#movers-down > li"))).hasSize((int) down);
        assertThat(browser.findElement(By.id("transition-counts")).getText())
                .isEqualTo("新参评 " + t.get("entered") + " · 退出评价 " + t.get("left"));
        Browser.screenshot(browser, "per-mu-compare");
    }

    @Test
    void shouldPrintTheBriefOnA4PagesWithNothingCutAtTheRightEdge() throws IOException {
        open("report/print?asOf=2025-06-30");
        assertThat(browser.findElement(By.id("print-as-of")).getText()).contains("2025-06-30");
        assertThat(browser.findElements(By.cssSelector("#print-headline tbody tr")))
                .hasSizeGreaterThan(15);
        Browser.screenshot(browser, "report-print");

        // laid out for print at the width between the margins of A4: no element reaches past the right edge
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", PRINTED_WIDTH_PX, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        try {
            Object overflowing = browser.executeScript("const edge = document.documentElement.clientWidth;"
                    + " const out = [...document.querySelectorAll('#print-sheet *')]"
                    + "   .filter((e) => e.getBoundingClientRect().right > edge + 0.5)"
                    + "   .map((e) => e.tagName + '#' + e.id + '.' + e.className);"
                    + " return [document.documentElement.scrollWidth - edge, out.slice(0, 5).join(' ')];");
            assertThat(overflowing).asString().isEqualTo("[0, ]");
            assertThat(browser.findElement(By.className("topbar")).isDisplayed())
                    .isFalse();
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        Map<String, Object> pdf = browser.executeCdpCommand(
                "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Path file = Browser.SCREENSHOTS.resolve("report-print.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        long pages = Pattern.compile("/Type\\s*/Page(?![s\\w])")
                .matcher(text)
                .results()
                .count();
        // the headline, the roadmap of 15 chains, the pipeline and the per-mu classes: a few pages, not one, not dozens
        assertThat(pages).isBetween(2L, 8L);
        // every page A4: 595 × 842 points
        assertThat(Pattern.compile("/MediaBox\\s*\\[\\s*0 0 (\\d+(?:\\.\\d+)?) (\\d+(?:\\.\\d+)?)\\s*]")
                        .matcher(text)
                        .results()
                        .map(m -> Math.round(Double.parseDouble(m.group(1))) + "x"
                                + Math.round(Double.parseDouble(m.group(2))))
                        .distinct())
                .containsExactly("595x842");
    }

    private static void open(String route) {
        Browser.open(browser, base, route);
    }

    private static JsonNode api(String path) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

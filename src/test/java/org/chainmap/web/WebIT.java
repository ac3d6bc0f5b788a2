package org.chainmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.chainmap.TestFolders;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.api.AccessTokens;
import org.chainmap.api.ApiServer;
import org.chainmap.api.ApiSettings;
import org.chainmap.api.Role;
import org.chainmap.api.Services;
import org.chainmap.imports.DemoData;
import org.chainmap.imports.ImportRun;
import org.chainmap.imports.Progress;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web view in a real headless Chromium over the demo data set, served by the same app as {@code chainmap serve}. */
class WebIT {
    private static final String LEADER = "91370215407791240X";
    private static final String TARGET = "91350902MA8GH03W1A";
    static Javalin app;
    static ChromeDriver browser;
    static Path downloads;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        Browser.requireInstalled();
        Store store = TestNeo4j.clean();
        DemoData.importInto(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE);
        app = ApiServer.create(Services.over(store, AnalysisConfig.load(null, Map.of()), "区工业和信息化局"))
                .start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        downloads = TestFolders.create("downloads-");
        TestFolders.deleteOnExit(downloads, () -> {});
        browser = Browser.start(downloads);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.stop();
        }
    }

    @BeforeEach
    void chineseFirst() {
        browser.get(base + "/?lang=zh#/chains");
        ready();
    }

    @Test
    void shouldShowTheFifteenChainsInChineseByDefault() {
        assertThat(browser.findElements(By.cssSelector("#chain-grid .chain-card")))
                .hasSize(15);
        assertThat(browser.findElement(By.id("nav-chains")).getText()).isEqualTo("产业链总览");
        assertThat(browser.findElement(By.id("chain-grid")).getText()).contains("新能源汽车");
        Browser.screenshot(browser, "overview");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "chains",
                "chains/nev",
                "gaps",
                "gaps?chain=nev&status=GAP",
                "targets?chain=nev",
                "referrals",
                "referrals?q=汽车",
                "referrals?uscc=" + LEADER,
                "referrals?uscc=" + TARGET,
                "enterprises/" + LEADER,
                "parks",
                "parks/appliance",
                "pipeline",
                "pipeline?type=TECH_UPGRADE",
                "evaluation?year=2025",
                "report"
            })
    void shouldOpenEveryPageWithItsDataAndNoError(String route) {
        open(route);
        WebElement main = browser.findElement(By.id("page"));
        assertThat(main.findElements(By.cssSelector(".state.error")))
                .as("error shown on %s", route)
                .isEmpty();
        assertThat(main.findElements(By.cssSelector(".state.loading")))
                .as("still loading on %s", route)
                .isEmpty();
        assertThat(main.findElements(
                        By.cssSelector("table.data, .chain-grid, .stats, .cy, #ref-results li, #ref-leaders li")))
                .as("content on %s", route)
                .isNotEmpty();
        Browser.screenshot(browser, "page-" + route.replaceAll("[^A-Za-z0-9]+", "-"));
    }

    @Test
    void shouldDrawTheLocalReferrersOfATargetAsLocalAndTheTargetInFocus() {
        open("referrals?uscc=" + TARGET);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> browser.executeScript(
                        "return !!window.referralGraph && window.referralGraph.nodes().length > 0"));
        String role = "return window.referralGraph.getElementById(arguments[0]).data('role')";
        assertThat(browser.executeScript(role, TARGET)).isEqualTo("focus");
        String firstReferrer = browser.findElement(By.cssSelector("#referrers-table tbody tr a"))
                .getAttribute("href");
        String uscc = firstReferrer.substring(firstReferrer.indexOf("uscc=") + 5);
        assertThat(browser.executeScript(role, uscc)).isEqualTo("local");
    }

    @Test
    void shouldOfferTheChainLeadersWhereReferralsStart() {
        open("referrals");
        List<WebElement> leaders = browser.findElements(By.cssSelector("#ref-leaders li a"));
        assertThat(leaders)
                .extracting(a -> a.getAttribute("href"))
                .anySatisfy(h -> assertThat(h).contains(LEADER));
        assertThat(browser.findElement(By.id("ref-leaders")).getText()).contains("★ 新能源汽车");
        browser.findElements(By.cssSelector("#ref-leaders li a")).stream()
                .filter(a -> a.getAttribute("href").contains(LEADER))
                .findFirst()
                .orElseThrow()
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("referrals-table")));
        assertThat(browser.getCurrentUrl()).contains("uscc=" + LEADER);
    }

    @Test
    void shouldMarkAChainLeaderOnItsPageAndLinkToTheChainItLeads() {
        open("enterprises/" + LEADER);
        WebElement chip = browser.findElement(By.cssSelector(".page-head a.leader-chip"));
        assertThat(chip.getText()).isEqualTo("★ 链主 · 新能源汽车");
        assertThat(chip.getAttribute("href")).endsWith("#/chains/nev");
    }

    @Test
    void shouldNameTheChainsOfAParksTenants() {
        open("parks/nev-parts");
        String tenants = browser.findElement(By.id("tenants-table")).getText();
        assertThat(tenants).contains("新能源汽车").doesNotContainPattern("(?m)\\bnev\\b");
    }

    @Test
    void shouldShowTheReportsHeadlineFigures() {
        open("report");
        String headline = browser.findElement(By.id("headline")).getText();
        assertThat(headline).contains("1,490.23").contains("112.60").contains("64.88");
    }

    @Test
    void shouldOpenALinksPanelWithItsTargetsWhenTheLinkIsClickedOnTheMap() {
        open("chains/ic");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> browser.executeScript("return !!window.chainMap && window.chainMap.nodes().length > 0"));
        @SuppressWarnings("unchecked")
        Map<String, Object> node = (Map<String, Object>) browser.executeScript("""
                const n = window.chainMap.nodes('node.link[status != "OK"]').first();
                const p = n.renderedPosition();
                return {id: n.id(), x: p.x, y: p.y, w: window.chainMap.width(), h: window.chainMap.height()};""");
        WebElement canvas = browser.findElement(By.id("cy"));
        int dx = (int) (number(node, "x") - number(node, "w") / 2);
        int dy = (int) (number(node, "y") - number(node, "h") / 2);
        new Actions(browser).moveToElement(canvas, dx, dy).click().perform();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("panel-title")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#panel-targets li")));
        assertThat(browser.getCurrentUrl()).contains("link=" + node.get("id"));
        assertThat(browser.findElements(By.cssSelector("#panel-targets li"))).isNotEmpty();
        assertThat(browser.findElement(By.id("legend")).getText())
                .contains("补链")
                .contains("延链")
                .contains("强链");
        Browser.screenshot(browser, "chain-map");

        browser.findElement(By.id("collapse")).click();
        assertThat(browser.executeScript("return window.chainMap.nodes(':hidden').length"))
                .isNotEqualTo(0L);
        browser.findElement(By.id("collapse")).click();
        assertThat(browser.executeScript("return window.chainMap.nodes(':hidden').length"))
                .isEqualTo(0L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"equipment", "nev", "ic"})
    void shouldKeepTheBoxesOfTheChainMapApart(String chain) {
        open("chains/" + chain);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> (Boolean) browser.executeScript(
                "return !!window.chainMap && window.chainMap.nodes('node.link').some(n => n.id().startsWith(arguments[0]))",
                chain + "."));
        @SuppressWarnings("unchecked")
        List<String> overlaps = (List<String>) browser.executeScript("""
                const boxes = window.chainMap.nodes().map(n => ({id: n.id(), b: n.boundingBox({includeLabels: false})}));
                const apart = (a, b) => a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1;
                const found = [];
                boxes.forEach((p, i) => boxes.slice(i + 1).forEach(q => { if (!apart(p.b, q.b)) found.push(p.id + ' / ' + q.id); }));
                return found;""");
        assertThat(overlaps)
                .as("boxes covering each other on the map of %s", chain)
                .isEmpty();
        assertThat((Long) browser.executeScript("return window.chainMap.nodes('node.leader').length"))
                .isPositive();
    }

    @Test
    void shouldFillAMeetingRoomScreen() {
        browser.manage().window().setSize(new Dimension(2560, 1440));
        try {
            open("chains/ic");
            WebElement canvas = browser.findElement(By.id("cy"));
            assertThat(canvas.getSize().getWidth()).isGreaterThan(1600);
            assertThat(canvas.getSize().getHeight()).isGreaterThan(1000);
            Browser.screenshot(browser, "chain-map-large");
        } finally {
            browser.manage().window().setSize(new Dimension(1366, 768));
        }
    }

    @Test
    void shouldSwitchToEnglishAndRememberTheChoice() {
        browser.findElement(By.id("lang-toggle")).click();
        waitForText(By.id("nav-chains"), "Chains");
        browser.navigate().refresh();
        ready();
        assertThat(browser.findElement(By.id("nav-map")).getText()).isEqualTo("Chain map");
        open("chains/nev");
        assertThat(browser.findElement(By.id("legend")).getText())
                .contains("Fill")
                .contains("Extend");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> browser.executeScript("return !!window.chainMap && window.chainMap.nodes().length > 0"));
        assertThat((String) browser.executeScript("return window.chainMap.getElementById('nev.chip').data('label')"))
                .startsWith("★ Automotive chips");
        assertThat(browser.findElement(By.id("chain-select")).getText()).contains("New Energy Vehicles");
        Browser.screenshot(browser, "chain-map-en");
        open("chains");
        assertThat(browser.findElement(By.id("page")).getText())
                .contains("Integrated Circuits")
                .doesNotContain("集成电路");
        open("targets?chain=nev");
        String targets = browser.findElement(By.id("targets-table")).getText();
        assertThat(targets)
                .containsAnyOf("Fill", "Extend", "Strengthen")
                .doesNotContain("补链", "延链", "强链")
                .containsAnyOf("Automotive chips", "Smart cockpits", "Autonomous driving systems");
        open("report");
        assertThat(browser.findElement(By.id("roadmap")).getText())
                .contains("Aerospace, Virtual Reality")
                .doesNotContain("、");
        browser.get(base + "/?lang=zh#/report");
        ready();
        assertThat(browser.findElement(By.id("nav-report")).getText()).isEqualTo("报告");
    }

    @Test
    void shouldAskForATokenWhereReadsNeedOneAndThenShowTheChains() {
        String viewer = "viewer-token-for-the-browser";
        Javalin closed = ApiServer.create(
                        Services.over(TestNeo4j.store(), AnalysisConfig.load(null, Map.of()), "区工业和信息化局"),
                        ApiSettings.defaults("0.0.0.0").withTokens(AccessTokens.of(Map.of(viewer, Role.VIEWER))))
                .start("127.0.0.1", 0);
        try {
            browser.get("http://127.0.0.1:" + closed.port() + "/?lang=zh#/chains");
            WebElement input = new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("token-input")));
            assertThat(browser.findElement(By.cssSelector(".state.error")).getText())
                    .contains("401");
            Browser.screenshot(browser, "token-prompt");
            input.sendKeys(viewer);
            browser.findElement(By.id("token-use")).click();
            new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(d -> d.findElements(By.cssSelector("#chain-grid .chain-card"))
                                    .size()
                            == 15);
        } finally {
            browser.executeScript("localStorage.removeItem('chainmap.token')");
            closed.stop();
        }
    }

    @Test
    void shouldShowAnApiErrorInWords() {
        open("chains/nosuch");
        assertThat(browser.findElement(By.cssSelector(".state.error")).getText())
                .contains("nosuch")
                .contains("404");
    }

    @Test
    void shouldNameATargetsOtherGapLinksOnHover() {
        open("targets?chain=nev");
        List<WebElement> others = browser.findElements(By.cssSelector("#targets-table .other-links"));
        assertThat(others)
                .isNotEmpty()
                .allSatisfy(
                        o -> assertThat(o.getAttribute("title")).isNotBlank().doesNotContain("nev."));
    }

    @Test
    void shouldDownloadTheFilteredTargetsAsAWorkbook() throws Exception {
        open("targets?chain=nev");
        new Select(browser.findElement(By.id("filter-link"))).selectByIndex(1);
        ready();
        String link = new Select(browser.findElement(By.id("filter-link")))
                .getFirstSelectedOption()
                .getDomAttribute("value");
        int shown =
                browser.findElements(By.cssSelector("#targets-table tbody tr")).size();
        assertThat(browser.getCurrentUrl()).contains("link=" + link);
        browser.findElement(By.id("download-targets-xlsx")).click();

        Path file = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> downloaded("targets-nev.xlsx"));
        List<List<String>> rows = readSheet(file);
        List<String> header = rows.get(0);
        assertThat(header).contains("uscc", "name", "linkId", "score");
        int linkColumn = header.indexOf("linkId");
        assertThat(rows.subList(1, rows.size()))
                .hasSize(shown)
                .allSatisfy(r -> assertThat(r.get(linkColumn)).isEqualTo(link));
    }

    /** What is on the screen is what downloads: the page's rows and its CSV's, for several filters. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "targets?chain=nev&region=江苏&action=延链",
                "targets?chain=nev&action=强链",
                "targets?chain=ic&tag=SRDI",
                "gaps?chain=nev&status=FILL",
                "gaps?chain=nev&status=GAP&key=true",
                "gaps?status=EXTEND&stage=UPSTREAM",
                "parks",
                "pipeline?type=TECH_UPGRADE",
                "pipeline?chain=nev",
                "evaluation?year=2025&scale=ABOVE&class=A",
                "evaluation?year=2025&class=D"
            })
    void shouldDownloadTheRowsThePageShows(String route) throws Exception {
        open(route);
        String page = route.replaceAll("\\?.*", "");
        // per page: the rows' links that name each row, the id attribute they carry, the CSV column of the same id
        String[] how = switch (page) {
            case "targets" ->
                new String[] {"#targets-table tbody tr a[href^='#/enterprises/']", "/", "uscc", "targets"};
            case "gaps" -> new String[] {"#gaps-table tbody tr a[href^='#/chains/']", "link=", "linkId", "gaps"};
            case "parks" -> new String[] {"#parks-table tbody tr a[href^='#/parks/']", "/", "id", "parks"};
            case "evaluation" ->
                new String[] {"#evaluation-table tbody tr a[href^='#/enterprises/']", "/", "uscc", "evaluations"};
            default -> new String[] {"#projects-table tbody tr", null, null, "projects"};
        };
        List<WebElement> rowElements = browser.findElements(By.cssSelector(how[0]));
        List<String> shown = rowElements.stream()
                .map(a -> {
                    if (how[1] == null) {
                        return "row";
                    }
                    String href = a.getDomAttribute("href");
                    int at = how[1].equals("/") ? href.lastIndexOf('/') + 1 : href.indexOf(how[1]) + how[1].length();
                    return java.net.URLDecoder.decode(href.substring(at), java.nio.charset.StandardCharsets.UTF_8);
                })
                .toList();
        assertThat(shown).as("rows on %s", route).isNotEmpty();
        String csvLink =
                browser.findElement(By.id("download-" + how[3] + "-csv")).getDomProperty("href");
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(csvLink))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(response.body().replace("\uFEFF", "")))
                .getRecords();
        List<String> downloaded =
                rows.stream().map(r -> how[2] == null ? "row" : r.get(how[2])).toList();
        assertThat(downloaded).as("download of %s", route).containsExactlyInAnyOrderElementsOf(shown);
    }

    @Test
    void shouldSumUpTheRoadmapOnTheReportAndDownloadTheGapsOfEveryChain() throws Exception {
        open("report");
        WebElement roadmap = browser.findElement(By.id("roadmap"));
        assertThat(roadmap.getText()).contains("航空航天"); // no local leader and 3 of 12 links covered: 建链
        WebElement fill = roadmap.findElement(By.cssSelector("a[href*='status=FILL']"));
        int fillLinks =
                Integer.parseInt(fill.findElement(By.className("stat-value")).getText());
        fill.click();
        ready();
        assertThat(browser.getCurrentUrl()).contains("status=FILL");
        assertThat(browser.findElements(By.cssSelector("#gaps-table tbody tr"))).hasSize(fillLinks);

        browser.findElement(By.id("download-gaps-xlsx")).click();
        Path file = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> downloaded("gaps.xlsx"));
        assertThat(readSheet(file)).hasSize(15 + 1);
    }

    @Test
    void shouldWarnUnderTheHeaderOfAnImportThatDidNotFinish() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        var writer = new Neo4jGraphWriter(TestNeo4j.store());
        var run = new ImportRun(
                "web-test-run",
                "/data/企业名单.xlsx",
                "2026-12-01T09:30:00+08:00",
                java.net.InetAddress.getLocalHost().getHostName(),
                ended.pid());
        writer.importStarted(run);
        try {
            open("chains");
            WebElement warning = new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("import-interrupted")));
            assertThat(warning.getText())
                    .contains("导入未完成")
                    .contains("/data/企业名单.xlsx")
                    .contains("重新运行同一导入");
        } finally {
            writer.importsFinished(List.of(run.id()));
        }
        browser.navigate().refresh();
        ready();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".warnings[data-checked='true']")));
        assertThat(browser.findElements(By.id("import-interrupted"))).isEmpty();
    }

    private static void open(String route) {
        browser.get(base + "/#/" + route);
        ready();
    }

    /** Waits until the page has rendered its data (or its error). */
    private static void ready() {
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(d -> browser.executeScript(
                        "const m = document.getElementById('page'); return !!m && m.dataset.ready === 'true'"
                                + " && !m.querySelector('.state.loading');"));
    }

    private static void waitForText(By by, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(by, text));
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private static Path downloaded(String name) {
        Path file = downloads.resolve(name);
        try (Stream<Path> partial = Files.list(downloads)) {
            boolean inProgress =
                    partial.anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
            return !inProgress && Files.isRegularFile(file) ? file : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static List<List<String>> readSheet(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                ReadableWorkbook wb = new ReadableWorkbook(in)) {
            for (Row row : wb.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCell(i) == null ? "" : row.getCell(i).getText());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}

package org.chainmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.chainmap.export.Json;
import org.chainmap.export.Labels;
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
    /** A chain leader of nev whose move out would leave local battery makers without their only anode supplier. */
    private static final String HENGHE = "913702156336233750";
    /** The editor token of the shared app; reads stay open, as on any loopback server. */
    private static final String EDITOR = "editor-token-for-the-browser";

    private static final String WRITER = "李红梅";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static Javalin app;
    static ChromeDriver browser;
    static Path downloads;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        Browser.requireInstalled();
        Store store = TestNeo4j.clean();
        DemoData.importInto(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE);
        app = ApiServer.create(
                        Services.over(store, AnalysisConfig.load(null, Map.of()), "区工业和信息化局"),
                        ApiSettings.defaults("127.0.0.1")
                                .withTokens(AccessTokens.granting(
                                        Map.of(EDITOR, new AccessTokens.Grant(Role.EDITOR, WRITER)))))
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
        // every test starts without a token: those that write give one, or are asked for it
        browser.executeScript("localStorage.removeItem('chainmap.token')");
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
                "enterprises",
                "enterprises?q=青岛",
                "parks",
                "parks/appliance",
                "land",
                "land?reason=IDLE",
                "pipeline",
                "pipeline?type=TECH_UPGRADE",
                "projects/P2025-001",
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
        assertThat(main.findElements(By.cssSelector(
                        "table.data, .chain-grid, .stats, .cy, #ref-results li, #ref-leaders li, #timeline li")))
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
    void shouldShowWhatClassificationReadsOfAnEnterprise() {
        open("enterprises/" + LEADER);
        assertThat(browser.findElement(By.id("industry-code")).getText()).isEqualTo("3612");
        assertThat(browser.findElement(By.id("products")).getText()).contains("纯电动乘用车");
        assertThat(browser.findElement(By.id("business-scope")).getText()).contains("纯电动乘用车");
    }

    @Test
    void shouldNameTheChainsOfAParksTenants() {
        open("parks/nev-parts");
        String tenants = browser.findElement(By.id("tenants-table")).getText();
        assertThat(tenants).contains("新能源汽车").doesNotContainPattern("(?m)\\bnev\\b");
    }

    @Test
    void shouldShowTheParksFloorsFloorAreaAndFreeSpaceAndAParksMilestones() {
        open("parks");
        String header =
                browser.findElement(By.cssSelector("#parks-table thead")).getText();
        assertThat(header).contains("层数", "建筑面积（㎡）", "空置面积（㎡）", "阶段");
        // the VR park: 168,100 m² on 24 floors, 67 units of which 34 let, so 168,100 × 33 / 67 ≈ 82,800 m² free
        assertThat(browser.findElement(By.id("parks-table")).getText()).contains("168,100", "82,800");
        open("parks/vr");
        String space = browser.findElement(By.id("park-space")).getText();
        // it opened (2021-10) before it was completed (2022-06)
        assertThat(space).contains("168,100", "层数 24", "82,800", "运营", "开园 2021-10", "竣工 2022-06");
    }

    @Test
    void shouldListTheLowEfficiencyParcelsByTownAndReasonAndDownloadTheRowsShown() throws Exception {
        open("land");
        assertThat(parcelsShown()).contains("jm-02", "jm-21", "jm-22").doesNotContain("jinshan", "jm-25");
        WebElement page = browser.findElement(By.id("page"));
        new Select(browser.findElement(By.id("filter-reason"))).selectByValue("IDLE");
        reloaded(page);
        assertThat(parcelsShown()).containsExactlyInAnyOrder("jm-21", "jm-22", "jm-23", "jm-24");
        page = browser.findElement(By.id("page"));
        new Select(browser.findElement(By.id("filter-town"))).selectByValue("蓝村街道");
        reloaded(page);
        assertThat(address()).contains("reason=IDLE", "town=蓝村街道");
        assertThat(parcelsShown()).containsExactly("jm-21");
        // an idle parcel of the NEV parts park: what could move in are the gap links of nev
        assertThat(browser.findElement(By.cssSelector("#land-table .gap-links a"))
                        .getDomAttribute("href"))
                .startsWith("#/chains/nev");
        String csv = browser.findElement(By.id("download-land-csv")).getDomProperty("href");
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(csv)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(body.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))))
                .containsExactly("jm-21");
        // 金山工业园: 40 亿元 invested, 18,000 万元 tax a year after, 104.7 times the 172 万元 before
        assertThat(browser.findElement(By.id("renewal-totals")).getText()).contains("40.00", "18,000", "104.7×");
        assertThat(browser.findElement(By.id("renewals-table")).getText()).contains("金山工业园");
    }

    /** The parcels of the land page's table, by id. */
    private static List<String> parcelsShown() {
        return browser.findElements(By.cssSelector("#land-table tbody tr [data-id]")).stream()
                .map(e -> e.getDomAttribute("data-id"))
                .toList();
    }

    @Test
    void shouldShowAboveAndBelowScaleEnterprisesOnTabsOfTheirOwnEachRankedOnce() {
        open("evaluation?year=2025");
        WebElement above = browser.findElement(By.id("tab-ABOVE"));
        assertThat(above.getDomAttribute("aria-selected")).isEqualTo("true");
        List<String> ranks = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#evaluation-table tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            ranks.add(cells.get(0).getText());
            assertThat(cells.get(2).getText()).isEqualTo("规上");
        }
        assertThat(ranks).isNotEmpty().doesNotHaveDuplicates();
        assertThat(browser.findElement(By.id("download-evaluations-csv")).getDomProperty("href"))
                .contains("scale=ABOVE");

        browser.findElement(By.id("tab-BELOW")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("tab-BELOW"))
                        .getDomAttribute("aria-selected")
                        .equals("true"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#evaluation-table tbody tr"))
                        .isEmpty());
        assertThat(browser.findElements(By.cssSelector("#evaluation-table tbody tr td:nth-child(3)")))
                .extracting(WebElement::getText)
                .containsOnly("规下");
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
    void shouldDrawNoTextOfTheLargestChainsMapUnderTwelvePixelsOnALaptop() {
        browser.manage().window().setSize(new Dimension(1366, 768));
        String largest = null;
        int most = -1;
        for (JsonNode chain : api("GET", "/api/v1/chains", null, null).get("chains")) {
            if (chain.get("links").asInt() > most) {
                most = chain.get("links").asInt();
                largest = chain.get("id").asText();
            }
        }
        open("chains/" + largest);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> (Boolean) browser.executeScript(
                "const c = document.getElementById('cy'); return !!c._cy && c._cy.nodes('node.link').length > 0"));
        String smallest = """
                const cy = document.getElementById('cy')._cy;
                return Math.min(...cy.nodes().map(n => parseFloat(n.style('font-size')) * cy.zoom()));""";
        assertThat((Long) browser.executeScript("return document.getElementById('cy')._cy.nodes('node.link').length"))
                .isEqualTo(most);
        double opened = ((Number) browser.executeScript(smallest)).doubleValue();
        assertThat(opened)
                .as("smallest text on the map of %s as opened", largest)
                .isGreaterThanOrEqualTo(12.0);
        Browser.screenshot(browser, "chain-map-laptop-" + largest);

        browser.findElement(By.id("fit")).click();
        assertThat(((Number) browser.executeScript(smallest)).doubleValue())
                .as("after fit")
                .isGreaterThanOrEqualTo(12.0);
        for (int i = 0; i < 5; i++) {
            browser.findElement(By.id("zoom-out")).click();
        }
        assertThat(((Number) browser.executeScript(smallest)).doubleValue())
                .as("zoomed out as far as it goes")
                .isGreaterThanOrEqualTo(12.0);
        browser.findElement(By.id("zoom-in")).click();
        assertThat(((Number) browser.executeScript(smallest)).doubleValue()).isGreaterThan(12.5);
    }

    @Test
    void shouldDrawTheStageBandsBehindTheLinksWithTheirLabels() {
        open("chains/nev");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> browser.findElements(By.cssSelector("#stage-bands .stage-band"))
                                .size()
                        == 3);
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('#stage-bands .stage-band')].map(b => b.textContent)");
        assertThat(labels).containsExactly("上游", "中游", "下游");
        // every link lies within the band of its stage, the bands left to right
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) browser.executeScript("""
                const cy = window.chainMap;
                const bands = cy.scratch('bands');
                return cy.nodes('node.link').filter(n => {
                  const b = bands.find(x => x.stage === n.data('stage'));
                  return !b || n.position('x') < b.x1 || n.position('x') > b.x2;
                }).map(n => n.id());""");
        assertThat(outside).as("links outside the band of their stage").isEmpty();
    }

    @Test
    void shouldRouteTheLeaderLinesAroundTheLinkBoxes() {
        open("chains/ic");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> browser.executeScript(
                        "return !!window.chainMap && window.chainMap.edges('edge.leads').length > 0"));
        @SuppressWarnings("unchecked")
        List<String> crossings = (List<String>) browser.executeScript("""
                const cy = window.chainMap;
                const found = [];
                cy.edges('edge.leads').forEach(e => {
                  const pts = [e.sourceEndpoint(), ...(e.segmentPoints() || []), e.targetEndpoint()];
                  cy.nodes('node.link').forEach(n => {
                    const b = n.boundingBox({includeLabels: false});
                    for (let i = 0; i + 1 < pts.length; i++) {
                      const p = pts[i], q = pts[i + 1];
                      for (let k = 1; k < 20; k++) {
                        const x = p.x + (q.x - p.x) * k / 20, y = p.y + (q.y - p.y) * k / 20;
                        if (x > b.x1 + 2 && x < b.x2 - 2 && y > b.y1 + 2 && y < b.y2 - 2) { found.push(e.id() + ' x ' + n.id()); return; }
                      }
                    }
                  });
                });
                return found;""");
        assertThat(crossings).isEmpty();
    }

    @Test
    void shouldSumUpTheChainInThePanelBeforeAnyClick() {
        JsonNode chain = api("GET", "/api/v1/chains/nev/gaps", null, null).get("chain");
        open("chains/nev");
        WebElement summary = browser.findElement(By.id("chain-summary"));
        assertThat(browser.findElement(By.id("summary-covered")).getText())
                .isEqualTo(chain.get("coveredLinks").asText());
        assertThat(browser.findElement(By.id("summary-links")).getText())
                .isEqualTo(chain.get("links").asText());
        assertThat(browser.findElement(By.id("summary-leaders")).getText())
                .isEqualTo(chain.get("leaders").asText());
        int counted = browser.findElements(By.cssSelector("#summary-status .status-count")).stream()
                .mapToInt(b -> Integer.parseInt(b.getText()))
                .sum();
        assertThat(counted).isEqualTo(chain.get("links").asInt());
        assertThat(summary.getText())
                .contains("补链")
                .contains("延链")
                .contains("强链")
                .contains("正常");
        assertThat(browser.findElement(By.id("summary-key-missing")).getText()).contains("汽车芯片");
        assertThat(browser.findElement(By.id("summary-build")).getText()).isEqualTo("不需要");
    }

    @Test
    void shouldExplainHowStatusesAndScoresAreComputed() {
        open("chains/nev");
        WebElement popover = browser.findElement(By.id("how-popover"));
        assertThat(popover.isDisplayed()).isFalse();
        browser.findElement(By.id("how-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(popover));
        assertThat(popover.getText())
                .contains("延链")
                .contains("补链")
                .contains("强链")
                .contains("关键度 × 薄弱度")
                .contains("招商目标得分");
        Browser.screenshot(browser, "chain-map-how");
        browser.findElement(By.id("how-button")).click();
        assertThat(popover.isDisplayed()).isFalse();

        // from a link's panel: the ? beside its status opens the explanation, its own status first
        open("chains/nev?link=nev.chip");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("panel-title")));
        WebElement how = browser.findElement(By.cssSelector("#link-panel details.how"));
        assertThat(how.getAttribute("open")).isNull();
        browser.findElement(By.cssSelector("#link-panel .panel-tags .how-link")).click();
        assertThat(how.getAttribute("open")).isNotNull();
        assertThat(how.findElement(By.cssSelector(".how-text p")).getText()).startsWith("延链");
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
    void shouldFitEveryTabOfTheHeaderOnALaptopInBothLanguages() {
        browser.manage().window().setSize(new Dimension(1366, 768));
        for (String lang : List.of("zh", "en")) {
            browser.get(base + "/?lang=" + lang + "#/chains");
            ready();
            @SuppressWarnings("unchecked")
            List<Number> edges =
                    (List<Number>) browser.executeScript("const tabs = [...document.querySelectorAll('.mainnav a')];"
                            + " const last = tabs[tabs.length - 1].getBoundingClientRect();"
                            + " const nav = document.querySelector('.mainnav').getBoundingClientRect();"
                            + " return [tabs.length, last.right, nav.right,"
                            + " document.getElementById('lang-toggle').getBoundingClientRect().left];");
            assertThat(edges.get(0).intValue()).as(lang).isEqualTo(12);
            assertThat(edges.get(1).doubleValue())
                    .as("%s: the last tab ends inside the navigation, before the language button", lang)
                    .isLessThanOrEqualTo(edges.get(2).doubleValue())
                    .isLessThan(edges.get(3).doubleValue());
        }
        browser.get(base + "/?lang=zh#/chains");
        ready();
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
    void shouldListEveryChainsTargetsInOneListByScore() throws Exception {
        open("targets?chain=nev");
        new Select(browser.findElement(By.id("filter-chain"))).selectByValue("*");
        ready();
        assertThat(browser.getCurrentUrl()).contains("chain=*");
        assertThat(browser.findElements(By.id("filter-link")))
                .as("links belong to one chain")
                .isEmpty();
        List<WebElement> rows = browser.findElements(By.cssSelector("#targets-table tbody tr"));
        assertThat(rows).hasSize(50);
        List<String> chainsShown = rows.stream()
                .map(r -> r.findElements(By.tagName("td")).get(0).getText())
                .distinct()
                .toList();
        assertThat(chainsShown).as("the first page mixes chains").hasSizeGreaterThan(1);
        List<String> scores = rows.stream()
                .map(r -> r.findElements(By.tagName("td")).get(2).getText())
                .toList();
        assertThat(scores)
                .isSortedAccordingTo(java.util.Comparator.comparingDouble(Double::parseDouble)
                        .reversed());

        List<List<String>> sheet = readSheet(download("download-targets-xlsx", "targets-all.xlsx"));
        assertThat(sheet.get(0)).startsWith(label("chainId"), label("chainName"));
        assertThat(sheet.size() - 1).as("the download holds every page").isGreaterThan(rows.size());
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

        List<List<String>> rows = readSheet(download("download-targets-xlsx", "targets-nev.xlsx"));
        List<String> header = rows.get(0);
        assertThat(header).contains(label("uscc"), label("name"), label("linkId"), label("score"));
        int linkColumn = header.indexOf(label("linkId"));
        assertThat(rows.subList(1, rows.size()))
                .hasSize(shown)
                .allSatisfy(r -> assertThat(r.get(linkColumn)).isEqualTo(link));
    }

    @Test
    void shouldWordTheEvidenceInChineseOnThePageAndInItsWorkbook() throws Exception {
        open("targets?chain=nev");
        browser.executeScript(
                "document.querySelectorAll('#targets-table details.evidence').forEach(d => d.open = true)");
        List<WebElement> facts = browser.findElements(By.cssSelector("#targets-table details.evidence li"));
        assertThat(facts.stream().map(f -> f.getDomAttribute("data-kind")).distinct())
                .contains("TIE", "REVENUE", "TAGS");
        // the words are chainmap's; names the data gives (quoted “…”: a link named 电池包与BMS) may hold Latin letters
        assertThat(facts)
                .allSatisfy(f -> assertThat(f.getText().replaceAll("“[^”]*”", ""))
                        .contains("来源")
                        .doesNotContainPattern("[A-Za-z]{2,}"));
        int firstRowFacts = browser.findElements(
                        By.cssSelector("#targets-table tbody tr:first-child details.evidence li"))
                .size();

        browser.findElement(By.id("download-targets-xlsx")).click();
        Path file = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> downloaded("targets-nev.xlsx"));
        List<List<String>> rows = readSheet(file);
        int evidence = rows.get(0).indexOf(label("evidence"));
        assertThat(rows.subList(1, rows.size()))
                .isNotEmpty()
                .allSatisfy(r ->
                        assertThat(r.get(evidence).replaceAll("“[^”]*”", "")).doesNotContainPattern("[A-Za-z]{2,}"));
        assertThat(rows.get(1).get(evidence).split("〔来源：")).hasSize(firstRowFacts + 1);
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
                "pipeline?owner=王建国（区工信局副局长）",
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
        if (page.equals("targets") || page.equals("evaluation")) {
            // a page of a long list, in the server's order: the download holds it and the pages after it
            assertThat(downloaded.subList(0, Math.min(shown.size(), downloaded.size())))
                    .as("download of %s", route)
                    .containsExactlyElementsOf(shown);
            assertThat(browser.findElement(By.id(page + "-pager")).getText()).contains("共 " + downloaded.size() + " 行");
        } else {
            assertThat(downloaded).as("download of %s", route).containsExactlyInAnyOrderElementsOf(shown);
        }
    }

    @Test
    void shouldSearchTheTargetsByNameAndDownloadExactlyTheRowsFound() throws Exception {
        open("targets?chain=nev");
        search("智能驾驶");
        assertThat(address()).contains("q=智能驾驶").doesNotContain("offset=");
        assertThat(browser.switchTo().activeElement().getDomAttribute("id"))
                .as("the search box keeps the focus")
                .isEqualTo("filter-q");
        List<Shown> shown = shownRows("targets-table");
        assertThat(shown)
                .hasSizeGreaterThan(2)
                .allSatisfy(r -> assertThat(r.name()).contains("智能驾驶"));
        // the ranks are those of the whole chain, as the API ranks it unfiltered
        List<Shown> expected =
                ranked(api("GET", "/api/v1/chains/nev/targets?limit=1000", null, null)
                                .path("targets"))
                        .stream()
                        .filter(r -> r.name().contains("智能驾驶"))
                        .toList();
        assertThat(shown).isEqualTo(expected);
        assertThat(shown.getFirst().rank()).isGreaterThan(1);
        assertThat(browser.findElement(By.id("targets-pager")).getText()).contains("共 " + expected.size() + " 行");
        assertThat(browser.findElement(By.id("download-targets-csv")).getDomProperty("href"))
                .contains("q=")
                .doesNotContain("limit=")
                .doesNotContain("offset=");

        List<List<String>> sheet = readSheet(download("download-targets-xlsx", "targets-nev.xlsx"));
        int code = sheet.getFirst().indexOf(label("uscc"));
        int rank = sheet.getFirst().indexOf(ZH.column("targets", "rank"));
        assertThat(sheet.subList(1, sheet.size()))
                .extracting(r -> r.get(code))
                .containsExactlyElementsOf(shown.stream().map(Shown::uscc).toList());
        assertThat(sheet.subList(1, sheet.size()))
                .extracting(r -> (int) Double.parseDouble(r.get(rank)))
                .containsExactlyElementsOf(shown.stream().map(Shown::rank).toList());
    }

    @Test
    void shouldTurnThePagesOfTheTargetsWithTheRanksContinuing() {
        List<Shown> whole = ranked(
                api("GET", "/api/v1/chains/nev/targets?limit=1000", null, null).path("targets"));
        open("targets?chain=nev&limit=10");
        assertThat(shownRows("targets-table")).isEqualTo(whole.subList(0, 10));
        assertThat(browser.findElement(By.cssSelector("#targets-pager .pager-prev"))
                        .isEnabled())
                .isFalse();

        nextPage("targets-pager");
        assertThat(address()).contains("offset=10").contains("limit=10");
        List<Shown> second = shownRows("targets-table");
        assertThat(second).extracting(Shown::rank).containsExactly(11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
        assertThat(second).isEqualTo(whole.subList(10, 20));
        assertThat(browser.findElement(By.id("targets-pager")).getText())
                .contains("第 11–20 行，共 " + whole.size() + " 行");
        browser.navigate().refresh();
        ready();
        assertThat(shownRows("targets-table"))
                .as("the address reopens the same page")
                .isEqualTo(second);

        // a search opens its own first page, and its second page continues its ranks
        search("科技");
        assertThat(address()).doesNotContain("offset=");
        List<Shown> found = whole.stream().filter(r -> r.name().contains("科技")).toList();
        assertThat(found).hasSizeGreaterThan(10);
        assertThat(shownRows("targets-table")).isEqualTo(found.subList(0, 10));
        nextPage("targets-pager");
        List<Shown> after = shownRows("targets-table");
        assertThat(after).isEqualTo(found.subList(10, Math.min(20, found.size())));
        assertThat(after.getFirst().rank()).isGreaterThan(found.get(9).rank());
        assertThat(browser.findElement(By.cssSelector("#targets-pager .pager-next"))
                        .isEnabled())
                .isEqualTo(found.size() > 20);
    }

    @Test
    void shouldSearchThePerMuRowsAndDownloadExactlyTheRowsFound() throws Exception {
        open("evaluation?year=2025");
        search("科技");
        assertThat(address()).contains("q=科技").contains("scale=ABOVE");
        JsonNode whole = api("GET", "/api/v1/evaluations?year=2025&scale=ABOVE&limit=1000", null, null);
        List<Shown> expected = ranked(whole.path("rows")).stream()
                .filter(r -> r.name().contains("科技"))
                .toList();
        List<Shown> shown = shownRows("evaluation-table");
        assertThat(shown).hasSizeGreaterThan(5).isEqualTo(expected);
        assertThat(browser.findElements(By.cssSelector("#evaluation-table tbody tr td:nth-child(3)")))
                .extracting(WebElement::getText)
                .containsOnly("规上");
        // the group's figures stay those of the whole group
        int enterprises = whole.path("groups").get(0).path("enterprises").asInt();
        assertThat(browser.findElement(By.cssSelector(".grid2 .card h2")).getText())
                .isEqualTo("规上 · " + enterprises + " 企业");

        List<List<String>> sheet = readSheet(download("download-evaluations-xlsx", "evaluations-2025.xlsx"));
        int code = sheet.getFirst().indexOf(label("uscc"));
        int rank = sheet.getFirst().indexOf(label("rank"));
        assertThat(sheet.subList(1, sheet.size()))
                .extracting(r -> r.get(code))
                .containsExactlyElementsOf(shown.stream().map(Shown::uscc).toList());
        assertThat(sheet.subList(1, sheet.size()))
                .extracting(r -> (int) Double.parseDouble(r.get(rank)))
                .containsExactlyElementsOf(shown.stream().map(Shown::rank).toList());
    }

    @Test
    void shouldTurnThePagesOfThePerMuRowsWithTheRanksContinuing() {
        open("evaluation?year=2025");
        JsonNode whole = api("GET", "/api/v1/evaluations?year=2025&scale=ABOVE&limit=1000", null, null);
        int total = whole.path("total").asInt();
        assertThat(total).isGreaterThan(100);
        List<Shown> first = shownRows("evaluation-table");
        assertThat(first).hasSize(50).isEqualTo(ranked(whole.path("rows")).subList(0, 50));

        nextPage("evaluation-pager");
        assertThat(address()).contains("offset=50");
        List<Shown> second = shownRows("evaluation-table");
        assertThat(second)
                .extracting(Shown::rank)
                .isEqualTo(
                        java.util.stream.IntStream.rangeClosed(51, 100).boxed().toList());
        assertThat(second).isEqualTo(ranked(whole.path("rows")).subList(50, 100));
        assertThat(browser.findElement(By.id("evaluation-pager")).getText()).contains("第 51–100 行，共 " + total + " 行");

        // the last page ends the ranking; the other tab starts again at its own first page
        WebElement page = browser.findElement(By.id("page"));
        browser.findElement(By.cssSelector("#evaluation-pager .pager-last")).click();
        reloaded(page);
        List<Shown> last = shownRows("evaluation-table");
        assertThat(last.getLast().rank()).isEqualTo(total);
        page = browser.findElement(By.id("page"));
        browser.findElement(By.id("tab-BELOW")).click();
        reloaded(page);
        assertThat(address()).contains("scale=BELOW").doesNotContain("offset=");
        assertThat(shownRows("evaluation-table").getFirst().rank()).isEqualTo(1);
    }

    @Test
    void shouldListSearchAndPageTheEnterprisesFromTheNavigation() {
        open("chains");
        WebElement page = browser.findElement(By.id("page"));
        browser.findElement(By.id("nav-enterprises")).click();
        reloaded(page);
        assertThat(browser.findElement(By.id("nav-enterprises")).getDomAttribute("class"))
                .contains("active");
        search("青岛");
        JsonNode found = api(
                "GET",
                "/api/v1/enterprises?q=" + java.net.URLEncoder.encode("青岛", StandardCharsets.UTF_8) + "&limit=100",
                null,
                null);
        int total = found.path("total").asInt();
        assertThat(total).isGreaterThan(50);
        assertThat(browser.findElement(By.id("enterprises-pager")).getText()).contains("共 " + total + " 行");
        nextPage("enterprises-pager");
        List<String> second =
                browser.findElements(By.cssSelector("#enterprises-table tbody tr a[href^='#/enterprises/']")).stream()
                        .map(a -> a.getText())
                        .toList();
        List<String> expected = new ArrayList<>();
        found.path("enterprises").forEach(e -> expected.add(e.path("name").asText()));
        assertThat(second).isEqualTo(expected.subList(50, Math.min(100, total)));
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
        assertThat(readSheet(file, ZH.sheet("chains"))).hasSize(15 + 1);
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

    @Test
    void shouldFollowUpTheTopTargetOfAGapLinkAndMoveItToSigned() {
        Map<String, Integer> before = funnel();
        useToken(EDITOR);
        open("targets?chain=nev&link=nev.chip");
        WebElement top = browser.findElement(By.cssSelector("#targets-table tbody tr"));
        WebElement investor = top.findElement(By.cssSelector("a[href^='#/enterprises/']"));
        String investorName = investor.getText();
        String investorPage = investor.getDomAttribute("href");
        top.findElement(By.cssSelector("button.follow-up")).click();

        String id = projectPageOpened();
        assertThat(browser.findElement(By.id("project-name")).getText()).isEqualTo(investorName + "·汽车芯片项目");
        assertThat(browser.findElement(By.id("project-chain")).getText()).isEqualTo("新能源汽车");
        assertThat(browser.findElement(By.id("project-link")).getText()).isEqualTo("汽车芯片");
        assertThat(browser.findElement(By.id("project-investor")).getText()).isEqualTo(investorName);
        assertThat(browser.findElement(By.cssSelector("#project-investor a")).getDomAttribute("href"))
                .isEqualTo(investorPage);
        assertThat(browser.findElement(By.id("project-stage")).getText()).isEqualTo("线索");
        JsonNode created = api("GET", "/api/v1/projects/" + id, null, null);
        assertThat(created.path("source").asText()).isEqualTo("TARGETS");
        assertThat(created.path("recommended").path("rank").asInt()).isEqualTo(1);
        assertThat(created.path("type").asText()).isEqualTo("CHAIN");

        moveTo("TALKS", "首次洽谈：对方有意在即墨设立芯片封测基地");
        moveTo("SIGNED", "签订投资协议");
        List<WebElement> events = browser.findElements(By.cssSelector("#timeline li"));
        assertThat(events).extracting(e -> e.getDomAttribute("data-stage")).containsExactly("LEAD", "TALKS", "SIGNED");
        assertThat(events.get(1).getText()).contains("在谈", LocalDate.now().toString(), WRITER, "首次洽谈");
        assertThat(events.get(2).getText()).contains("签约", "签订投资协议");
        Browser.screenshot(browser, "project");

        open("pipeline?chain=nev");
        WebElement row = browser.findElement(By.cssSelector("#projects-table a[href='#/projects/" + id + "']"))
                .findElement(By.xpath("./ancestor::tr"));
        assertThat(row.getText()).contains("签约");
        Map<String, Integer> after = funnel();
        assertThat(after.get("线索")).isEqualTo(before.get("线索") + 1);
        assertThat(after.get("在谈")).isEqualTo(before.get("在谈") + 1);
        assertThat(after.get("签约")).isEqualTo(before.get("签约") + 1);
        assertThat(after.get("在建")).isEqualTo(before.get("在建"));
    }

    @Test
    void shouldSimulateTheTopTargetOfAFillLinkInAParkOfItsChainWithoutAToken() {
        open("targets?chain=ic&link=ic.fab");
        WebElement top = browser.findElement(By.cssSelector("#targets-table tbody tr"));
        String uscc = top.findElement(By.cssSelector("button.simulate")).getDomAttribute("data-uscc");
        top.findElement(By.cssSelector("button.simulate")).click();
        WebElement dialog =
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("simulate-dialog")));
        String park = new org.openqa.selenium.support.ui.Select(dialog.findElement(By.id("simulate-park")))
                .getFirstSelectedOption()
                .getDomAttribute("value");
        assertThat(park).as("a park focusing on the chain, with free units").isNotEmpty();
        dialog.findElement(By.id("simulate-run")).click();
        WebElement fab = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.cssSelector("#simulate-links tr[data-link='ic.fab']")));

        assertThat(fab.getText()).contains("补链 → 强链");
        assertThat(browser.findElements(By.id("token-dialog")))
                .as("a simulation writes nothing")
                .isEmpty();
        JsonNode answer =
                api("POST", "/api/v1/simulate", Map.of("enterprise", Map.of("uscc", uscc), "park", park), null);
        String concentration =
                browser.findElement(By.id("simulate-concentration")).getText();
        assertThat(concentration)
                .contains(String.format(
                        java.util.Locale.ROOT,
                        "%.1f%%",
                        answer.path("park").path("concentrationAfter").asDouble() * 100))
                .contains("→");
        assertThat(browser.findElement(By.id("simulate-class")).getText())
                .contains(answer.path("evaluation").path("class").asText());
        Browser.screenshot(browser, "simulate");
        browser.findElement(By.id("simulate-close")).click();

        open("enterprises/" + uscc);
        browser.findElement(By.id("simulate-enterprise")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("simulate-run")))
                .click();
        assertThat(new WebDriverWait(browser, Duration.ofSeconds(20))
                        .until(d -> d.findElement(By.cssSelector("#simulate-links tr[data-link='ic.fab']")))
                        .getText())
                .contains("补链 → 强链");
        browser.findElement(By.id("simulate-close")).click();
    }

    @Test
    void shouldShowEachGapRowsFeasibilityAndTheLinksBehindItOnTheMap() {
        open("gaps?chain=nev");
        JsonNode gaps = api("GET", "/api/v1/chains/nev/gaps", null, null);
        List<String> headers = browser.findElements(By.cssSelector("#gaps-table thead th")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(headers).contains("可行性", "缺口分×可行性");
        assertThat(browser.findElement(By.id("gaps-table")).getText())
                .contains(String.format(
                        java.util.Locale.ROOT,
                        "%.3f",
                        gaps.path("links").get(0).path("feasibility").asDouble()));

        open("chains/nev?link=nev.adas");
        WebElement feasibility = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("panel-feasibility")));
        JsonNode report = api("GET", "/api/v1/feasibility?chain=nev", null, null);
        JsonNode adas = null;
        for (JsonNode l : report.path("links")) {
            if (l.path("linkId").asText().equals("nev.adas")) {
                adas = l;
            }
        }
        assertThat(adas).isNotNull();
        assertThat(feasibility.getText())
                .isEqualTo(String.format(
                        java.util.Locale.ROOT, "%.3f", adas.path("feasibility").asDouble()));
        List<WebElement> contributors = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("#panel-contributors li")));
        assertThat(contributors).hasSize(adas.path("contributors").size());
    }

    @Test
    void shouldAskForTheEditorTokenBeforeTheFirstWriteAndShowWhyAWrongOneWasRefused() {
        int before = api("GET", "/api/v1/projects", null, null).path("projects").size();
        open("targets?chain=ic");
        WebElement button = browser.findElements(By.cssSelector("#targets-table tbody tr button.follow-up"))
                .get(1);

        button.click();
        WebElement input = tokenDialog();
        assertThat(browser.findElement(By.id("token-dialog")).getText()).contains("编辑令牌");
        browser.findElement(By.id("token-dialog-cancel")).click();
        assertThat(browser.findElements(By.id("token-dialog"))).isEmpty();
        assertThat(api("GET", "/api/v1/projects", null, null).path("projects").size())
                .as("nothing written without a token")
                .isEqualTo(before);

        button.click();
        tokenDialog().sendKeys("not-the-editor-token-0123");
        browser.findElement(By.id("token-dialog-use")).click();
        WebElement problem = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("token-dialog-problem")));
        assertThat(problem.getText()).contains("令牌未被接受", "访问令牌无效", "401");
        Browser.screenshot(browser, "token-dialog");
        assertThat(api("GET", "/api/v1/projects", null, null).path("projects").size())
                .isEqualTo(before);

        WebElement again = browser.findElement(By.id("token-dialog-input"));
        again.clear();
        again.sendKeys(EDITOR);
        browser.findElement(By.id("token-dialog-use")).click();
        String id = projectPageOpened();
        assertThat(api("GET", "/api/v1/projects", null, null).path("projects").size())
                .isEqualTo(before + 1);
        assertThat(api("GET", "/api/v1/projects/" + id, null, null)
                        .path("history")
                        .get(0)
                        .path("by")
                        .asText())
                .isEqualTo(WRITER);
        assertThat(browser.executeScript("return localStorage.getItem('chainmap.token')"))
                .isEqualTo(EDITOR);
    }

    @Test
    void shouldSayThatSomeoneChangedTheProjectMeanwhileAndReloadIt() {
        String id = createProject(Map.of("name", "并发修改测试项目", "type", "CHAIN", "link", "food.beverage"))
                .path("id")
                .asText();
        useToken(EDITOR);
        open("projects/" + id);
        api("PATCH", "/api/v1/projects/" + id, Map.of("owner", "张立峰", "nextStep", "约见企业负责人"), "\"1\"");

        browser.findElement(By.cssSelector("#stage-buttons button[data-stage='TALKS']"))
                .click();
        browser.findElement(By.id("stage-note")).sendKeys("已与企业初步接洽");
        browser.findElement(By.id("stage-confirm")).click();
        WebElement notice = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("stale-notice")));
        assertThat(notice.getText()).contains("已被他人修改", "重新加载");
        Browser.screenshot(browser, "project-stale");
        JsonNode stored = api("GET", "/api/v1/projects/" + id, null, null);
        assertThat(stored.path("stage").asText())
                .as("the stale change is not made")
                .isEqualTo("LEAD");
        assertThat(stored.path("version").asLong()).isEqualTo(2);

        browser.findElement(By.id("stale-reload")).click();
        ready();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.id("project-owner"), "张立峰"));
        assertThat(browser.findElement(By.id("project-next")).getText()).isEqualTo("约见企业负责人");
        assertThat(browser.findElement(By.id("stale-notice")).isDisplayed()).isFalse();
        moveTo("TALKS", "已与企业初步接洽");
        assertThat(api("GET", "/api/v1/projects/" + id, null, null)
                        .path("version")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    void shouldEditTheFollowUpAndAskForANoteToMoveBack() {
        String id = createProject(Map.of("name", "跟进编辑测试项目", "type", "CHAIN", "link", "food.beverage"))
                .path("id")
                .asText();
        useToken(EDITOR);
        open("projects/" + id);
        browser.findElement(By.id("edit-follow")).click();
        browser.findElement(By.id("edit-owner")).sendKeys("王建国");
        browser.findElement(By.id("edit-next")).sendKeys("协调用地指标");
        setDate(By.id("edit-due"), LocalDate.now().minusDays(3));
        browser.findElement(By.id("edit-blocker-new")).sendKeys("用地指标不足");
        browser.findElement(By.id("edit-blocker-add")).click();
        browser.findElement(By.id("edit-blocker-new")).sendKeys("环评未批复");
        browser.findElement(By.id("edit-blocker-add")).click();
        browser.findElement(By.id("edit-save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.id("project-owner"), "王建国"));
        assertThat(browser.findElements(By.cssSelector("#project-blockers li")))
                .extracting(WebElement::getText)
                .containsExactly("用地指标不足", "环评未批复");
        assertThat(browser.findElement(By.id("project-due")).getText()).contains("已逾期");

        browser.findElement(By.id("edit-follow")).click();
        browser.findElement(By.cssSelector("#edit-blockers li button")).click();
        browser.findElement(By.id("edit-save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d ->
                        d.findElements(By.cssSelector("#project-blockers li")).size() == 1);
        assertThat(api("GET", "/api/v1/projects/" + id, null, null).path("blockers"))
                .extracting(JsonNode::asText)
                .containsExactly("环评未批复");

        moveTo("TALKS", null);
        browser.findElement(By.cssSelector("#stage-buttons button[data-stage='LEAD']"))
                .click();
        browser.findElement(By.id("stage-confirm")).click();
        assertThat(browser.findElement(By.id("stage-problems")).getText()).contains("备注", "从“在谈”退回“线索”需填写原因");
        assertThat(api("GET", "/api/v1/projects/" + id, null, null)
                        .path("stage")
                        .asText())
                .isEqualTo("TALKS");
        // a day in the future is refused by the server, and its words are shown under the field's name
        setDate(By.id("stage-at"), LocalDate.now().plusDays(2));
        browser.findElement(By.id("stage-note")).sendKeys("企业暂缓投资计划");
        browser.findElement(By.id("stage-confirm")).click();
        WebElement problems = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            WebElement p = d.findElement(By.id("stage-problems"));
            return p.getText().contains("是未来的日期") ? p : null;
        });
        assertThat(problems.getText()).contains("请修改以下问题", "日期");
        setDate(By.id("stage-at"), LocalDate.now());
        browser.findElement(By.id("stage-confirm")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.id("project-stage"), "线索"));
        assertThat(browser.findElements(By.cssSelector("#timeline li"))
                        .getLast()
                        .getText())
                .contains("企业暂缓投资计划");
    }

    @Test
    void shouldWordTheServersRefusalsAndErrorsInTheLanguageOfTheView() {
        String id = createProject(Map.of("name", "措辞测试项目", "type", "CHAIN", "link", "food.beverage"))
                .path("id")
                .asText();
        api("PATCH", "/api/v1/projects/" + id, Map.of("stage", "TALKS", "note", "首次洽谈"), "\"1\"");
        String yesterday = LocalDate.now().minusDays(1).toString();
        useToken(EDITOR);

        Map<String, String> zh = refusalsAndErrors(id);
        assertThat(zh.get("investment")).contains("投资额（万元）", "不能为负数（-5）");
        assertThat(zh.get("back")).contains("备注", "从“在谈”退回“线索”需填写原因");
        assertThat(zh.get("before")).contains("日期", yesterday + " 早于项目最近一次推进（" + LocalDate.now() + "，在谈）");
        assertThat(zh.get("chain")).isEqualTo("没有编号为“nope”的产业链");
        assertThat(zh.get("filter")).isEqualTo("参数“类型”的值“BOGUS”不可用：应为以下之一：以链招引、以企招引、以园招引、技改");
        zh.forEach((what, text) -> assertThat(text.replace("nope", "").replace("BOGUS", ""))
                .as(what)
                .doesNotContainPattern("[A-Za-z]{2,}"));
        Browser.screenshot(browser, "problems-zh");

        browser.get(base + "/?lang=en#/chains");
        ready();
        try {
            Map<String, String> en = refusalsAndErrors(id);
            assertThat(en.get("investment")).contains("Investment", "must not be negative (-5)");
            assertThat(en.get("back")).contains("Note", "a move back from Talks to Lead needs a note saying why");
            assertThat(en.get("before"))
                    .contains(yesterday + " is before the project's last event (" + LocalDate.now() + ", Talks)");
            assertThat(en.get("chain")).isEqualTo("No chain has the id 'nope'");
            assertThat(en.get("filter"))
                    .isEqualTo("The value 'BOGUS' of “Type” cannot be used: it must be one of Chain-based, Referral,"
                            + " Park-based, Tech upgrade");
            en.forEach((what, text) -> assertThat(text).as(what).doesNotContainPattern("\\p{IsHan}"));
        } finally {
            browser.get(base + "/?lang=zh#/chains");
            ready();
        }
        assertThat(api("GET", "/api/v1/projects/" + id, null, null)
                        .path("stage")
                        .asText())
                .as("nothing refused was written")
                .isEqualTo("TALKS");
    }

    /**
     * On a project at 在谈: a negative investment (refused by the server), a move back without a note (refused by the
     * page before it is sent), a stage event dated before the last one (refused by the server); then an unknown
     * chain and a bad filter in the address. Each as the page words it.
     */
    private static Map<String, String> refusalsAndErrors(String id) {
        Map<String, String> shown = new LinkedHashMap<>();
        open("projects/" + id);
        browser.findElement(By.id("edit-follow")).click();
        browser.findElement(By.id("edit-investment")).sendKeys("-5");
        browser.findElement(By.id("edit-save")).click();
        shown.put("investment", problemsShown("edit-problems"));

        browser.findElement(By.cssSelector("#stage-buttons button[data-stage='LEAD']"))
                .click();
        browser.findElement(By.id("stage-confirm")).click();
        shown.put("back", problemsShown("stage-problems"));
        setDate(By.id("stage-at"), LocalDate.now().minusDays(1));
        browser.findElement(By.id("stage-note")).sendKeys("企业暂缓投资计划");
        browser.findElement(By.id("stage-confirm")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("stage-problems"))
                        .getText()
                        .contains(LocalDate.now().toString()));
        shown.put("before", problemsShown("stage-problems"));

        open("chains/nope");
        shown.put("chain", errorShown());
        open("pipeline?type=BOGUS");
        shown.put("filter", errorShown());
        return shown;
    }

    /** The items of a form's problem box, once the box shows them. */
    private static String problemsShown(String box) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> items = d.findElements(By.cssSelector("#" + box + " li"));
            return items.isEmpty()
                    ? null
                    : String.join("\n", items.stream().map(WebElement::getText).toList());
        });
    }

    /** The words of the page's error box. */
    private static String errorShown() {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".state.error .error-detail")))
                .getText();
    }

    @Test
    void shouldRecordAVisitOnAChainLeadersPageAndShowTheImpactOfAMoveOut() {
        useToken(EDITOR);
        open("enterprises/" + HENGHE);
        assertThat(browser.findElement(By.cssSelector(".page-head a.leader-chip"))
                        .getText())
                .contains("链主");
        int before = browser.findElements(By.cssSelector("#visit-list > li")).size();

        new Select(browser.findElement(By.id("visit-intention"))).selectByValue("EXPAND");
        browser.findElement(By.id("visit-notes")).sendKeys("企业计划新增一条负极材料产线");
        Select pick = new Select(browser.findElement(By.id("visit-mention-pick")));
        String mentioned = pick.getOptions().get(1).getText().replaceAll(" · .*", "");
        pick.selectByIndex(1);
        browser.findElement(By.id("visit-save")).click();
        WebElement added = newVisit();
        assertThat(browser.findElements(By.cssSelector("#visit-list > li"))).hasSize(before + 1);
        assertThat(added.getText()).contains(LocalDate.now().toString(), WRITER, "扩产", "企业计划新增一条负极材料产线", mentioned);
        assertThat(added.findElements(By.cssSelector(".relocation"))).isEmpty();

        new Select(browser.findElement(By.id("visit-intention"))).selectByValue("RELOCATE_OUT");
        browser.findElement(By.id("visit-notes")).sendKeys("企业考虑将部分电芯产能外迁");
        browser.findElement(By.id("visit-save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("#visit-list > li")).size() == before + 2);
        WebElement moveOut = newVisit();
        assertThat(moveOut.getDomAttribute("data-intention")).isEqualTo("RELOCATE_OUT");
        assertThat(moveOut.getText()).contains("外迁风险", "外迁影响", "新能源汽车");
        // the local enterprises the API names as losing their only supplier, each named and linked on the page
        List<String> losers = new ArrayList<>();
        for (JsonNode v :
                api("GET", "/api/v1/visits?enterprise=" + HENGHE, null, null).path("visits")) {
            if (v.path("id").asText().equals(moveOut.getDomAttribute("data-id"))) {
                v.path("relocation")
                        .forEach(c -> c.path("losses")
                                .forEach(l -> losers.add(l.path("name").asText())));
            }
        }
        assertThat(losers).isNotEmpty();
        WebElement impact = moveOut.findElement(By.cssSelector(".relocation"));
        assertThat(impact.getText()).contains(losers);
        assertThat(impact.findElements(By.cssSelector("a[href^='#/enterprises/']")))
                .hasSize(new java.util.HashSet<>(losers).size());
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> impact.getText().contains("负极材料"));
        Browser.screenshot(browser, "enterprise-visits");
    }

    @Test
    void shouldListTheStalledProjectsByOwnerAndDownloadTheSameRows() throws Exception {
        open("pipeline");
        WebElement card = browser.findElement(By.id("stalled-card"));
        List<WebElement> groups = card.findElements(By.cssSelector("tbody.owner-group"));
        assertThat(groups).hasSizeGreaterThan(1);
        List<String> ids = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (WebElement group : groups) {
            String owner = group.getDomAttribute("data-owner");
            assertThat(group.findElement(By.cssSelector(".owner-name")).getText())
                    .isEqualTo(owner.isEmpty() ? "未指定包联" : owner);
            for (WebElement row : group.findElements(By.cssSelector("tr[data-id]"))) {
                ids.add(row.getDomAttribute("data-id"));
                owners.add(owner);
                assertThat(row.getText()).containsAnyOf("逾期", "停滞");
            }
        }
        assertThat(owners.getLast()).as("projects nobody follows up come last").isEmpty();
        assertThat(card.findElement(By.tagName("h2")).getText()).contains("(" + ids.size() + ")");

        browser.findElement(By.id("download-stalled-xlsx")).click();
        Path file = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> downloaded("projects-stalled.xlsx"));
        List<List<String>> rows = readSheet(file);
        int idColumn = rows.get(0).indexOf(label("id"));
        int ownerColumn = rows.get(0).indexOf(label("owner"));
        assertThat(rows.subList(1, rows.size()))
                .extracting(r -> r.get(idColumn))
                .containsExactlyElementsOf(ids);
        assertThat(rows.subList(1, rows.size()))
                .extracting(r -> ownerColumn < r.size() ? r.get(ownerColumn) : "")
                .containsExactlyElementsOf(owners);
    }

    @Test
    void shouldNameEverythingOnAProjectsPageInChinese() {
        String id = createProject(Map.ofEntries(
                        Map.entry("name", "中文界面测试项目"),
                        Map.entry("type", "REFERRAL"),
                        Map.entry("link", "nev.chip"),
                        Map.entry("investor", TARGET),
                        Map.entry("referrer", LEADER),
                        Map.entry("owner", "孙丽娟"),
                        Map.entry("nextStep", "安排实地考察"),
                        Map.entry("nextStepDue", LocalDate.now().plusDays(20).toString()),
                        Map.entry("blockers", List.of("配套厂房待落实")),
                        Map.entry("source", "REFERRALS"),
                        Map.entry("recommended", Map.of("rank", 2, "score", 0.61))))
                .path("id")
                .asText();
        open("projects/" + id);
        browser.findElement(By.cssSelector("#stage-buttons button[data-stage='TALKS']"))
                .click();
        String page = browser.findElement(By.id("page")).getText();
        browser.findElement(By.id("stage-cancel")).click();
        browser.findElement(By.id("edit-follow")).click();
        String form = browser.findElement(By.id("page")).getText();
        for (String text : List.of(page, form)) {
            assertThat(text.replace(id, ""))
                    .contains("以企招引", "线索", "包联", "制约问题", "推进记录", "引荐企业", "以企招企")
                    .doesNotContainPattern("[A-Za-z]{2,}");
        }
        // an imported project, whose history the import wrote
        open("projects/P2025-025");
        assertThat(browser.findElement(By.id("page")).getText().replace("P2025-025", ""))
                .contains("数据导入")
                .doesNotContainPattern("[A-Za-z]{2,}");
    }

    @Test
    void shouldMarkTheReferrersAVisitConfirmedAndFollowUpAReferral() {
        open("referrals?uscc=" + LEADER);
        WebElement row = browser.findElement(By.cssSelector("#referrals-table tbody tr"));
        String target = row.findElement(By.cssSelector("a")).getText();
        String link = row.findElements(By.tagName("td")).get(2).getText();
        useToken(EDITOR);
        row.findElement(By.cssSelector("button.follow-up")).click();
        String id = projectPageOpened();
        assertThat(browser.findElement(By.id("project-name")).getText()).isEqualTo(target + "·" + link + "项目");
        assertThat(browser.findElement(By.id("project-referrer")).getText()).isEqualTo("青岛源宸汽车股份有限公司");
        JsonNode project = api("GET", "/api/v1/projects/" + id, null, null);
        assertThat(project.path("type").asText()).isEqualTo("REFERRAL");
        assertThat(project.path("source").asText()).isEqualTo("REFERRALS");

        // a visit to the leader that names the target as one it could introduce
        Map<String, Object> visit = new LinkedHashMap<>();
        visit.put("enterprise", LEADER);
        visit.put("date", LocalDate.now().toString());
        visit.put("intention", "REFER");
        visit.put("mentions", List.of(TARGET));
        api("POST", "/api/v1/visits", visit, null);
        open("referrals?uscc=" + TARGET);
        WebElement first = browser.findElement(By.cssSelector("#referrers-table tbody tr"));
        assertThat(first.getText())
                .contains("青岛源宸汽车股份有限公司", "走访确认", LocalDate.now().toString());
    }

    /** Moves the open project's page to a stage through its buttons and waits for the new event. */
    private static void moveTo(String stage, String note) {
        int events = browser.findElements(By.cssSelector("#timeline li")).size();
        browser.findElement(By.cssSelector("#stage-buttons button[data-stage='" + stage + "']"))
                .click();
        if (note != null) {
            browser.findElement(By.id("stage-note")).sendKeys(note);
        }
        browser.findElement(By.id("stage-confirm")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("#timeline li")).size() == events + 1);
        assertThat(browser.findElement(By.cssSelector("#stage-buttons button.current"))
                        .getDomAttribute("data-stage"))
                .isEqualTo(stage);
    }

    /** Waits for a project's page after a write and answers its id. */
    private static String projectPageOpened() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("#/projects/"));
        ready();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        String url = browser.getCurrentUrl();
        return java.net.URLDecoder.decode(url.substring(url.indexOf("#/projects/") + 11), StandardCharsets.UTF_8);
    }

    private static WebElement tokenDialog() {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("token-dialog-input")));
    }

    private static WebElement newVisit() {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#visit-list > li.new")));
    }

    /** The funnel of the pipeline page: projects that reached each stage, by its label. */
    private static Map<String, Integer> funnel() {
        open("pipeline");
        Map<String, Integer> reached = new LinkedHashMap<>();
        for (WebElement bar : browser.findElements(By.cssSelector("#funnel .hbar"))) {
            List<WebElement> spans = bar.findElements(By.xpath("./span"));
            String value = spans.get(2).getText();
            reached.put(
                    spans.get(0).getText(),
                    Integer.parseInt(value.substring(0, value.indexOf(' ')).replace(",", "")));
        }
        return reached;
    }

    private static void useToken(String token) {
        browser.executeScript("localStorage.setItem('chainmap.token', arguments[0])", token);
    }

    /** Sets a date input the way a date picker would, whatever the browser's format of the day. */
    private static void setDate(By by, LocalDate day) {
        browser.executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))",
                browser.findElement(by),
                day.toString());
    }

    private static JsonNode createProject(Map<String, Object> project) {
        return api("POST", "/api/v1/projects", project, null);
    }

    /** A call of the API with the editor token, as another user's browser or script would make it. */
    private static JsonNode api(String method, String path, Object body, String ifMatch) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + EDITOR)
                    .header("Accept", "application/json");
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(
                                method,
                                HttpRequest.BodyPublishers.ofString(
                                        Json.mapper().writeValueAsString(body)));
            }
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode())
                    .as("%s %s: %s", method, path, response.body())
                    .isBetween(200, 299);
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void open(String route) {
        browser.get(base + "/#/" + route);
        ready();
    }

    /** A row of a ranked table as shown: its rank, and its enterprise's credit code and name. */
    private record Shown(int rank, String uscc, String name) {}

    /** The rows of a ranked table on the screen: the rank in the first cell, the enterprise in its link. */
    private static List<Shown> shownRows(String tableId) {
        List<Shown> rows = new ArrayList<>();
        for (WebElement tr : browser.findElements(By.cssSelector("#" + tableId + " tbody tr"))) {
            WebElement link = tr.findElement(By.cssSelector("a[href^='#/enterprises/']"));
            String href = link.getDomAttribute("href");
            int rank =
                    Integer.parseInt(tr.findElement(By.tagName("td")).getText().replace(",", ""));
            rows.add(new Shown(rank, href.substring(href.lastIndexOf('/') + 1), link.getText()));
        }
        return rows;
    }

    /** The rows of an API answer as a ranked table shows them. */
    private static List<Shown> ranked(JsonNode rows) {
        List<Shown> list = new ArrayList<>();
        rows.forEach(r -> list.add(new Shown(
                r.path("rank").asInt(), r.path("uscc").asText(), r.path("name").asText())));
        return list;
    }

    /** Types into the page's search box and waits for the page its text opens. */
    private static void search(String text) {
        WebElement page = browser.findElement(By.id("page"));
        WebElement box = browser.findElement(By.id("filter-q"));
        box.clear();
        box.sendKeys(text);
        reloaded(page);
    }

    /** Opens the next page of a list with its pager. */
    private static void nextPage(String pagerId) {
        WebElement page = browser.findElement(By.id("page"));
        browser.findElement(By.cssSelector("#" + pagerId + " .pager-next")).click();
        reloaded(page);
    }

    /** Waits until the page has been made again (its old main element gone) and has rendered its data. */
    private static void reloaded(WebElement oldPage) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(oldPage));
        ready();
    }

    /** The address of the page, its encoded characters decoded. */
    private static String address() {
        return java.net.URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
    }

    /** Clicks a download button and waits for its file; an earlier file of the same name is removed first. */
    private static Path download(String buttonId, String name) throws IOException {
        Files.deleteIfExists(downloads.resolve(name));
        browser.findElement(By.id(buttonId)).click();
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> downloaded(name));
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

    private static final Labels ZH = Labels.in(Labels.Lang.ZH);

    /** A column's header in the workbooks the web view downloads (Chinese unless asked otherwise). */
    private static String label(String field) {
        return ZH.column("", field);
    }

    /** The table of a workbook's first sheet: its header row and data rows, the title rows above left out. */
    private static List<List<String>> readSheet(Path file) throws IOException {
        return readSheet(file, null);
    }

    /** The table of the named sheet (the first when null), the title rows above it left out. */
    private static List<List<String>> readSheet(Path file, String sheetName) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                ReadableWorkbook wb = new ReadableWorkbook(in)) {
            var sheet = sheetName == null
                    ? wb.getFirstSheet()
                    : wb.getSheets()
                            .filter(s -> s.getName().equals(sheetName))
                            .findFirst()
                            .orElseThrow();
            for (Row row : sheet.read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCell(i) == null ? "" : row.getCell(i).getText());
                }
                rows.add(cells);
            }
        }
        return tableOf(rows);
    }

    /** The table under a title block: it starts at the header, the first row of more than one filled cell. */
    static List<List<String>> tableOf(List<List<String>> rows) {
        for (int i = 0; i < Math.min(6, rows.size()); i++) {
            if (rows.get(i).stream().filter(c -> !c.isEmpty()).count() > 1) {
                return rows.subList(i, rows.size());
            }
        }
        return rows;
    }
}

package org.chainmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.chainmap.TestFolders;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.api.AccessTokens;
import org.chainmap.api.ApiServer;
import org.chainmap.api.ApiSettings;
import org.chainmap.api.Role;
import org.chainmap.api.Services;
import org.chainmap.classify.ClassifyFixture;
import org.chainmap.export.Json;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page (分类审核) in Chromium, on {@link ClassifyFixture}'s graph classified: a decision with the keyboard,
 * one in bulk, and a later run that infers neither again.
 */
class ReviewPageIT {
    private static final String EDITOR = "editor-token-for-the-review";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static Javalin app;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() {
        Browser.requireInstalled();
        ClassifyFixture.load(TestNeo4j.clean());
        app = ApiServer.create(
                        Services.over(TestNeo4j.store(), AnalysisConfig.load(null, Map.of()), "区工业和信息化局"),
                        ApiSettings.defaults("127.0.0.1")
                                .withTokens(AccessTokens.granting(
                                        Map.of(EDITOR, new AccessTokens.Grant(Role.EDITOR, "李审核")))))
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
    void shouldAcceptWithTheKeyboardRejectInBulkAndKeepBothThroughALaterRun() {
        assertThat(api("POST", "/api/v1/classify").get("assigned").asLong()).isEqualTo(4);
        browser.get(base + "/?lang=zh#/chains");
        browser.executeScript("localStorage.setItem('chainmap.token', arguments[0])", EDITOR);

        open("review?link=nev.cell");
        List<WebElement> rows = rows();
        // lowest confidence first: E2 (0.5) before E1 (1.0), each with what matched, in Chinese
        assertThat(rows)
                .extracting(r -> r.getDomAttribute("data-uscc"))
                .containsExactly(ClassifyFixture.E2, ClassifyFixture.E1);
        assertThat(rows.get(1).getText()).contains("行业代码 3841 命中 3841", "主营产品“动力锂电池”含“锂电池”", "经营范围含“电芯”");
        // the first row has the focus once the page is drawn: a accepts it
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> browser.executeScript("return document.activeElement && document.activeElement.tagName")
                        .equals("TR"));
        new Actions(browser).sendKeys("a").perform();
        waitForPending("nev.cell", 1);
        open("review?link=nev.cell");
        assertThat(rows()).extracting(r -> r.getDomAttribute("data-uscc")).containsExactly(ClassifyFixture.E1);

        open("review");
        // E6 motor (0.5), E2 material (0.85), E1 cell (1.0): mark the first and the last, reject both
        rows = rows();
        assertThat(rows)
                .extracting(r -> r.getDomAttribute("data-link"))
                .containsExactly("nev.motor", "nev.material", "nev.cell");
        rows.get(0).findElement(By.cssSelector("input[type=checkbox]")).click();
        rows.get(2).findElement(By.cssSelector("input[type=checkbox]")).click();
        browser.findElement(By.id("reject-marked")).click();
        waitForPending(null, 1);

        api("POST", "/api/v1/classify");
        open("review");
        assertThat(rows())
                .extracting(r -> r.getDomAttribute("data-uscc") + " " + r.getDomAttribute("data-link"))
                .containsExactly(ClassifyFixture.E2 + " nev.material");
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#review-table tbody tr"));
    }

    private static void open(String route) {
        Browser.open(browser, base, route);
    }

    private static void waitForPending(String link, long total) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> api("GET", "/api/v1/classify/review" + (link == null ? "" : "?link=" + link))
                                .get("total")
                                .asLong()
                        == total);
    }

    private static JsonNode api(String method, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + EDITOR)
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .method(
                            method,
                            method.equals("GET")
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString("{}"))
                    .build();
            HttpResponse<String> response =
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode())
                    .as("%s %s: %s", method, path, response.body())
                    .isEqualTo(200);
            return Json.mapper().readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

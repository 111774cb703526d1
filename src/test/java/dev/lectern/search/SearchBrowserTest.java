package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Chromium;
import dev.lectern.testing.Needs;
import dev.lectern.testing.StaticServer;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.Tool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Offline search on the real course in Chromium, served under a sub-path. */
@Needs(Tool.CHROMIUM)
@ExtendWith(Chromium.Extension.class)
class SearchBrowserTest {
    @TempDir
    static Path tmp;

    static StaticServer server;
    static ChromeDriver browser;
    static TestSite site;

    @BeforeAll
    static void start(Chromium chromium) {
        site = TestSite.course(tmp).basePath("/course/").build();
        assertThat(site.result().diagnostics()).noneMatch(d -> d.severity() == dev.lectern.diag.Severity.ERROR);
        server = chromium.serve(site.out(), "/course/");
        browser = chromium.driver();
    }

    private List<WebElement> resultsFor(String query) {
        WebElement input = browser.findElement(By.id("search-input"));
        input.clear();
        input.sendKeys(query);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector("#search-panel .search-result")).isEmpty());
        return browser.findElements(By.cssSelector("#search-panel .search-result"));
    }

    // Checks that "/" focuses the box, "CNAME" ranks the DNS records page's CNAME heading first with nothing fetched from elsewhere, and Enter opens it.
    @Test
    void cnameFindsDnsRecordsHeadingAndEnterOpensIt() {
        browser.get(server.url("stack/http/"));
        browser.findElement(By.tagName("body")).sendKeys("/");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("search-input");
        List<WebElement> results = resultsFor("CNAME");
        WebElement first = results.get(0);
        assertThat(first.getAttribute("href")).isEqualTo(server.url("foundations/dns-records/#what-does-a-cname-record-do"));
        assertThat(first.findElement(By.cssSelector(".search-result-heading")).getText()).contains("CNAME");
        assertThat(first.findElements(By.cssSelector("mark"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#search-panel .search-status")).getText()).contains("for \u201cCNAME\u201d");
        // everything the page fetched, the search index and library included, came from the site itself
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) browser.executeScript(
                "return [location.href].concat(performance.getEntriesByType('resource').map(function (e) { return e.name; }))");
        assertThat(fetched).anyMatch(u -> u.contains("search/index.js")).anyMatch(u -> u.contains("search/lunr.min.js"))
                .allMatch(u -> u.startsWith(server.url("")));
        browser.findElement(By.id("search-input")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("dns-records"));
        assertThat(browser.getCurrentUrl()).isEqualTo(server.url("foundations/dns-records/#what-does-a-cname-record-do"));
    }

    // Checks prefix ("authori") and typo ("resolvr") matching, and that arrow keys move through the results.
    @Test
    void prefixTypoAndKeyboard() {
        browser.get(server.url(""));
        assertThat(resultsFor("authori").get(0).getText()).containsIgnoringCase("authoritative");
        assertThat(resultsFor("resolvr").get(0).getText()).containsIgnoringCase("resolver");
        WebElement input = browser.findElement(By.id("search-input"));
        input.sendKeys(Keys.ARROW_DOWN);
        List<WebElement> results = browser.findElements(By.cssSelector("#search-panel .search-result"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(results.get(0));
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertThat(browser.switchTo().activeElement()).isEqualTo(results.get(1));
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("search-input");
        assertThat(browser.findElement(By.id("search-panel")).isDisplayed()).isFalse();
    }

    // Checks that the index is not loaded until the reader starts to search.
    @Test
    void indexLoadsOnlyOnDemand() {
        browser.get(server.url("stack/"));
        Object before = browser.executeScript(
                "return performance.getEntriesByType('resource').filter(e => e.name.includes('/search/')).length");
        assertThat(before).isEqualTo(0L);
        resultsFor("nginx");
        @SuppressWarnings("unchecked")
        List<String> after = (List<String>) browser.executeScript("return performance.getEntriesByType('resource')"
                + ".map(e => e.name).filter(n => n.includes('/search/')).map(n => n.replace(/.*\\/search\\//, ''))");
        // Lunr, the index, the one shard of "nginx" and the text chunks of the sections shown: not the whole index
        assertThat(after).startsWith("lunr.min.js", "index.js", "t/ng.js").hasSizeGreaterThan(3);
        assertThat(after.subList(3, after.size())).allMatch(n -> n.matches("x/[0-9]+\\.js"));
    }

    // Checks that search also works opened from disk (file://): the index loads as a script and Enter opens index.html#anchor.
    @Test
    void worksFromFile() {
        browser.get(site.out().resolve("stack/http/index.html").toUri().toString());
        WebElement first = resultsFor("CNAME").get(0);
        assertThat(first.getAttribute("href")).endsWith("/foundations/dns-records/index.html#what-does-a-cname-record-do");
        browser.findElement(By.id("search-input")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("dns-records"));
        assertThat(browser.getCurrentUrl()).isEqualTo(
                site.out().resolve("foundations/dns-records/index.html").toUri() + "#what-does-a-cname-record-do");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("DNS");
    }

    // Checks that the "/" shortcut can be turned off on the search page (WCAG 2.1.4) and on again.
    @Test
    void slashShortcutCanBeTurnedOff() {
        browser.get(server.url("search/"));
        WebElement box = browser.findElement(By.cssSelector("[data-slash-shortcut]"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> box.isDisplayed());
        box.click();
        browser.get(server.url("stack/"));
        browser.findElement(By.tagName("body")).sendKeys("/");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isNotEqualTo("search-input");
        browser.get(server.url("search/"));
        WebElement again = browser.findElement(By.cssSelector("[data-slash-shortcut]"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> again.isDisplayed());
        assertThat(again.isSelected()).isFalse();
        again.click();
        browser.get(server.url("stack/"));
        browser.findElement(By.tagName("body")).sendKeys("/");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("search-input");
    }

    // Checks the results page search/?q= lists results with the page, heading and snippet.
    @Test
    void resultsPage() {
        browser.get(server.url("search/?q=load+balancer"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector(".search-page .search-result")).isEmpty());
        WebElement first = browser.findElement(By.cssSelector(".search-page .search-result"));
        assertThat(first.findElement(By.cssSelector(".search-result-page")).getText()).isNotBlank();
        assertThat(first.findElements(By.cssSelector(".search-result-snippet mark"))).isNotEmpty();
        assertThat(browser.findElement(By.id("search-input")).getAttribute("value")).isEqualTo("load balancer");
    }
}

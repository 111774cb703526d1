package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Chromium;
import dev.lectern.testing.Needs;
import dev.lectern.testing.StaticServer;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.Tool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search ranking on the real course, through the real search box in Chromium: twenty queries and the
 * result a reader expects first, and how exact, prefix and typo matches are ranked, grouped and shown.
 */
@Needs(Tool.CHROMIUM)
@ExtendWith(Chromium.Extension.class)
class SearchRankingBrowserTest {
    @TempDir
    static Path tmp;

    static StaticServer server;
    static ChromeDriver browser;

    /** Query, then the link (from the site root) a reader expects as the first result. */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();
    static {
        EXPECTED.put("CNAME", "foundations/dns-records/#what-does-a-cname-record-do");
        EXPECTED.put("cname record", "foundations/dns-records/#what-does-a-cname-record-do");
        EXPECTED.put("TTL", "foundations/dns-resolution/#what-is-a-ttl");
        EXPECTED.put("WSGI", "stack/application-server/#what-is-wsgi");
        EXPECTED.put("reverse proxy", "stack/web-server/#what-is-a-reverse-proxy");
        EXPECTED.put("load balancer", "fixes/distributed/#what-does-the-load-balancer-do");
        EXPECTED.put("single point of failure", "failures/single-point-of-failure/#what-is-a-single-point-of-failure");
        EXPECTED.put("sync worker", "stack/application-server/#what-is-a-sync-worker");
        EXPECTED.put("horizontal scaling", "failures/scalability/#what-is-horizontal-scaling");
        EXPECTED.put("firewall", "fixes/secured-monitored/#what-does-a-firewall-do-here");
        EXPECTED.put("status codes", "stack/http/#what-do-status-codes-tell-you");
        EXPECTED.put("HSTS", "deeper/tls-certificates/#what-does-hsts-add");
        EXPECTED.put("sticky sessions", "deeper/load-balancing/#what-are-sticky-sessions-and-why-avoid-them");
        EXPECTED.put("split brain", "deeper/databases/#what-is-split-brain");
        EXPECTED.put("top-level domain", "foundations/domain-names/#what-is-a-top-level-domain");
        EXPECTED.put("502", "stack/web-and-app-server/#what-do-502-and-504-errors-mean");
        EXPECTED.put("replic", "stack/database/#what-is-primaryreplica-replication");
        EXPECTED.put("gunicorn", "stack/application-server/#how-does-gunicorn-run-the-application");
        EXPECTED.put("resolvr", "foundations/dns-records/#what-does-a-dns-record-tell-a-resolver");
        EXPECTED.put("certficate", "deeper/tls-certificates/#where-does-the-certificate-come-from");
    }

    @BeforeAll
    static void start(Chromium chromium) {
        TestSite site = TestSite.course(tmp).basePath("/course/").build();
        assertThat(site.result().diagnostics()).noneMatch(d -> d.severity() == dev.lectern.diag.Severity.ERROR);
        server = chromium.serve(site.out(), "/course/");
        browser = chromium.driver();
        browser.get(server.url(""));
    }

    /** Types the query into the header's box and waits for its status line. */
    private String type(String query) {
        WebElement input = browser.findElement(By.id("search-input"));
        input.clear();
        input.sendKeys(query);
        WebElement status = browser.findElement(By.cssSelector("#search-panel .search-status"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> status.getText().contains("\u201c" + query + "\u201d"));
        return status.getText();
    }

    private List<WebElement> results() {
        return browser.findElements(By.cssSelector("#search-panel .search-result"));
    }

    private static int count(String status) {
        Matcher m = Pattern.compile("\\d+").matcher(status);
        return m.find() ? Integer.parseInt(m.group()) : 0;
    }

    // Checks the twenty queries' first results (and prints each query's first result and result count).
    @Test
    void twentyQueriesHaveTheirExpectedFirstResult() {
        assertThat(EXPECTED).hasSize(20);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> q : EXPECTED.entrySet()) {
            String status = type(q.getKey());
            List<WebElement> results = results();
            String first = results.isEmpty() ? "(none)" : results.get(0).getAttribute("href").substring(server.url("").length());
            System.out.printf("search %-24s %4d  %s%n", q.getKey(), count(status), first);
            if (!first.equals(q.getValue())) wrong.add(q.getKey() + ": got " + first + ", expected " + q.getValue());
        }
        assertThat(wrong).isEmpty();
    }

    // Checks "CNAME" (the "73 results", mostly fuzzy noise) now lists only exact matches, none marked as a similar spelling.
    @Test
    void cnameHasNoTypoNoise() {
        String status = type("CNAME");
        assertThat(count(status)).isBetween(5, 25);
        assertThat(status).doesNotContain("similar");
        assertThat(browser.findElements(By.cssSelector("#search-panel mark.search-fuzzy, #search-panel .search-result-note"))).isEmpty();
        assertThat(results()).allSatisfy(r -> assertThat(r.getText()).containsIgnoringCase("cname"));
    }

    // Checks a typo ("certficate") finds the word it meant, highlighted and labelled as a similar spelling.
    @Test
    void typoMatchesAreMarkedAsSuch() {
        String status = type("certficate");
        assertThat(status).contains("with a similar spelling");
        WebElement first = results().get(0);
        assertThat(first.findElement(By.cssSelector(".search-result-note")).getText()).isEqualTo("Similar spelling");
        assertThat(first.findElements(By.cssSelector("mark.search-fuzzy"))).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getText()).startsWithIgnoringCase("certif"))
                .allSatisfy(m -> assertThat(m.getCssValue("text-decoration-style")).isEqualTo("wavy"));
    }

    // Checks results are grouped by page (one group per page, its page title once, best section first), at most ten
    // groups, and that "Show more" adds the next ones and is reachable with the arrow keys.
    @Test
    void groupedByPageTenAtATimeWithShowMore() {
        String status = type("server");
        Matcher pages = Pattern.compile("on (\\d+) pages").matcher(status);
        assertThat(pages.find()).as(status).isTrue();
        int total = Integer.parseInt(pages.group(1));
        assertThat(total).isGreaterThan(10);
        List<WebElement> groups = browser.findElements(By.cssSelector("#search-panel .search-group"));
        assertThat(groups).hasSize(10);
        List<String> seen = new ArrayList<>();
        for (WebElement g : groups) {
            List<WebElement> links = g.findElements(By.cssSelector("a.search-result"));
            String page = links.get(0).getAttribute("href").replaceAll("#.*", "");
            assertThat(seen).doesNotContain(page);
            seen.add(page);
            assertThat(links).allSatisfy(a -> assertThat(a.getAttribute("href").replaceAll("#.*", "")).isEqualTo(page));
            assertThat(g.findElements(By.cssSelector(".search-result-page"))).hasSize(1);
            assertThat(links.get(0).findElements(By.cssSelector(".search-result-page"))).hasSize(1);
        }
        WebElement more = browser.findElement(By.cssSelector("#search-panel .search-more"));
        assertThat(more.getText()).isEqualTo("Show more results (" + (total - 10) + (total - 10 == 1 ? " more page)" : " more pages)"));
        int shown = results().size();
        browser.findElement(By.id("search-input")).sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        for (int i = 0; i < shown; i++) browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        assertThat(browser.switchTo().activeElement()).isEqualTo(more);
        more.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(browser.findElements(By.cssSelector("#search-panel .search-group"))).hasSize(Math.min(20, total));
        assertThat(browser.switchTo().activeElement()).isEqualTo(
                browser.findElements(By.cssSelector("#search-panel .search-group")).get(10).findElement(By.tagName("a")));
    }

    // Checks that the sharded index ranks as one Lunr index of every section's full text would (the way search
    // worked before the split): the same matches with the same scores for 400 words of the course, their
    // prefixes, and typo matches of misspelt ones.
    @Test
    void shardsScoreAsOneIndexOfEverything() {
        browser.get(server.url(""));
        browser.findElement(By.id("search-input")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                ((ChromeDriver) d).executeScript("return typeof window.lecternSearchHits === 'function'")));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        List<String> report = (List<String>) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var base = document.querySelector("form.search").getAttribute("data-search-index").replace(/index\\.js$/, "");
                function load(path) {
                  return new Promise(function (resolve, reject) {
                    var s = document.createElement("script"); s.src = base + path; s.onload = resolve; s.onerror = reject;
                    document.head.appendChild(s);
                  });
                }
                var meta, texts = [], words;
                var page = [window.lecternSearch, window.lecternSearchText, window.lecternSearchWords];
                window.lecternSearchHits("dns", false).then(function () {
                  window.lecternSearch = function (d) { meta = d; };
                  window.lecternSearchText = function (n, t) { for (var i = 0; i < t.length; i += 2) texts[meta.texts[n] + i / 2] = t[i + 1]; };
                  window.lecternSearchWords = function (w) { words = w.split(" "); };
                  return load("index.js");
                }).then(function () {
                  return Promise.all(meta.texts.map(function (s, n) { return load("x/" + n + ".js"); }).concat([load("words.js")]));
                }).then(function () {
                  window.lecternSearch = page[0]; window.lecternSearchText = page[1]; window.lecternSearchWords = page[2];
                  var full = lunr(function () {
                    this.ref("id"); this.field("title", { boost: 10 }); this.field("heading", { boost: 5 }); this.field("text");
                    for (var i = 0; i < meta.docs.length; i++) {
                      var d = meta.docs[i];
                      this.add({ id: String(i), title: meta.pages[d[0]].t, heading: d[1], text: texts[i] }, { boost: d[2] === "page" ? 1 : 0.6 });
                    }
                  });
                  function hits(word, typo) {
                    var out = {};
                    full.query(function (query) {
                      if (typo) { query.term(word, { editDistance: word.length > 7 ? 2 : 1 }); return; }
                      query.term(word, { boost: 10 });
                      if (word.length > 1) query.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 4 });
                    }).forEach(function (r) { out[r.ref] = r.score; });
                    return out;
                  }
                  var cases = [];
                  var step = Math.max(1, Math.floor(words.length / 400));
                  for (var i = 0; i < words.length; i += step) {
                    var w = words[i];
                    cases.push([w, false]);
                    if (w.length > 4) { cases.push([w.slice(0, 3), false]); cases.push([w.slice(0, 2) + w.slice(3), true]); }
                  }
                  var report = [], matched = 0;
                  return cases.reduce(function (p, c) {
                    return p.then(function () { return window.lecternSearchHits(c[0], c[1]); }).then(function (got) {
                      var want = hits(c[0], c[1]);
                      matched += Object.keys(want).length;
                      var same = Object.keys(want).length === Object.keys(got).length && Object.keys(want).every(function (ref) {
                        return got[ref] !== undefined && Math.abs(got[ref] - want[ref]) <= 1e-9 * Math.max(1, want[ref]);
                      });
                      if (!same) report.push(c[0] + (c[1] ? " (typo)" : "") + ": " + JSON.stringify(got) + " != " + JSON.stringify(want));
                    });
                  }, Promise.resolve()).then(function () { report.unshift(cases.length + " queries, " + matched + " matches"); done(report); });
                }).catch(function (e) { done(["error: " + e]); });
                """);
        System.out.println("shards against one index: " + report.get(0));
        assertThat(report.get(0)).matches("[0-9]{3,} queries, [0-9]{4,} matches");
        assertThat(report.subList(1, report.size())).isEmpty();
    }
}

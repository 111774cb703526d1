package dev.lectern.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.cli.Main;
import dev.lectern.render.OutputPage;
import dev.lectern.testing.Browser;
import dev.lectern.testing.Needs;
import dev.lectern.testing.Nginx;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.Tool;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The course as production serves it: built with {@code --compress}, configured by
 * {@code lectern nginx-config}, served by a real Nginx on a free loopback port, checked with an HTTP
 * client and in Chromium.
 */
@Needs(Tool.NGINX)
class NginxPublishTest {
    @TempDir
    static Path tmp;

    static BuildResult build;
    static Path site;
    static Nginx nginx;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        site = tmp.resolve("site");
        build = new Build(BuildOptions.builder().content(Path.of("content")).theme(TestSite.THEME)
                .out(site).cache(TestSite.CACHE).compress(true).build()).run();
        assertThat(build.diagnostics()).isEmpty();
        int port = Nginx.freePort();
        StringWriter out = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "nginx-config",
                "--out", site.toString(), "--port", String.valueOf(port), "--server-name", "localhost");
        assertThat(exit).isEqualTo(0);
        // The printed block listens on all interfaces; a test keeps to the loopback one.
        String conf = out.toString().replace("listen " + port + ";", "listen 127.0.0.1:" + port + ";");
        assertThat(conf).contains("listen 127.0.0.1:" + port + ";");
        nginx = Nginx.start(conf, port, tmp.resolve("nginx"));
        // the printed block loads without a single warning
        assertThat(nginx.log()).doesNotContain("[warn]", "[emerg]", "[alert]");
    }

    @AfterAll
    static void stop() {
        if (nginx != null) nginx.close();
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(nginx.url(path)));
        if (headers.length > 0) r.headers(headers);
        return http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    // Checks that every page of the course is served at its clean URL with 200, no-cache and the security headers.
    @Test
    void everyPageIs200() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (OutputPage p : build.pages()) {
            if (p.path().equals("404.html")) continue;
            HttpResponse<byte[]> r = get("/" + p.url());
            checked++;
            if (r.statusCode() != 200) failures.add("/" + p.url() + " -> " + r.statusCode());
            else {
                assertThat(header(r, "Content-Type")).as(p.url()).isEqualTo("text/html; charset=utf-8");
                assertThat(header(r, "Cache-Control")).as(p.url()).isEqualTo("no-cache");
                assertThat(header(r, "Content-Security-Policy")).isEqualTo(ExpectedPolicy.CSP);
                assertThat(header(r, "X-Content-Type-Options")).isEqualTo("nosniff");
                assertThat(header(r, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
                // the page as written (a build keeps no page's HTML once it is written)
                assertThat(r.body()).isEqualTo(Files.readAllBytes(site.resolve(p.path())));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(20);
    }

    // Checks that a section URL without its slash is redirected (relatively) to the clean URL.
    @Test
    void folderWithoutSlashRedirects() throws Exception {
        HttpResponse<byte[]> r = get("/stack");
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(header(r, "Location")).isEqualTo("/stack/");
    }

    // Checks that a missing page is a 404 carrying the theme's 404 page, whose absolute asset links work.
    @Test
    void missingPageIs404WithThemePage() throws Exception {
        HttpResponse<byte[]> r = get("/no/such/page/");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(header(r, "Content-Security-Policy")).isEqualTo(ExpectedPolicy.CSP);
        Document d = Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8));
        assertThat(d.select("h1").text()).isEqualTo("Page not found");
        String css = d.select("link[rel=stylesheet]").attr("href");
        assertThat(css).matches("/assets/css/lectern\\.[0-9a-f]{8}\\.css");
        assertThat(get(css).statusCode()).isEqualTo(200);
    }

    // Checks that a fingerprinted asset is cached for a year, immutable, with its right type.
    @Test
    void fingerprintedAssetCachedForAYear() throws Exception {
        String css = Jsoup.parse(Files.readString(site.resolve("index.html"))).select("link[rel=stylesheet]").attr("href");
        HttpResponse<byte[]> r = get("/" + css);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(header(r, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(header(r, "Content-Type")).isEqualTo("text/css; charset=utf-8");
        assertThat(header(r, "Content-Security-Policy")).isEqualTo(ExpectedPolicy.CSP);
        assertThat(r.body()).isEqualTo(Files.readAllBytes(site.resolve(css)));
        // a content image keeps its name, so it is revalidated instead
        HttpResponse<byte[]> headers = get("/_headers");
        assertThat(header(headers, "Cache-Control")).isEqualTo("no-cache");
    }

    // Checks that the precompressed .gz is sent to a client that accepts gzip, and the plain file to one that does not.
    @Test
    void gzipServedWhenAsked() throws Exception {
        HttpResponse<byte[]> gz = get("/", "Accept-Encoding", "gzip");
        assertThat(header(gz, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(gz, "Vary")).isEqualTo("Accept-Encoding");
        assertThat(gz.body()).isEqualTo(Files.readAllBytes(site.resolve("index.html.gz")));
        HttpResponse<byte[]> plain = get("/");
        assertThat(header(plain, "Content-Encoding")).isNull();
        assertThat(plain.body()).isEqualTo(Files.readAllBytes(site.resolve("index.html")));
        String js = Jsoup.parse(Files.readString(site.resolve("index.html"))).select("script[defer]").attr("src");
        assertThat(get("/" + js, "Accept-Encoding", "gzip").body()).isEqualTo(Files.readAllBytes(site.resolve(js + ".gz")));
    }

    // Checks in Chromium that the CSP is enforced and not violated: home, a quiz page (answered), a diagram page
    // (a component failed), a search, every generated page (search, glossary, progress, review) and the 404 page.
    @Test
    @Needs(Tool.CHROMIUM)
    void cspHoldsInChromium() {
        String quizPage = pageWithBlock("quiz").orElseThrow(() -> new AssertionError("the course has no quiz page"));
        String diagramPage = pageWithBlock("diagram").orElseThrow(() -> new AssertionError("the course has no diagram"));
        List<String> paths = new ArrayList<>(List.of("", quizPage, diagramPage));
        pageWithBlock("terminal").ifPresent(paths::add);
        build.pages().stream().filter(p -> p.source() == null && !p.path().equals("404.html"))
                .forEach(p -> paths.add(p.url()));
        paths.add("no/such/page/");
        ChromeDriver browser = Browser.start();
        try {
            // Collects violations from the first script on, before any of the page's own scripts run.
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__csp = []; document.addEventListener('securitypolicyviolation', function (e) {"
                            + " window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber); });"));
            JavascriptExecutor js = browser;
            for (String path : paths) {
                browser.get(nginx.url("/" + path));
                assertThat(violations(browser)).as("CSP violations on /" + path).isEmpty();
                // the site's own scripts ran: theme-init.js marks <html>, lectern.js shows the theme toggle
                assertThat(js.executeScript("return document.documentElement.className")).as(path).asString().contains("js");
                assertThat(js.executeScript("return document.querySelector('[data-theme-toggle]').hidden")).isEqualTo(false);
                assertThat(js.executeScript("return document.styleSheets.length")).as(path).isNotEqualTo(0L);
            }
            // Answering a quiz runs its feedback code (which writes HTML into the page): still no violation.
            browser.get(nginx.url("/" + quizPage));
            js.executeScript("var q = document.querySelector('form.quiz fieldset');"
                    + " q.querySelector('input').click(); q.querySelector('[data-action=check]').click();");
            assertThat(js.executeScript("return document.querySelector('form.quiz .quiz-feedback').textContent"))
                    .asString().isNotBlank();
            assertThat(violations(browser)).as("CSP violations after answering a quiz").isEmpty();
            // Failing a component of a diagram restyles its SVG from script: still no violation.
            browser.get(nginx.url("/" + diagramPage));
            String status = "return document.querySelector('figure.diagram [data-diagram-status]').textContent";
            Object idle = js.executeScript(status);
            js.executeScript("document.querySelector('figure.diagram [data-fail]').click();");
            assertThat(js.executeScript(status)).asString().isNotBlank().isNotEqualTo(idle);
            assertThat(violations(browser)).as("CSP violations after failing a component").isEmpty();
            // Searching loads Lunr and the index by script at run time: still no violation.
            browser.findElement(By.id("search-input")).sendKeys("CNAME");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                    !d.findElements(By.cssSelector("#search-panel .search-result")).isEmpty());
            assertThat(violations(browser)).as("CSP violations after a search").isEmpty();
        } finally {
            browser.quit();
        }
    }

    /**
     * The CSP violations the open page reported so far. "None" is only known once a violation caused now
     * would have been reported: the page is made to violate the policy on purpose (an image from another
     * origin, refused by {@code img-src 'self'} before any request), and the list is read once that report
     * has arrived; reports are queued in order, so every earlier one is in by then. The deliberate reports
     * (which show that the listener does see violations) are left out by their unique address.
     */
    private static List<String> violations(ChromeDriver browser) {
        JavascriptExecutor js = browser;
        js.executeScript("window.__canary = (window.__canary || 0) + 1;"
                + " new Image().src = 'http://127.0.0.2:9/csp-canary-' + window.__canary + '.png';");
        String canary = "img-src http://127.0.0.2:9/csp-canary-";
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> ((List<?>) js.executeScript("return window.__csp"))
                .stream().filter(v -> String.valueOf(v).startsWith(canary)).count()
                == ((Number) js.executeScript("return window.__canary")).longValue());
        List<String> all = ((List<?>) js.executeScript("return window.__csp")).stream().map(String::valueOf).toList();
        return all.stream().filter(v -> !v.startsWith(canary)).toList();
    }

    private static java.util.Optional<String> pageWithBlock(String kind) {
        return build.pages().stream().filter(p -> p.source() != null && p.source().countBlocks(kind) > 0)
                .map(OutputPage::url).findFirst();
    }
}

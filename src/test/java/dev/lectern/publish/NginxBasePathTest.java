package dev.lectern.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Needs;
import dev.lectern.testing.Nginx;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.Tool;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Nginx block under a base path ({@code alias}), in a real Nginx: the fixture site at /course/. */
@Needs(Tool.NGINX)
class NginxBasePathTest {
    @TempDir
    static Path tmp;

    static TestSite site;
    static Nginx nginx;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.fixture("basic", tmp).basePath("/course/").build();
        assertThat(site.printed()).isEmpty();
        int port = Nginx.freePort();
        String conf = new NginxConfig(site.out(), "/course/", port, "localhost").render()
                .replace("listen " + port + ";", "listen 127.0.0.1:" + port + ";");
        nginx = Nginx.start(conf, port, tmp.resolve("nginx"));
        assertThat(nginx.log()).doesNotContain("[warn]", "[emerg]", "[alert]");
    }

    @AfterAll
    static void stop() {
        if (nginx != null) nginx.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(nginx.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    // Checks pages and the home page under /course/, and the redirects of /course and a folder without slash.
    @Test
    void pagesUnderBasePath() throws Exception {
        assertThat(get("/course/").statusCode()).isEqualTo(200);
        HttpResponse<String> page = get("/course/dns/records/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).isEqualTo(site.read("dns/records/index.html"));
        assertThat(get("/course").headers().firstValue("Location")).contains("/course/");
        assertThat(get("/course/dns").headers().firstValue("Location")).contains("/course/dns/");
    }

    // Checks that missing pages, inside and outside /course/, get a 404 with the theme's page.
    @Test
    void missingPagesUnderAndOutsideBasePath() throws Exception {
        for (String path : new String[] {"/course/nope/", "/nope/", "/"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(Jsoup.parse(r.body()).select("h1").text()).as(path).isEqualTo("Page not found");
            assertThat(r.headers().firstValue("Content-Security-Policy")).contains(ExpectedPolicy.CSP);
        }
    }

    // Checks that a fingerprinted asset under /course/assets/ is cached for a year and a content image is not.
    @Test
    void assetCaching() throws Exception {
        String css = site.page("404.html").select("link[rel=stylesheet]").attr("href");
        assertThat(css).startsWith("/course/assets/css/lectern.");
        HttpResponse<String> r = get(css);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        HttpResponse<String> img = get("/course/img/dot.svg");
        assertThat(img.statusCode()).isEqualTo(200);
        assertThat(img.headers().firstValue("Cache-Control")).contains("no-cache");
    }
}

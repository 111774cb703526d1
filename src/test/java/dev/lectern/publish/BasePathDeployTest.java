package dev.lectern.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.render.OutputPage;
import dev.lectern.testing.StaticServer;
import dev.lectern.testing.TestSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deploy to a static host under a sub-path (GitHub Pages project sites): the course built with
 * {@code --base-path /course/}, served under {@code /course/} only, and crawled from its home page:
 * every link, stylesheet, script and image of every page must answer 200.
 */
class BasePathDeployTest {
    @TempDir
    Path tmp;

    // Checks that crawling from /course/ reaches every page and that no link, asset or image is broken.
    @Test
    void everyLinkWorksUnderSubPath() throws Exception {
        Path site = tmp.resolve("site");
        BuildResult result = new Build(BuildOptions.builder().content(Path.of("content")).theme(TestSite.THEME)
                .out(site).cache(TestSite.CACHE).basePath("/course/").build()).run();
        assertThat(result.diagnostics()).isEmpty();
        HttpClient http = HttpClient.newHttpClient();
        Set<String> broken = new TreeSet<>();
        Set<String> seen = new LinkedHashSet<>();
        int pages = 0;
        try (StaticServer server = StaticServer.serve(site, "/course/")) {
            String origin = server.url("").replaceFirst("/course/$", "");
            Deque<String> queue = new ArrayDeque<>();
            queue.add(server.url(""));
            queue.add(server.url("no/such/page/")); // the 404 page's links are absolute, with the base path
            seen.addAll(queue);
            while (!queue.isEmpty()) {
                String url = queue.poll();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString());
                boolean expect404 = url.endsWith("/no/such/page/");
                if (r.statusCode() != (expect404 ? 404 : 200)) {
                    broken.add(url + " -> " + r.statusCode());
                    continue;
                }
                if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) continue;
                pages++;
                Document d = Jsoup.parse(r.body(), url);
                Set<String> targets = new LinkedHashSet<>();
                for (Element e : d.select("a[href], link[href], script[src], img[src], form[action]")) {
                    targets.add(e.absUrl(e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action"));
                }
                // hrefs handed to scripts (the search index, the site root)
                for (Element e : d.getAllElements()) {
                    for (var a : e.attributes()) {
                        if (a.getKey().startsWith("data-") && a.getValue().matches("(\\.{1,2}/|/).*|.*\\.(js|json|css|svg)")) {
                            targets.add(e.absUrl(a.getKey()));
                        }
                    }
                }
                for (String t : targets) {
                    String target = t.replaceFirst("#.*$", "");
                    if (!target.startsWith(origin + "/")) continue; // external: not the site's
                    assertThat(target).as("link on " + url).startsWith(server.url(""));
                    if (seen.add(target)) queue.add(target);
                }
            }
        }
        assertThat(broken).isEmpty();
        long built = result.pages().stream().map(OutputPage::path).filter(p -> !p.equals("404.html")).count();
        assertThat(pages).as("pages reached, with the 404 page").isEqualTo(built + 1);
    }
}

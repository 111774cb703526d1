package dev.lectern.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML and SVG a diagram block produces, read back with jsoup: the stable hooks, accessibility
 * (role, title, desc, text alternative), SPOF marks, escaping, nothing a strict CSP would block,
 * and a golden skeleton of the SVG (elements and hooks, without coordinates).
 */
class DiagramHtmlTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/one-server-diagram.txt");

    @TempDir
    static Path tmp;

    static TestSite site;
    static Element figure;

    @BeforeAll
    static void build() {
        site = TestSite.create(tmp)
                .file("content/index.md", "# Home\n\nNo diagram here.\n")
                .file("content/one.md", "# One server\n\n```diagram\n" + Designs.ONE_SERVER + "```\n")
                .file("content/hidden.md", "# Hidden\n\n```diagram\nid: quiet\nspof: hide\n"
                        + Designs.ONE_SERVER.replace("title: One server for www.foobar.com\n", "") + "```\n")
                .file("content/escaped.md", "# Escaped\n\n```diagram\ndirection: down\nnodes:\n"
                        + "  a: {kind: web, label: \"<b>Nginx</b> & www.example.com\", note: \"<script>x</script>\"}\n"
                        + "  b: {kind: app}\nedges:\n  - a -> b: \"<i>proxy</i> https://example.com\"\n```\n")
                .build();
        assertThat(site.printed()).isEmpty();
        figure = site.page("one/index.html").selectFirst("figure.diagram");
    }

    // Checks the figure's hooks: data-diagram, one data-node with data-kind per node, data-spof on exactly the SPOFs.
    @Test
    void stableHooks() {
        assertThat(figure.attr("data-diagram")).isEqualTo("diagram-1");
        Element svg = figure.selectFirst("svg.diagram-svg");
        assertThat(svg.select("[data-node]").eachAttr("data-node"))
                .containsExactly("server", "user", "dns", "nginx", "app", "db");
        assertThat(svg.selectFirst("[data-node=db]").attr("data-kind")).isEqualTo("db");
        assertThat(svg.selectFirst("[data-node=server]").attr("data-kind")).isEqualTo("server");
        assertThat(svg.select("[data-spof=true]").eachAttr("data-node"))
                .containsExactlyInAnyOrder("dns", "server", "nginx", "app", "db");
        assertThat(figure.select("[data-diagram-status]")).hasSize(1);
    }

    // Checks the SVG is an accessible image: role="img", labelled by its own <title> and <desc>, text as real text.
    @Test
    void accessibleSvg() {
        for (Element svg : figure.select("svg")) {
            assertThat(svg.attr("role")).isEqualTo("img");
            String[] ids = svg.attr("aria-labelledby").split(" ");
            assertThat(svg.getElementById(ids[0]).tagName()).isEqualTo("title");
            assertThat(svg.getElementById(ids[0]).text()).isEqualTo("One server for www.foobar.com");
            assertThat(svg.getElementById(ids[1]).tagName()).isEqualTo("desc");
            assertThat(svg.getElementById(ids[1]).text()).isEqualTo("6 components and 4 connections. Single points of "
                    + "failure: DNS: www.foobar.com -> 203.0.113.10, Server 203.0.113.10, Nginx, "
                    + "Gunicorn + application code, MySQL. A text description follows the diagram.");
            assertThat(svg.select("[data-node=db] text.diagram-label").text()).isEqualTo("MySQL");
            assertThat(svg.select("[data-node=db] .diagram-badge-spof").text()).isEqualTo("SPOF");
            assertThat(svg.select("[data-node=db] .diagram-icon")).hasSize(1);
        }
    }

    // Checks the text alternative: the flow as an ordered list, every node and connection, and the SPOF list.
    @Test
    void textAlternative() {
        assertThat(figure.select("ol.diagram-flow > li").eachText()).containsExactly(
                "Visitor's browser \u2192 DNS: www.foobar.com -> 203.0.113.10: The browser asks DNS for the address.",
                "Visitor's browser \u2192 Nginx: It sends GET / to 203.0.113.10 on port 80.",
                "Nginx \u2192 Gunicorn + application code: Nginx passes the dynamic request to Gunicorn.",
                "Gunicorn + application code \u2192 MySQL: The application reads the data it needs.");
        assertThat(figure.select(".diagram-node-list > li")).hasSize(6);
        assertThat(figure.selectFirst(".diagram-node-list > li[data-node-item=db]").ownText())
                .isEqualTo("MySQL (database; in Server 203.0.113.10).");
        assertThat(figure.select(".diagram-edge-list > li").eachText()).contains("Nginx \u2192 Gunicorn + application code: proxy_pass");
        assertThat(figure.select(".diagram-spof-list > li").eachText()).contains(
                "MySQL: No path to a database: the site is down for everyone.");
    }

    // Checks that nothing in the figure needs 'unsafe-inline': no style attributes, no on* handlers, only JSON scripts.
    @Test
    void strictCspSafe() {
        for (Element e : figure.getAllElements()) {
            assertThat(e.hasAttr("style")).as("style attribute on <%s>", e.tagName()).isFalse();
            for (var a : e.attributes()) assertThat(a.getKey()).as("handler on <%s>", e.tagName()).doesNotStartWith("on");
        }
        Elements scripts = figure.select("script");
        assertThat(scripts).hasSize(1);
        assertThat(scripts.first().attr("type")).isEqualTo("application/json");
    }

    // Checks the embedded data: each node's status sentence and what goes down with it, and the flow.
    @Test
    void embeddedData() throws IOException {
        JsonNode data = new ObjectMapper().readTree(figure.selectFirst("script.diagram-data").data());
        assertThat(data.at("/nodes/db/status").asText())
                .isEqualTo("Failed: MySQL. No path to a database: the site is down for everyone.");
        assertThat(data.at("/nodes/db/down").toString()).isEqualTo("[\"dns\",\"nginx\",\"app\"]");
        assertThat(data.at("/nodes/db/spof").asBoolean()).isTrue();
        assertThat(data.at("/flow").size()).isEqualTo(4);
        assertThat(data.at("/flow/3/caption").asText()).isEqualTo("The application reads the data it needs.");
    }

    // Checks that spof: hide removes the marks, the SPOF list and the hooks, and that `id:` names the figure.
    @Test
    void spofHide() {
        Element hidden = site.page("hidden/index.html").selectFirst("figure.diagram");
        assertThat(hidden.attr("data-diagram")).isEqualTo("quiet");
        assertThat(hidden.select("[data-spof]")).isEmpty();
        assertThat(hidden.select(".diagram-badge-spof, .diagram-spof-list")).isEmpty();
        assertThat(hidden.select("svg desc").first().text()).doesNotContain("Single point");
    }

    // Checks that labels are plain text: markup is escaped and URLs are not turned into links.
    @Test
    void labelsArePlainText() {
        Element f = site.page("escaped/index.html").selectFirst("figure.diagram");
        assertThat(f.select("b, i, a")).isEmpty();
        assertThat(f.select("script")).hasSize(1);
        assertThat(String.join(" ", f.select("[data-node=a] text.diagram-label tspan").eachText()))
                .isEqualTo("<b>Nginx</b> & www.example.com");
        assertThat(String.join(" ", f.select(".diagram-caption tspan").eachText())).isEqualTo("<i>proxy</i> https://example.com");
    }

    // Checks that a left-to-right diagram that fits gets a wide and a narrow drawing, and a top-down one only one.
    @Test
    void drawingsPerScreen() {
        Element down = site.page("escaped/index.html").selectFirst("figure.diagram");
        assertThat(down.select("svg").eachAttr("data-variant")).containsExactly("main");
        assertThat(figure.select("svg").size()).isBetween(1, 2);
    }

    // Checks that diagram CSS and JS load only on pages with a diagram.
    @Test
    void assetsOnlyWhereNeeded() {
        Document with = site.page("one/index.html");
        Document without = site.page("index.html");
        assertThat(with.select("script[src*=js/diagram.][defer]")).hasSize(1);
        assertThat(with.select("link[href*=css/diagram.]")).hasSize(1);
        assertThat(without.select("script[src*=js/diagram.], link[href*=css/diagram.]")).isEmpty();
    }

    // Checks the SVG's skeleton (elements, classes and hooks, no coordinates) against the golden file;
    // run with -Dgolden.update=true to rewrite it after an intended change.
    @Test
    void goldenSkeleton() throws IOException {
        StringBuilder sb = new StringBuilder();
        skeleton(figure.selectFirst("svg"), 0, sb);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, sb.toString());
        }
        assertThat(sb.toString()).isEqualTo(Files.readString(GOLDEN));
    }

    private static final List<String> KEPT = List.of("class", "role", "data-node", "data-kind", "data-spof", "data-role",
            "data-edge", "data-from", "data-to", "tabindex", "aria-label", "text-anchor", "data-variant");

    private static void skeleton(Element e, int depth, StringBuilder sb) {
        sb.append("  ".repeat(depth)).append('<').append(e.tagName());
        for (String k : KEPT) if (e.hasAttr(k)) sb.append(' ').append(k).append("=\"").append(e.attr(k)).append('"');
        sb.append('>');
        String own = e.ownText().strip();
        if (!own.isEmpty()) sb.append(' ').append(own);
        sb.append('\n');
        for (Node c : e.childNodes()) if (c instanceof Element child) skeleton(child, depth + 1, sb);
    }
}

package dev.lectern.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.testing.Golden;
import dev.lectern.testing.TestSite;
import java.io.IOException;
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
                .file("content/wide.md", "# Wide\n\n```diagram\n" + DiagramBrowserTest.WIDE + "```\n")
                .file("content/hidden.md", "# Hidden\n\n```diagram\nid: quiet\nspof: hide\n"
                        + Designs.ONE_SERVER.replace("title: One server for www.foobar.com\n", "") + "```\n")
                .file("content/escaped.md", "# Escaped\n\n```diagram\ndirection: down\nnodes:\n"
                        + "  a: {kind: web, label: \"<b>Nginx</b> & www.example.com\", note: \"<script>x</script>\"}\n"
                        + "  b: {kind: app}\nedges:\n  - a -> b: \"<i>proxy</i> https://example.com\"\n```\n")
                .build();
        assertThat(site.printed()).isEmpty();
        figure = site.page("one/index.html").selectFirst("figure.diagram");
    }

    // Checks the figure's hooks: data-diagram, one data-node per node drawing its kind's icon, is-spof on exactly the SPOFs.
    @Test
    void stableHooks() {
        assertThat(figure.attr("data-diagram")).isEqualTo("diagram-1");
        Element svg = figure.selectFirst("svg.diagram-svg");
        assertThat(svg.select("[data-node]").eachAttr("data-node"))
                .containsExactly("server", "user", "dns", "nginx", "app", "db");
        assertThat(svg.select("[data-node=db] > use").eachAttr("href")).containsExactly("#diagram-1-i-db", "#diagram-1-spof");
        assertThat(svg.select("[data-node=server] > use").first().attr("href")).isEqualTo("#diagram-1-i-server");
        assertThat(svg.select(".is-spof").eachAttr("data-node"))
                .containsExactlyInAnyOrder("dns", "server", "nginx", "app", "db");
        assertThat(figure.select("[data-diagram-status]")).hasSize(1);
    }

    // Checks each icon is drawn once per diagram, as a <symbol> the nodes of every drawing <use>,
    // and that a symbol sets no colour of its own (page CSS does not reach inside a <use>).
    @Test
    void iconsDrawnOncePerDiagram() {
        assertThat(site.page("wide/index.html").select("figure.diagram svg")).as("wide and narrow drawings").hasSize(2);
        for (Document page : List.of(site.page("one/index.html"), site.page("wide/index.html"), site.page("escaped/index.html"))) {
            Element f = page.selectFirst("figure.diagram");
            String id = f.attr("data-diagram");
            for (Kind k : Kind.values()) {
                String drawing = Icons.svg(k);
                int times = f.outerHtml().replace(" />", "/>").split(java.util.regex.Pattern.quote(drawing), -1).length - 1;
                int nodes = f.select("svg use[href=#" + id + "-i-" + k.id() + "]").size();
                assertThat(times).as("drawings of the %s icon", k.id()).isEqualTo(nodes > 0 ? 1 : 0);
            }
            assertThat(f.select("symbol")).allSatisfy(sym -> assertThat(sym.id()).startsWith(id + "-"));
            assertThat(f.select("symbol *").eachAttr("fill")).allMatch("currentColor"::equals);
            assertThat(f.select("symbol *").eachAttr("stroke")).allMatch(v -> v.equals("currentColor") || v.equals("none"));
            assertThat(f.select("svg [data-node] path, svg [data-node] circle, svg [data-node] ellipse")).as("inline icon shapes").isEmpty();
        }
    }

    // Checks the SVG is an accessible image: role="img", labelled by its own <title> and <desc>, text as real text.
    @Test
    void accessibleSvg() {
        for (Element svg : figure.select("svg")) {
            assertThat(svg.attr("role")).isEqualTo("img");
            // The first <title> and <desc> children name and describe an SVG (SVG-AAM): no ids needed.
            assertThat(svg.child(0).tagName()).isEqualTo("title");
            assertThat(svg.child(0).text()).isEqualTo("One server for www.foobar.com");
            assertThat(svg.child(1).tagName()).isEqualTo("desc");
            assertThat(svg.child(1).text()).isEqualTo("6 components and 4 connections. Single points of "
                    + "failure: DNS: www.foobar.com -> 203.0.113.10, Server 203.0.113.10, Nginx, "
                    + "Gunicorn + application code, MySQL. A text description follows the diagram.");
            assertThat(svg.select("[data-node=db] > text").text()).isEqualTo("MySQL");
            assertThat(svg.select("[data-node=db]").attr("aria-label")).isEqualTo("MySQL");
            assertThat(figure.select("symbol#diagram-1-spof text").text()).isEqualTo("SPOF");
            assertThat(svg.select("[data-node=db] > use[href=#diagram-1-spof]")).hasSize(1);
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
        // in the order of the nodes in the embedded data, which diagram.js relies on
        assertThat(figure.select(".diagram-node-list > li").get(5).ownText())
                .isEqualTo("MySQL (database; in Server 203.0.113.10).");
        assertThat(figure.select(".diagram-node-list button, .diagram-fail")).as("made by diagram.js").isEmpty();
        assertThat(figure.select(".diagram-edge-list > li").eachText()).contains("Nginx \u2192 Gunicorn + application code: proxy_pass");
        assertThat(figure.select(".diagram-spof-list > li").eachText()).contains(
                "MySQL: No working database: requests end in an error page, so the site is down for everyone.");
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

    // Checks the embedded data: each node's consequence (shared sentences once), what goes down with it
    // (by index), its SPOF flag, a container's " and everything in it", and each edge's ends.
    @Test
    void embeddedData() throws IOException {
        JsonNode data = new ObjectMapper().readTree(figure.selectFirst("script.diagram-data").data());
        List<String> ids = new java.util.ArrayList<>();
        data.get("nodes").forEach(n -> ids.add(n.get(0).asText()));
        assertThat(ids).containsExactly("user", "dns", "server", "nginx", "app", "db");
        JsonNode db = data.at("/nodes/5");
        assertThat(data.at("/says/" + db.get(1).asInt()).asText())
                .isEqualTo("No working database: requests end in an error page, so the site is down for everyone.");
        assertThat(data.at("/says/" + db.get(2).asInt()).asText())
                .isEqualTo("Operators hear of it from visitors: nothing here monitors it.");
        assertThat(db.get(3).asInt()).as("verdict: down for everyone").isEqualTo(4);
        assertThat(db.toString()).isEqualTo("[\"db\"," + db.get(1) + "," + db.get(2) + ",4,[],[],[]]");
        assertThat(data.at("/nodes/3").toString()).as("Nginx: what lies behind it is unreachable, not DNS")
                .endsWith(",4,[],[4,5],[]]");
        assertThat(data.at("/nodes/2").toString()).as("the server: what it holds fails with it")
                .endsWith(",4,[3,4,5],[],[],\" and everything in it\"]");
        List<String> says = new java.util.ArrayList<>();
        data.get("says").forEach(t -> says.add(t.asText()));
        assertThat(says).doesNotHaveDuplicates().noneMatch(t -> t.startsWith("Failed"));
        assertThat(data.at("/edges").toString()).isEqualTo("[[0,1],[0,3],[3,4],[4,5]]");
        assertThat(data.has("flow")).as("the flow is read from the text alternative").isFalse();
    }

    // Checks that spof: hide removes the marks, the SPOF list and the hooks, and that `id:` names the figure.
    @Test
    void spofHide() {
        Element hidden = site.page("hidden/index.html").selectFirst("figure.diagram");
        assertThat(hidden.attr("data-diagram")).isEqualTo("quiet");
        assertThat(hidden.select(".is-spof")).isEmpty();
        assertThat(hidden.select("symbol[id$=-spof], use[href$=-spof], .diagram-spof-list")).isEmpty();
        assertThat(hidden.select("svg desc").first().text()).doesNotContain("Single point");
    }

    // Checks that labels are plain text: markup is escaped and URLs are not turned into links.
    @Test
    void labelsArePlainText() {
        Element f = site.page("escaped/index.html").selectFirst("figure.diagram");
        assertThat(f.select("b, i, a")).isEmpty();
        assertThat(f.select("script")).hasSize(1);
        Element label = f.selectFirst("[data-node=a] > text:not(.diagram-note)");
        List<String> lines = new java.util.ArrayList<>(List.of(label.ownText()));
        lines.addAll(label.select("tspan").eachText());
        assertThat(String.join(" ", lines)).isEqualTo("<b>Nginx</b> & www.example.com");
        assertThat(f.select("[data-node=a]").attr("aria-label")).isEqualTo("<b>Nginx</b> & www.example.com");
        Element caption = f.selectFirst("[data-caption] text");
        List<String> captionLines = new java.util.ArrayList<>(List.of(caption.ownText()));
        captionLines.addAll(caption.select("tspan").eachText());
        // (wrapped where it fits: compare without the breaks)
        assertThat(String.join("", captionLines).replace(" ", "")).isEqualTo("<i>proxy</i>https://example.com");
    }

    // Checks that a left-to-right diagram that fits gets a wide and a narrow drawing, and a top-down one only one.
    @Test
    void drawingsPerScreen() {
        Element down = site.page("escaped/index.html").selectFirst("figure.diagram");
        assertThat(down.select("svg")).hasSize(1);
        assertThat(down.select("svg.diagram-svg-only")).hasSize(1);
        assertThat(figure.select("svg")).hasSize(1);
        Element wide = site.page("wide/index.html").selectFirst("figure.diagram");
        assertThat(wide.select("svg")).hasSize(2);
        assertThat(wide.select("svg.diagram-svg-wide")).hasSize(1);
        assertThat(wide.select("svg.diagram-svg-narrow")).hasSize(1);
        // both draw every node once
        assertThat(wide.select("svg.diagram-svg-wide [data-node]").eachAttr("data-node"))
                .containsExactlyInAnyOrder("user", "lb", "web");
        assertThat(wide.select("svg.diagram-svg-narrow [data-node]").eachAttr("data-node"))
                .containsExactlyInAnyOrder("user", "lb", "web");
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
    // -Dgolden.update=true rewrites it after an intended change and fails until the diff is reviewed.
    @Test
    void goldenSkeleton() {
        StringBuilder sb = new StringBuilder();
        skeleton(figure.selectFirst("svg"), 0, sb);
        Golden.assertMatches(GOLDEN, sb.toString());
    }

    private static final List<String> KEPT = List.of("class", "role", "id", "href", "data-node", "data-edge", "data-caption",
            "tabindex", "aria-label", "fill", "stroke");

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

package dev.lectern.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words Lectern adds to pages (labels, default titles, the diagrams' sentences) come from the theme's
 * text partials ({@code partials/text/*.jte}): a theme translates each in one file, and the translation is
 * what every page shows and what search finds.
 */
class ThemeStringsTest {
    @TempDir
    Path tmp;

    private BuildResult build() {
        return new Build(BuildOptions.builder().content(tmp.resolve("content")).theme(tmp.resolve("theme"))
                .out(tmp.resolve("site")).cache(tmp.resolve("cache")).build()).run();
    }

    private static final String MARKDOWN = "# Home\n\n## First & last\n\nText.\n\n!!! note\n    Remember this.\n\n"
            + "!!! warning \"Own title\"\n    Careful.\n\n!!! danger\n    Hot.\n\n!!! lectern-tab\n    One.\n\n"
            + "!!! lectern-tab\n    Two.\n";

    // Checks that the built-in partials/text/markdown.jte gives the heading anchors' label, the callouts' and
    // tabs' default titles as before.
    @Test
    void builtInMarkdownWords() {
        TestSite site = TestSite.create(tmp).file("content/index.md", MARKDOWN);
        assertThat(build().diagnostics()).isEmpty();
        Document home = site.page("index.html");
        assertThat(home.select("h2 .heading-anchor").attr("aria-label")).isEqualTo("Link to this section");
        assertThat(home.select(".callout-title").stream().map(Element::ownText)).containsExactly("Note", "Own title", "Danger");
        assertThat(home.select("aside.callout").eachAttr("aria-label")).containsExactly("Note", "Own title", "Danger");
        assertThat(home.select(".tabbed-label").eachText()).containsExactly("Tab 1", "Tab 2");
    }

    // Checks that a translated partials/text/markdown.jte changes those words everywhere: the anchors' label,
    // the callouts' titles and labels, the tabs' titles, and the text search finds; the author's own title stays.
    @Test
    void translatedMarkdownWords() {
        TestSite site = TestSite.create(tmp).file("content/index.md", MARKDOWN)
                .file("theme/templates/partials/text/markdown.jte", "@param String key\n@param int n = 0\n"
                        + "@if(key.equals(\"anchor\"))Lien vers ${\"<\"}cette> section@elseif(key.equals(\"note\"))Remarque"
                        + "@elseif(key.equals(\"danger\"))Danger & co@elseif(key.equals(\"tab\"))Onglet n°${n}@endif\n");
        assertThat(build().diagnostics()).isEmpty();
        Document home = site.page("index.html");
        assertThat(home.select("h2 .heading-anchor").attr("aria-label")).isEqualTo("Lien vers <cette> section");
        assertThat(site.read("index.html")).contains("aria-label=\"Lien vers &lt;cette&gt; section\"")
                .contains(">Danger &amp; co</p>").doesNotContain("Link to this section").doesNotContain("Tab 1");
        assertThat(home.select(".callout-title").stream().map(Element::ownText)).containsExactly("Remarque", "Own title", "Danger & co");
        assertThat(home.select("aside.callout").eachAttr("aria-label")).containsExactly("Remarque", "Own title", "Danger & co");
        assertThat(home.select(".tabbed-label").eachText()).containsExactly("Onglet n°1", "Onglet n°2");
        String text = site.read("search/x/0.js");
        assertThat(text).contains("Remarque Remember this.").contains("Onglet n°2 Two.").doesNotContain("Note")
                .doesNotContain("Tab 2");
        assertThat(site.read("search/words.js")).contains(" remarque ").contains(" onglet ").doesNotContain(" note ");
    }

    private static final String DIAGRAM = "# Home\n\n```diagram\nquiz: auto\nnodes:\n  user: {kind: user, label: You}\n"
            + "  web: {kind: web, label: Nginx, replicas: 2}\n  cache: {kind: cache, label: Redis}\n"
            + "  db: {kind: db, label: MySQL}\nedges: [user -> web, web -> cache, web -> db]\n```\n";

    // Checks the built-in partials/text/diagram.jte and diagram-quiz.jte: the drawing's name and description,
    // the SPOF tag, the kinds' nouns, what a failure does, and the generated quiz, as before.
    @Test
    void builtInDiagramWords() {
        TestSite site = TestSite.create(tmp).file("content/index.md", DIAGRAM);
        assertThat(build().diagnostics()).isEmpty();
        Document home = site.page("index.html");
        assertThat(home.select("svg > title").first().text()).isEqualTo("Diagram");
        assertThat(home.select("svg > desc").first().text()).isEqualTo("4 components and 3 connections. "
                + "Single points of failure: MySQL. A text description follows the diagram.");
        assertThat(home.select("symbol[id$=-spof] text").text()).isEqualTo("SPOF");
        assertThat(home.select(".diagram-node-list li").eachText()).contains("MySQL (database). Single point of failure.",
                "Redis (cache).");
        assertThat(home.select(".diagram-spof-list li").eachText()).containsExactly("MySQL: No working database: "
                + "requests end in an error page, so the site is down for everyone.");
        assertThat(home.select("script.diagram-data").html()).contains("\"Every page still loads, but pages get slower.\"",
                "\" (one of 2 instances)\"", "\"Nothing here monitors it, so operators may not notice.\"");
        assertThat(home.select(".quiz-title").text()).isEqualTo("?Check yourself on this diagram");
        assertThat(home.select(".quiz-q-text").eachText()).containsExactly(
                "Which component is the single point of failure here?",
                "If the component “MySQL” fails, what does the visitor see?",
                "If the component “Nginx” fails, what does the visitor see?");
    }

    private static final String DIAGRAM_WORDS = "@param String key\n@param String kind = null\n@param String label = null\n"
            + "@param int count = 0\n@param int instances = 1\n@param String verdict = null\n@param String need = null\n"
            + "@param String operators = null\n@param java.util.List<String> costs = java.util.List.of()\n"
            + "@if(key.equals(\"title\"))Schema@elseif(key.equals(\"description\"))${count} Teile & mehr."
            + "@elseif(key.equals(\"spof-badge\"))EINZEL@elseif(key.equals(\"noun\"))Art-${kind}"
            + "@elseif(key.equals(\"costs\"))langsamer@elseif(key.equals(\"need\"))ein ${kind}"
            + "@elseif(key.equals(\"working\"))${kind}@elseif(key.equals(\"failed\"))Ausfall: ${label}."
            + "@elseif(key.equals(\"head\"))@if(instances > 1)[1/${instances}]@endif@elseif(key.equals(\"gone\"))Weg."
            + "@elseif(key.equals(\"visitor\"))Besucher: ${verdict} ohne ${need} ${costs.toString()}."
            + "@elseif(key.equals(\"operators\"))Betrieb: ${operators}.@endif\n";
    private static final String QUIZ_WORDS = "@param String key\n@param String label = null\n@param int count = 0\n"
            + "@param String text = null\n"
            + "@if(key.equals(\"title\"))Prüfung@elseif(key.equals(\"which\"))Welche ${count}?"
            + "@elseif(key.equals(\"what-if\"))Was wenn ${label}?@elseif(key.equals(\"label\"))[${label}]"
            + "@elseif(key.equals(\"quoted\"))«${label}»@elseif(key.equals(\"choice\"))Weil ${text}@else${key}@endif\n";

    // Checks that translated partials/text/diagram.jte and diagram-quiz.jte change every word of a diagram: the
    // drawing's title, description and SPOF tag (escaped), the nouns, the sentences in the text, in the data the
    // script shows and in the quiz, with the author's labels as values.
    @Test
    void translatedDiagramWords() {
        TestSite site = TestSite.create(tmp).file("content/index.md", DIAGRAM)
                .file("theme/templates/partials/text/diagram.jte", DIAGRAM_WORDS)
                .file("theme/templates/partials/text/diagram-quiz.jte", QUIZ_WORDS);
        assertThat(build().diagnostics()).isEmpty();
        Document home = site.page("index.html");
        String html = site.read("index.html");
        assertThat(home.select("svg > title").eachText()).containsOnly("Schema");
        assertThat(home.select("svg > desc").eachText()).containsOnly("4 Teile & mehr.");
        assertThat(html).contains("<desc>4 Teile &amp; mehr.</desc>");
        assertThat(home.select("symbol[id$=-spof] text").text()).isEqualTo("EINZEL");
        assertThat(home.select(".diagram-node-list li").eachText()).contains("MySQL (Art-db). Single point of failure.",
                "Redis (Art-cache).");
        assertThat(home.select(".diagram-spof-list li").eachText()).containsExactly("MySQL: Besucher: DOWN_ALL ohne db [].");
        assertThat(home.select("script.diagram-data").html()).contains("\"Besucher: DEGRADED ohne  [langsamer].\"",
                "\" [1/2]\"", "\"Betrieb: unnoticed.\"");
        assertThat(home.select(".quiz-title").text()).isEqualTo("?Prüfung");
        assertThat(home.select(".quiz-q-text").eachText()).containsExactly("Welche 1?", "Was wenn «MySQL»?",
                "Was wenn «Nginx»?");
        assertThat(home.select(".quiz-question").first().select("label").eachText()).contains("[MySQL]", "[Nginx]");
        assertThat(home.select(".quiz-question").get(1).select("label").eachText()).contains("nothing", "down-all");
        assertThat(html).doesNotContain("Diagram<").doesNotContain("A text description").doesNotContain("database")
                .doesNotContain("SPOF<").doesNotContain("No working").doesNotContain("visitors notice")
                .doesNotContain("Check yourself").doesNotContain("single point of failure here");
    }

    private static final String BROKEN = "# Home\n\n## Top\n\n[a](guids.md) [b](other.md#nowhere) [c](#tob) "
            + "![d](img/missing.png) [e](../../x.md)\n";

    private TestSite brokenLinks() {
        return TestSite.create(tmp).file("content/index.md", BROKEN).file("content/guide.md", "# Guide\n")
                .file("content/other.md", "# Other\n").file("content/site.yaml", "title: T\nlinks: warn\n");
    }

    // Checks the built-in partials/text/broken-link.jte: with links: warn each broken link's title says why, as
    // the warning does (without its backticks), a suggestion included.
    @Test
    void builtInBrokenLinkTitles() {
        TestSite site = brokenLinks();
        assertThat(build().ok()).isTrue();
        assertThat(site.page("index.html").select(".page-body span.broken-link").eachAttr("title")).containsExactly(
                "broken link guids.md: there is no page guids.md; did you mean guide.md?",
                "broken anchor #nowhere in link other.md#nowhere: /other/ has no heading or element with that id",
                "broken anchor #tob in link #tob: this page has no heading or element with that id; did you mean #top?",
                "broken link img/missing.png: nothing is published at /img/missing.png",
                "broken link ../../x.md: it leads outside the site");
    }

    // Checks that a translated partials/text/broken-link.jte gives the titles, with its params (null ones
    // written as nothing), escaped; the warnings stay as they were.
    @Test
    void translatedBrokenLinkTitles() {
        TestSite site = brokenLinks().file("theme/templates/partials/text/broken-link.jte", "@param String key\n"
                + "@param String href = null\n@param String target = null\n@param String anchor = null\n"
                + "@param String page = null\n@param String suggestion = null\n"
                + "Lien cassé \"${href}\" (${key}) ${target} ${anchor} ${page} -> ${suggestion}\n");
        BuildResult r = build();
        assertThat(r.ok()).isTrue();
        assertThat(r.diagnostics()).extracting(d -> d.message()).contains(
                "broken link `guids.md`: there is no page guids.md; did you mean `guide.md`?");
        assertThat(site.page("index.html").select(".page-body span.broken-link").eachAttr("title")).containsExactly(
                "Lien cassé \"guids.md\" (no-page) guids.md   -> guide.md",
                "Lien cassé \"other.md#nowhere\" (anchor)  nowhere other/ ->",
                "Lien cassé \"#tob\" (anchor)  tob  -> top",
                "Lien cassé \"img/missing.png\" (unpublished) img/missing.png   ->",
                "Lien cassé \"../../x.md\" (outside)    ->");
        assertThat(site.read("index.html")).contains("title=\"Lien cassé &quot;guids.md&quot; (no-page)")
                .doesNotContain("there is no page");
    }
}

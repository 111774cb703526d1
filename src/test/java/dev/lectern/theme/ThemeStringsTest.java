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
}

package dev.lectern.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A glossary term's mark (the link to its entry and the tooltip) is the theme's {@code partials/glossary-term.jte}:
 * a theme restyles it in one file, and the ids and links that file writes are what the site's link check knows.
 */
class GlossaryTermThemeTest {
    @TempDir
    Path tmp;

    private static final String PAGE = "# Home\n\nA resolver caches an answer for its TTL. The TTL again.\n\n"
            + "[The tooltip](#tip-1-note)\n";
    private static final String GLOSSARY = "- term: TTL\n  definition: How long an answer may be \"cached\" & kept.\n";

    private BuildResult build() {
        return new Build(BuildOptions.builder().content(tmp.resolve("content")).theme(tmp.resolve("theme"))
                .out(tmp.resolve("site")).cache(tmp.resolve("cache")).build()).run();
    }

    // Checks that the built-in partial marks the first use with the link, the tooltip and its id, as before.
    @Test
    void builtInMark() {
        TestSite site = TestSite.create(tmp).file("content/index.md", PAGE.replace("#tip-1-note", "#tip-1"))
                .file("content/glossary.yaml", GLOSSARY);
        assertThat(build().diagnostics()).isEmpty();
        assertThat(site.read("index.html")).contains("A resolver caches an answer for its <span class=\"term-wrap\">"
                + "<a class=\"term\" href=\"glossary/#ttl\" aria-describedby=\"tip-1\">TTL</a><span role=\"tooltip\" "
                + "id=\"tip-1\">How long an answer may be &quot;cached&quot; &amp; kept.</span></span>. The TTL again.");
    }

    // Checks that a theme's own partials/glossary-term.jte writes every mark instead (escaped as values are), and
    // that the id it writes is known to the link check: the page's link to it is not reported as broken.
    @Test
    void themeRestylesTheMark() {
        TestSite site = TestSite.create(tmp).file("content/index.md", PAGE).file("content/glossary.yaml", GLOSSARY)
                .file("theme/templates/partials/glossary-term.jte", "@import dev.lectern.glossary.GlossaryMarker\n"
                        + "@param GlossaryMarker.Mark mark\n<dfn class=\"gloss\" title=\"${mark.definition()}\">"
                        + "<a href=\"${mark.href()}\">$unsafe{mark.word()}</a><small id=\"${mark.id()}-note\">"
                        + "${mark.definition()}</small></dfn>");
        assertThat(build().diagnostics()).isEmpty();
        assertThat(site.read("index.html")).contains("for its <dfn class=\"gloss\" title=\"How long an answer may be "
                + "&quot;cached&quot; &amp; kept.\"><a href=\"glossary/#ttl\">TTL</a><small id=\"tip-1-note\">How long an "
                + "answer may be &quot;cached&quot; &amp; kept.</small></dfn>. The TTL again.").doesNotContain("term-wrap");
        Document home = site.page("index.html");
        assertThat(home.select("dfn.gloss")).hasSize(1);
        assertThat(home.select("a[href=#tip-1-note]")).hasSize(1);
    }
}

package dev.lectern.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The markup of the pages Lectern makes from the whole course (review, glossary, search), their titles
 * and that of the terminal block come from the theme's partials, fed by records: a theme restyles or
 * translates them by overriding those files.
 */
class GeneratedPagesThemeTest {
    private static final String QA = "---\ntitle: DNS & \"names\"\nlayout: qa\n---\n\n## What is a TTL?\n\n"
            + "How long a resolver keeps a record.\n\n## Can a CNAME sit at the apex?\n\nNo.\n";
    private static final String GLOSSARY = "- term: TTL\n  definition: \"Time to live <of> a record.\"\n"
            + "  link: faq.md\n  aliases: [time to live]\n- term: apex\n  definition: The zone's own name.\n";

    @TempDir
    Path tmp;

    private BuildResult build() {
        return new Build(BuildOptions.builder().content(tmp.resolve("content")).theme(tmp.resolve("theme"))
                .out(tmp.resolve("site")).cache(tmp.resolve("cache")).build()).run();
    }

    private TestSite course() {
        return TestSite.create(tmp).file("content/index.md", "# Home\n\n[FAQ](faq.md)\n").file("content/faq.md", QA)
                .file("content/glossary.yaml", GLOSSARY);
    }

    // Checks that overriding partials/review.jte, glossary.jte and search.jte changes those pages (in another
    // language here), with the records' values escaped, inside the built-in layout.
    @Test
    void reviewAndGlossaryPartialsCanBeOverridden() {
        TestSite site = course()
                .file("theme/templates/partials/review.jte", "@param dev.lectern.quiz.ReviewPage.View review\n"
                        + "<p class=\"own-review\">${review.cards()} Karten</p>\n<ul>\n"
                        + "@for(var g : review.groups())@for(var c : g.cards())"
                        + "<li data-card=\"${c.id()}\"><a href=\"${c.href()}\">${g.title()}: ${c.question()}</a></li>\n"
                        + "@endfor@endfor</ul>\n")
                .file("theme/templates/partials/glossary.jte", "@param dev.lectern.glossary.GlossaryPage.View glossary\n"
                        + "@for(var l : glossary.letters())<h2 class=\"own-letter\">${l.letter()}</h2>"
                        + "@for(var t : l.terms())<p class=\"own-term\" id=\"${t.id()}\">${t.term()}: ${t.definition()}"
                        + " (${String.join(\"/\", t.aliases())}) ${t.href()}</p>@endfor@endfor\n")
                .file("theme/templates/partials/search.jte", "@param dev.lectern.search.SearchPage.View search\n"
                        + "<p class=\"own-search\">Suche</p>\n");
        BuildResult r = build();
        assertThat(r.diagnostics()).isEmpty();

        Document review = site.page("review/index.html");
        assertThat(review.select(".flashcard")).isEmpty();
        assertThat(review.select(".own-review").text()).isEqualTo("2 Karten");
        assertThat(review.select("li[data-card]").eachAttr("data-card")).containsExactly(
                "faq--what-is-a-ttl", "faq--can-a-cname-sit-at-the-apex");
        assertThat(review.select("li[data-card] a").eachAttr("href")).containsExactly(
                "../faq/#what-is-a-ttl", "../faq/#can-a-cname-sit-at-the-apex");
        assertThat(review.select("li[data-card]").first().text()).isEqualTo("DNS & \"names\": What is a TTL?");
        assertThat(review.select("h1").text()).isEqualTo("Review");

        Document glossary = site.page("glossary/index.html");
        assertThat(glossary.select("dl.glossary")).isEmpty();
        assertThat(glossary.select(".own-letter").eachText()).containsExactly("A", "T");
        assertThat(glossary.select(".own-term").eachText()).containsExactly("apex: The zone's own name. ()",
                "TTL: Time to live <of> a record. (time to live) ../faq/");
        // Values are escaped as in the rest of Lectern's HTML.
        assertThat(site.read("glossary/index.html")).contains("Time to live &lt;of&gt; a record.");

        Document search = site.page("search/index.html");
        assertThat(search.select(".own-search").text()).isEqualTo("Suche");
        assertThat(search.select("[data-search-page]")).isEmpty();
    }

    // Checks that the built-in partials make the pages as before: the cards and the terms with their links.
    @Test
    void builtInPartialsMakeTheCardsAndTerms() {
        TestSite site = course();
        assertThat(build().diagnostics()).isEmpty();
        Document review = site.page("review/index.html");
        assertThat(review.select(".review-cards").attr("data-total")).isEqualTo("2");
        assertThat(review.select(".review-group h2 a").text()).isEqualTo("DNS & \"names\"");
        assertThat(review.select(".flashcard-q").eachText()).containsExactly("What is a TTL?", "Can a CNAME sit at the apex?");
        assertThat(review.select(".flashcard-body").first().text())
                .isEqualTo("How long a resolver keeps a record. Read it on the page");
        Document glossary = site.page("glossary/index.html");
        assertThat(glossary.select(".glossary-index a").eachAttr("href")).containsExactly("#letter-a", "#letter-t");
        assertThat(glossary.select("dt").eachText()).containsExactly("apex", "TTL");
        assertThat(glossary.select("dd").last().text())
                .isEqualTo("Time to live <of> a record. Also: time to live. Read more in “DNS & \"names\"”");
    }

    // Checks that the titles of the pages Lectern makes, and the first breadcrumb, come from partials/titles.jte:
    // a theme translates them there, and they are escaped as plain text where they are shown.
    @Test
    void titlesComeFromTheTheme() {
        TestSite site = course().file("content/sub/index.md", "# Sub\n").file("content/sub/page.md", "# Page\n")
                .file("theme/templates/partials/titles.jte", "@param String page\n"
                        + "@if(page.equals(\"review\"))Karten & Co@elseif(page.equals(\"home\"))Start@else${page}!@endif\n");
        assertThat(build().diagnostics()).isEmpty();
        Document review = site.page("review/index.html");
        assertThat(review.title()).isEqualTo("Karten & Co · Course");
        assertThat(review.select("h1").text()).isEqualTo("Karten & Co");
        assertThat(site.read("review/index.html")).contains("<h1>Karten &amp; Co</h1>");
        assertThat(site.page("glossary/index.html").select("h1").text()).isEqualTo("glossary!");
        assertThat(site.page("progress/index.html").select("h1").text()).isEqualTo("progress!");
        assertThat(site.page("search/index.html").select("h1").text()).isEqualTo("search!");
        assertThat(site.page("404.html").select("h1").text()).isEqualTo("404!");
        assertThat(site.page("sub/page/index.html").select(".breadcrumbs a").eachText()).containsExactly("Start", "Sub");
        assertThat(site.read("search/index.js")).contains("glossary!");
    }

    // Checks that the terminal block's markup comes from partials/terminal.jte: commands without their prompt,
    // output lines, and the title, as plain text escaped there.
    @Test
    void terminalPartialCanBeOverridden() {
        TestSite site = TestSite.create(tmp)
                .file("content/index.md", "# Home\n\n```terminal a <b>\n$ echo '<hi>'\n<hi>\n$\n```\n")
                .file("theme/templates/partials/terminal.jte", "@param dev.lectern.blocks.TerminalBlock.View terminal\n"
                        + "<ol class=\"own-terminal\" title=\"${terminal.title()}\">@for(var l : terminal.lines())"
                        + "<li class=\"${l.command() ? \"in\" : \"out\"}\">${l.text()}</li>@endfor</ol>");
        assertThat(build().diagnostics()).isEmpty();
        Document home = site.page("index.html");
        assertThat(home.select(".terminal")).isEmpty();
        assertThat(home.select(".own-terminal").attr("title")).isEqualTo("a <b>");
        assertThat(home.select(".own-terminal li").eachAttr("class")).containsExactly("in", "out", "in");
        assertThat(home.select(".own-terminal li").stream().map(org.jsoup.nodes.Element::text)).containsExactly("echo '<hi>'", "<hi>", "");
        assertThat(site.read("index.html")).contains("<li class=\"in\">echo &#39;&lt;hi&gt;&#39;</li>");
    }

    // Checks that an error in an overriding partial of a generated page is reported at its file and line.
    @Test
    void errorInAnOverridingReviewPartialIsReportedThere() {
        course().file("theme/templates/partials/review.jte",
                "@param dev.lectern.quiz.ReviewPage.View review\n<p>\n${review.nope()}\n</p>\n");
        BuildResult r = build();
        assertThat(r.ok()).isFalse();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).endsWith("theme/templates/partials/review.jte");
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).startsWith("template error:").contains("nope");
        });
        assertThat(Files.exists(tmp.resolve("site"))).isFalse();
    }

    // Checks that a template syntax error in an overriding glossary partial is reported at its file and line,
    // even an @endfor without its @for (where jte's parser fails without a position).
    @Test
    void syntaxErrorInAnOverridingGlossaryPartialIsReportedThere() {
        course().file("theme/templates/partials/glossary.jte",
                "@param dev.lectern.glossary.GlossaryPage.View glossary\n<dl>\n@endfor\n"
                        + "<dt>A</dt>\n</dl>\n");
        BuildResult r = build();
        assertThat(r.ok()).isFalse();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).endsWith("theme/templates/partials/glossary.jte");
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.column()).isEqualTo(1);
            assertThat(d.message()).isEqualTo("template error: `@endfor` closes no `@for`; remove it or add the `@for` it ends");
        });
    }
}

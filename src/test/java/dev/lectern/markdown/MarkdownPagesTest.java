package dev.lectern.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown stage seen from the built page: headings and their ids, links rewritten between pages,
 * GitHub callouts, template syntax left as written, and the positions of what it reports.
 */
class MarkdownPagesTest {
    @TempDir
    Path tmp;

    private TestSite site(String path, String markdown) {
        return TestSite.create(tmp).file("content/index.md", "# Home\n\nThe home page.\n")
                .file("content/guide/index.md", "# Guide\n\n## Setup\n")
                .file("content/guide/step.md", "# Step\n\n## Details\n")
                .file("content/img/a.png", "png")
                .file(path, markdown).build();
    }

    private static Element body(TestSite site, String page) {
        return site.page(page).selectFirst(".page-body");
    }

    // The first # heading is the title (not in the body); a later one is a warning and shown as ##. Ids follow
    // GitHub's slugs, repeats numbered, an id given by an attribute list reserved before the others are made,
    // a heading of punctuation only gets "section".
    @Test
    void headingsAndIds() {
        TestSite site = site("content/guide/page.md", """
                # The title

                ## Intro

                ## Intro

                ## Other {#intro-1}

                # Second title

                ## ?!

                ## C++ & Java: a *comparison*
                """);
        assertThat(site.printed()).containsExactly("content/guide/page.md:9:1: warning: a page has one title (its h1);"
                + " this `#` heading is shown as `##`");
        Element body = body(site, "guide/page/index.html");
        assertThat(body.select("h1")).isEmpty();
        assertThat(body.select("h2").eachAttr("id")).containsExactly("intro", "intro-2", "intro-1", "second-title",
                "section", "c--java-a-comparison");
        assertThat(body.select("h2").eachText()).contains("Second title#", "C++ & Java: a comparison#");
        assertThat(site.page("guide/page/index.html").select("h1").text()).isEqualTo("The title");
    }

    // A page whose text starts with something other than a # heading keeps every heading in its body.
    @Test
    void aTitleFromFrontMatterLeavesTheHeadingsAlone() {
        TestSite site = site("content/guide/page.md", "---\ntitle: Given\n---\nFirst words.\n\n# Not first\n");
        assertThat(site.printed()).containsExactly("content/guide/page.md:6:1: warning: a page has one title (its h1);"
                + " this `#` heading is shown as `##`");
        assertThat(body(site, "guide/page/index.html").select("h2").eachAttr("id")).containsExactly("not-first");
        assertThat(site.page("guide/page/index.html").select("h1").text()).isEqualTo("Given");
    }

    // Links name source files and come out as URLs relative to the page: beside it, absolute from the content
    // folder, to a section's index, to a file, to an anchor; external ones and www. addresses are left (www. gets
    // http://), e-mail addresses become mailto:.
    @Test
    void linksAreRewrittenRelativeToThePage() {
        TestSite site = site("content/guide/page.md", """
                # Page

                [beside](step.md), [absolute](/guide/step.md#details), [up](../index.md), [section](index.md#setup),
                [image file](../img/a.png), [here](#local), [out](https://example.org/x.md), [bare](www.example.org),
                and www.example.net or me@example.com.

                ## Local
                """);
        assertThat(site.printed()).isEmpty();
        assertThat(body(site, "guide/page/index.html").select("p a").eachAttr("href")).containsExactly("../step/",
                "../step/#details", "../../", "../#setup", "../../img/a.png", "#local", "https://example.org/x.md",
                "http://www.example.org", "http://www.example.net", "mailto:me@example.com");
    }

    // A link to a page that is not there, or to a heading a page does not have, is an error at the link.
    @Test
    void brokenLinksAreErrorsAtTheLink() {
        TestSite site = site("content/guide/page.md", """
                # Page

                Text first, then [gone](gone.md)
                and [no heading](step.md#nope), [no anchor](#nope).
                """);
        assertThat(site.printed()).containsExactly(
                "content/guide/page.md:3:18: error: broken link `gone.md`: there is no page guide/gone.md; did you mean"
                        + " `guide/page.md`?",
                "content/guide/page.md:4:5: error: broken anchor `#nope` in link `step.md#nope`: /guide/step/ has no heading"
                        + " or element with that id",
                "content/guide/page.md:4:33: error: broken anchor `#nope` in link `#nope`: this page has no heading or element"
                        + " with that id");
    }

    // Positions stay right far into a long page (the line index grows) and after front matter.
    @Test
    void positionsFarDownAPage() {
        StringBuilder md = new StringBuilder("---\ntitle: Long\n---\n");
        for (int i = 4; i <= 40; i++) md.append("Line ").append(i).append(".\n");
        md.append("Here ").append("{{ page.title }}").append(" stays.\n");
        TestSite site = site("content/guide/page.md", md.toString());
        assertThat(site.printed()).containsExactly("content/guide/page.md:41:6: warning: template syntax `{{ page.title }}`"
                + " is not run by Lectern (MkDocs macros or Jinja); it is shown as written");
        assertThat(body(site, "guide/page/index.html").text()).contains("Here {{ page.title }} stays.");
    }

    // {{ ... }} and {% ... %} are shown as written with a warning at each first one in a text, the unclosed one
    // cut at 20 characters; in code they are left alone without a warning.
    @Test
    void templateSyntaxIsShownAndReported() {
        TestSite site = site("content/guide/page.md", """
                # Page

                A {% include "x.html" %} tag.

                An {{ unclosed expression that goes on and on

                `{{ in code }}` and

                    {{ in an indented block }}

                {{ first }} in its paragraph.

                {% first %} too.
                """);
        assertThat(site.printed()).containsExactly(
                "content/guide/page.md:3:3: warning: template syntax `{% include \"x.html\" %}` is not run by Lectern"
                        + " (MkDocs macros or Jinja); it is shown as written",
                "content/guide/page.md:5:4: warning: template syntax `{{ unclosed expressi` is not run by Lectern"
                        + " (MkDocs macros or Jinja); it is shown as written",
                "content/guide/page.md:11:1: warning: template syntax `{{ first }}` is not run by Lectern"
                        + " (MkDocs macros or Jinja); it is shown as written",
                "content/guide/page.md:13:1: warning: template syntax `{% first %}` is not run by Lectern"
                        + " (MkDocs macros or Jinja); it is shown as written");
        assertThat(body(site, "guide/page/index.html").text()).contains("A {% include \"x.html\" %} tag.");
    }

    // GitHub's callouts (> [!NOTE] and its kinds, CAUTION shown as danger, a title after the marker) become callouts;
    // the callout ends where the quote does; in fenced code the marker is text.
    @Test
    void gitHubCallouts() {
        TestSite site = site("content/guide/page.md", """
                # Page

                > [!NOTE]
                > First line.
                >
                > Second paragraph.

                After the quote.

                > [!caution] Mind "this"
                > Careful.

                ```
                > [!TIP]
                > Not a callout.
                ```
                """);
        assertThat(site.printed()).isEmpty();
        Element body = body(site, "guide/page/index.html");
        assertThat(body.select("blockquote")).isEmpty();
        var callouts = body.select("> .callout");
        assertThat(callouts).hasSize(2);
        assertThat(callouts.get(0).classNames()).containsExactly("callout", "callout-note");
        assertThat(callouts.get(0).attr("aria-label")).isEqualTo("Note");
        assertThat(callouts.get(0).select(".callout-body p").eachText()).containsExactly("First line.", "Second paragraph.");
        assertThat(callouts.get(1).classNames()).containsExactly("callout", "callout-danger");
        assertThat(callouts.get(1).attr("aria-label")).isEqualTo("Mind 'this'");
        assertThat(callouts.get(1).select(".callout-body p").eachText()).containsExactly("Careful.");
        assertThat(body.select("> p").eachText()).contains("After the quote.");
        assertThat(body.select("pre code").text()).isEqualTo("> [!TIP]\n> Not a callout.");
    }
    // A quote or other punctuation before a bare e-mail address stays text before the link (GFM allows only
    // letters, digits and . - _ + in the address).
    @Test
    void punctuationBeforeAnEmailAddressStaysText() {
        TestSite site = site("content/guide/page.md", "# Page\n\nWrite to 'me@example.org' or (you@example.net).\n");
        assertThat(site.printed()).isEmpty();
        Element p = body(site, "guide/page/index.html").selectFirst("p");
        assertThat(p.text()).isEqualTo("Write to 'me@example.org' or (you@example.net).");
        assertThat(p.select("a").eachText()).containsExactly("me@example.org", "you@example.net");
        assertThat(p.select("a").eachAttr("href")).containsExactly("mailto:me@example.org", "mailto:you@example.net");
    }
}

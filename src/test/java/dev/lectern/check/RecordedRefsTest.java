package dev.lectern.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.markdown.PageRefs;
import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.render.HtmlScan;
import dev.lectern.render.OutputPage;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check stage works from what was recorded while each page was written ({@link PageRefs}: the
 * Markdown stage's for the body, the templates' for the rest). These tests hold the records to what
 * the built pages hold, read with {@link HtmlScan} (itself held to jsoup by {@link HtmlScanTest}):
 * on every page of the course and of every fixture site, the same ids, and the same link targets in
 * the body and around it.
 */
class RecordedRefsTest {
    @TempDir
    Path tmp;

    // Checks every page of the project's course (its theme, quizzes, diagrams, glossary, tabs, Q&A pages),
    // the glossary and review pages among them (a review card's answer holds links and a diagram's symbols).
    @Test
    void courseRecordsWhatItsPagesHold() {
        BuildResult result = build(TestSite.course(tmp.resolve("course")));
        assertThat(result.pages()).extracting(OutputPage::path).contains("glossary/index.html", "review/index.html");
        OutputPage review = result.pages().stream().filter(p -> p.path().equals("review/index.html")).findFirst().orElseThrow();
        assertThat(review.refs().ids()).anyMatch(id -> id.matches("r[0-9]+-.+"));
        assertRecordsMatch(result);
    }

    // Checks every page of each fixture site.
    @Test
    void fixtureSitesRecordWhatTheirPagesHold() {
        for (String name : List.of("basic", "quiz")) assertRecordsMatch(build(TestSite.fixture(name, tmp.resolve(name))));
    }

    // Checks a site with raw HTML, footnotes, attribute lists, callouts, tabs, a footer with links.
    @Test
    void markdownFeaturesRecordWhatTheirPagesHold() {
        TestSite site = TestSite.create(tmp)
                .file("content/site.yaml", """
                        title: Features
                        raw_html: true
                        footer: "[Licence](licence.md) and [home](https://example.com/x?a=1&b=2)"
                        """)
                .file("content/licence.md", "# Licence\n\nText.\n")
                .file("content/index.md", """
                        # Home

                        See [the page](a/page.md#a--b) and [a footnote][^1] and <a href="a/" id="raw">raw</a>.
                        Again[^1] and <img src="pic.png" alt="x">.

                        [^1]: The note, with [a link](a/page.md).

                        ## Listed {#own-id}

                        A paragraph with an id.
                        {: #para-id .lead }

                        === "One"
                            First tab.

                        === "Two"
                            Second tab with [a link](#own-id).
                        """)
                .file("content/pic.png", "not really a png")
                .file("content/a/index.md", "# Section A\n\nIntro with `code <a href=x>`.\n")
                .file("content/a/page.md", """
                        ---
                        title: A page
                        description: "Quotes \\" and <angles> & ampersands"
                        ---
                        ## A & B

                        !!! warning "Careful"
                            Inside a [callout](../index.md).

                        > [!TIP]
                        > A GitHub callout.

                        | a | b |
                        |---|---|
                        | [x](index.md) | <span id="raw-id">y</span> |

                        <div id="block-id"><a href="../index.md">raw block link</a>
                        <script src="x.js"></script></div>

                        Term
                        : Definition

                        - [ ] task
                        - [x] done

                        ```terminal
                        $ echo '<a href="in-code">'
                        ```

                        ![an image](../pic.png) and [unsafe](javascript:alert(1)).

                        ### Again
                        ## Again
                        """);
        assertRecordsMatch(build(site));
    }

    private static BuildResult build(TestSite site) {
        BuildResult result = new Build(site.options().withWrite(false)).run();
        assertThat(result.ok()).as(result.diagnostics().toString()).isTrue();
        return result;
    }

    /** Every page's recorded ids and link targets are those of its HTML. */
    static void assertRecordsMatch(BuildResult result) {
        assertThat(result.pages()).isNotEmpty();
        for (OutputPage p : result.pages()) {
            assertThat(p.refs()).as(p.path() + ": a page not recorded").isNotNull();
            HtmlScan scan = HtmlScan.of(p.html());
            Set<String> ids = new HashSet<>(p.refs().ids());
            if (p.source() != null) ids.addAll(p.source().refs().ids());
            Set<String> missing = new HashSet<>(scan.ids());
            missing.removeAll(ids);
            Set<String> extra = new HashSet<>(ids);
            extra.removeAll(scan.ids());
            assertThat(missing).as(p.path() + ": ids on the page not recorded").isEmpty();
            assertThat(extra).as(p.path() + ": ids recorded not on the page").isEmpty();

            int bodyStart = p.source() == null ? -1 : p.bodyAt();
            int bodyEnd = p.source() == null ? -1 : p.bodyAt() + p.bodyLength();
            List<String> around = new ArrayList<>();
            List<String> inBody = new ArrayList<>();
            for (HtmlScan.Ref r : scan.refs()) {
                if (r.offset() >= bodyStart && r.offset() < bodyEnd) inBody.add(r.target());
                else around.add(r.target());
            }
            assertThat(urls(p.refs())).as(p.path() + ": link targets around the body").isEqualTo(around);
            if (p.source() != null) {
                assertThat(urls(p.source().refs())).as(p.path() + ": link targets of the body")
                        .containsExactlyInAnyOrderElementsOf(inBody);
            }
        }
    }

    private static List<String> urls(PageRefs refs) {
        return refs.targets().stream().map(PageRefs.Target::url).toList();
    }
}

package dev.lectern.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.blocks.BlockContext;
import dev.lectern.blocks.BlockKind;
import dev.lectern.blocks.BlockKinds;
import dev.lectern.blocks.BlockOutput;
import dev.lectern.blocks.FencedBlock;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.highlight.Highlighter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * One page through {@link MarkdownRenderer}, and what it records: the words a reader sees (search and the
 * glossary read them, never the HTML), the text runs the glossary may mark, what fenced blocks are given,
 * callouts, tabs and the theme's words. Each test renders its own page (nothing shared, so PIT sees it).
 */
class RecordedPageTest {
    private final Diagnostics diagnostics = new Diagnostics();

    private static SourcePage page(String markdown) {
        return new SourcePage(Path.of("content/p.md"), "p.md", "content/p.md", "p/", FrontMatter.EMPTY, markdown, "P",
                false, false);
    }

    private RenderedPage render(String markdown, boolean rawHtml, BlockKind... kinds) {
        BlockKinds all = BlockKinds.builtIn();
        for (BlockKind k : kinds) all.register(k);
        MarkdownRenderer md = new MarkdownRenderer(all, rawHtml, new Highlighter(), dev.lectern.render.Templates.builtIn().partials());
        return md.render(page(markdown), s -> s.equals("q.md") ? "q/" : null, diagnostics);
    }

    private List<String> printed() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private static List<String> runs(RenderedPage p) {
        return p.text().runs().stream().map(PageText.Run::text).toList();
    }

    /** A block kind that writes what {@code body} makes of its block and context. */
    private static BlockKind kind(String name, BiFunction<FencedBlock, BlockContext, String> body) {
        return new BlockKind() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public BlockOutput render(FencedBlock block, BlockContext context) {
                return BlockOutput.of(body.apply(block, context));
            }
        };
    }

    // Checks the words of a page as a reader sees them: escapes undone, entities decoded, HTML the page escapes shown as written, an undefined reference as its brackets and text.
    @Test
    void wordsAsAReaderSeesThem() {
        RenderedPage p = render("""
                \\*Not emphasis\\* and R&amp;D, a <b>tag</b>.

                <div>block html</div>

                ## Second *part*

                See [undefined *ref*] and [defined][d].

                [d]: https://example.com
                """, false);
        assertThat(printed()).isEmpty();
        assertThat(p.text().recorded()).isTrue();
        assertThat(p.text().sections()).containsExactly(
                new PageText.Section("", "", "*Not emphasis* and R&D, a <b>tag</b>. <div>block html</div>"),
                new PageText.Section("second-part", "Second part", "See [undefined ref] and defined."));
        assertThat(p.text().allText()).isEqualTo(
                "*Not emphasis* and R&D, a <b>tag</b>. <div>block html</div> Second part See [undefined ref] and defined.");
        // the text of an undefined reference is on the page, and the glossary may mark it; a link's text not
        assertThat(Jsoup.parse(p.bodyHtml()).select("p").get(2).text()).isEqualTo("See [undefined ref] and defined.");
        assertThat(String.join("|", runs(p))).contains("undefined ").contains("ref").doesNotContain("defined|")
                .doesNotContain("|defined");
        assertThat(runs(p)).noneMatch(r -> r.contains("Second")).noneMatch(r -> r.equals("defined"));
    }

    // Checks footnotes come last in the page's words, in the order of their first reference, not of their definitions.
    @Test
    void footnotesInTheOrderOfTheirReferences() {
        RenderedPage p = render("A[^b] and B[^a].\n\n[^a]: Alpha note.\n[^b]: Beta note.\n", false);
        assertThat(p.text().allText()).isEqualTo("A and B. Beta note. Alpha note.");
    }

    // Checks a quiz block's source counts among the page's words (the glossary) but not in its sections (search), and headings are words too.
    @Test
    void blockSourceInTheWordsNotInSections() {
        RenderedPage p = render("""
                ## Quiz time

                ```quiz Title words
                q: source text
                ```

                ```quiz
                q: two
                ```

                ```terminal
                $ ls
                ```
                """, false, kind("quiz", (b, c) -> "<p>quiz</p>"));
        assertThat(p.text().sections()).extracting(PageText.Section::text).containsExactly("", "$ ls");
        assertThat(p.text().allText()).isEqualTo("Quiz time $ ls Title words q: source text q: two");
        assertThat(p.countBlocks("quiz")).isEqualTo(2);
        assertThat(p.countBlocks("terminal")).isEqualTo(1);
        assertThat(p.countBlocks("diagram")).isZero();
    }

    // Checks a block kind is told its fence's line and column, its content's line and its ordinal among blocks of its kind; an unclosed fence is an error at its line.
    @Test
    void blocksGetTheirPositionAndOrdinal() {
        List<String> seen = new ArrayList<>();
        RenderedPage p = render("Text.\n\n```probe one\nA\n```\n\n- item\n\n  ```probe\n  B\n  ```\n\n```python\nprint(1)\n",
                false, kind("probe", (b, c) -> {
                    seen.add(b.info() + " " + b.fenceLine() + ":" + b.contentColumn() + " content " + b.contentLine()
                            + " ordinal " + c.ordinal() + " text " + b.text().strip());
                    return "<p>probe</p>";
                }));
        assertThat(seen).containsExactly("one 3:1 content 4 ordinal 0 text A", " 9:3 content 10 ordinal 1 text B");
        assertThat(printed()).containsExactly(
                "content/p.md:13:1: error: code fence ``` is never closed; add a line with ``` where the block ends");
        assertThat(p.countBlocks("probe")).isEqualTo(2);
    }

    // Checks code blocks: highlighted in their language, escaped without one, and the page gets the code styles and script.
    @Test
    void codeBlocks() {
        RenderedPage p = render("```python\nx = \"<1>\"\n```\n\n```\n<plain>\n```\n", false);
        Document d = Jsoup.parse(p.bodyHtml());
        assertThat(d.select("pre.code code").eachAttr("class")).containsExactly("language-python");
        assertThat(d.select("pre.code code").get(1).hasAttr("class")).isFalse();
        assertThat(d.select("code.language-python span")).isNotEmpty();
        assertThat(d.select("pre.code code").eachText()).containsExactly("x = \"<1>\"", "<plain>");
        assertThat(p.assets()).contains("css/code.css", "js/code.js");
    }

    // Checks callouts: an unknown type is a note with a warning at its position, folded ones are details (open with +), untitled ones take the theme's word, and their titles are words of the page.
    @Test
    void callouts() {
        RenderedPage p = render("""
                ## Heading

                !!! bogus
                    Body one.

                ??? tip
                    Folded.

                ???+ warning "Mine"
                    Open.

                !!! danger
                    Careful.
                """, false);
        assertThat(printed()).containsExactly(
                "content/p.md:3:1: warning: unknown callout type `bogus`; expected one of: note, tip, warning, danger");
        Document d = Jsoup.parse(p.bodyHtml());
        assertThat(d.select("h2 a.heading-anchor").attr("aria-label")).isEqualTo("Link to this section");
        assertThat(d.select("aside.callout-note .callout-title").first().ownText()).isEqualTo("Note");
        assertThat(d.select("aside.callout-note .callout-body").text()).isEqualTo("Body one.");
        assertThat(d.select("details.callout-tip").hasAttr("open")).isFalse();
        assertThat(d.select("details.callout-tip summary").first().ownText()).isEqualTo("Tip");
        assertThat(d.select("details.callout-tip .callout-body").text()).isEqualTo("Folded.");
        assertThat(d.select("details.callout-warning").hasAttr("open")).isTrue();
        assertThat(d.select("details.callout-warning summary").first().ownText()).isEqualTo("Mine");
        assertThat(d.select("aside.callout-danger").attr("aria-label")).isEqualTo("Danger");
        assertThat(p.text().allText()).isEqualTo("Heading Note Body one. Tip Folded. Mine Open. Danger Careful.");
    }

    // Checks each run of tabs is a set of its own, numbered in page order, and a tab's label is text the glossary may mark.
    @Test
    void tabSetsAndLabels() {
        RenderedPage p = render("""
                === "One"
                    First.

                === "Two"
                    Second.

                Between.

                === "Three"
                    Third.
                """, false);
        Document d = Jsoup.parse(p.bodyHtml());
        assertThat(d.select(".tabbed-set")).hasSize(2);
        assertThat(d.select(".tabbed-block").eachAttr("id")).containsExactly("tabs-1-1", "tabs-1-2", "tabs-2-1");
        assertThat(runs(p)).contains("One", "Two", "Three");
        assertThat(p.assets()).contains("css/compat.css", "js/tabs.js");
    }

    // Checks a reference image is an image and an undefined reference is its text in the HTML.
    @Test
    void referenceImagesAndUndefinedReferences() {
        RenderedPage p = render("![logo][l] and [nothing here]\n\n[l]: logo.png\n", false);
        Document d = Jsoup.parse(p.bodyHtml());
        assertThat(d.select("img").attr("src")).isEqualTo("../logo.png");
        assertThat(d.select("img").attr("alt")).isEqualTo("logo");
        assertThat(d.select("p").text()).isEqualTo("and [nothing here]");
    }

    // Checks a page whose raw HTML is written as HTML records no runs or sections (its HTML decides them); one without HTML, or whose HTML is escaped, does.
    @Test
    void rawHtmlPagesAreNotRecorded() {
        assertThat(render("a <b>x</b> c\n", true).text().recorded()).isFalse();
        assertThat(render("<div>\nblock\n</div>\n", true).text().recorded()).isFalse();
        RenderedPage plain = render("plain *text*\n", true);
        assertThat(plain.text().recorded()).isTrue();
        assertThat(plain.text().sections()).extracting(PageText.Section::text).containsExactly("plain text");
        RenderedPage escaped = render("a <b>x</b> c\n", false);
        assertThat(escaped.text().recorded()).isTrue();
        assertThat(escaped.text().runs()).isNotEmpty();
        // raw HTML still has its heading spans and words
        RenderedPage mixed = render("## Head\n\na <i>b</i>\n", true);
        assertThat(mixed.text().headingSpans()).extracting(PageText.HeadingSpan::id).containsExactly("head");
        assertThat(mixed.text().allText()).isEqualTo("Head a b");
    }

    // Checks the inline Markdown of a block: its HTML without a paragraph, its plain text (also when asked before the HTML), links and raw HTML in it recorded for the page.
    @Test
    void inlineMarkdownOfABlock() {
        List<String> texts = new ArrayList<>();
        RenderedPage p = render("```probe\nx\n```\n", true, kind("probe", (b, c) -> {
            texts.add(c.inlineMarkdown().toText("**Bold** words"));
            texts.add(c.inlineMarkdown().toText(""));
            String html = c.inlineMarkdown().toHtml("see [q](q.md) and <a href=\"raw.html\" id=\"r\">raw</a>");
            texts.add(c.inlineMarkdown().toText("see [q](q.md) and <a href=\"raw.html\" id=\"r\">raw</a>"));
            return html;
        }));
        assertThat(texts).containsExactly("Bold words", "", "see q and raw");
        assertThat(p.bodyHtml()).contains("see <a href=\"../q/\">q</a> and <a href=\"raw.html\" id=\"r\">raw</a>")
                .doesNotContain("<p>see");
        assertThat(p.links()).extracting(LinkRef::href).containsExactly("q.md");
        assertThat(p.refs().ids()).contains("r");
        assertThat(p.refs().targets()).extracting(PageRefs.Target::url).contains("raw.html");
    }

    // Checks template syntax is shown as written with a warning at its place, for {{ and {% alike.
    @Test
    void templateSyntaxWarnings() {
        RenderedPage p = render("Use {% raw %} here.\n\nAnd {{ x }} there.\n", false);
        assertThat(printed()).containsExactly(
                "content/p.md:1:5: warning: template syntax `{% raw %}` is not run by Lectern (MkDocs macros or Jinja); it is shown as written",
                "content/p.md:3:5: warning: template syntax `{{ x }}` is not run by Lectern (MkDocs macros or Jinja); it is shown as written");
        assertThat(Jsoup.parse(p.bodyHtml()).text()).isEqualTo("Use {% raw %} here. And {{ x }} there.");
        // a page with only one of the two openers
        Diagnostics only = new Diagnostics();
        MarkdownRenderer md = new MarkdownRenderer(BlockKinds.builtIn(), false, new Highlighter(), dev.lectern.render.Templates.builtIn().partials());
        md.render(page("Only {% if x %}.\n"), s -> null, only);
        md.render(page("Only {{ y }}.\n"), s -> null, only);
        assertThat(only.sorted()).extracting(Diagnostic::format).containsExactly(
                "content/p.md:1:6: warning: template syntax `{% if x %}` is not run by Lectern (MkDocs macros or Jinja); it is shown as written",
                "content/p.md:1:6: warning: template syntax `{{ y }}` is not run by Lectern (MkDocs macros or Jinja); it is shown as written");
    }
}

package dev.lectern.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.blocks.BlockKinds;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.highlight.Highlighter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snippets (pymdownx's {@code --8<--}) and attribute lists in Python-Markdown's {@code {: ...}} form, page by page. */
class SnippetsAndAttributesTest {
    @TempDir
    Path tmp;

    private final Diagnostics diagnostics = new Diagnostics();

    private RenderedPage render(String markdown) throws IOException {
        Path file = tmp.resolve("content/p.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown);
        SourcePage page = new SourcePage(file, "p.md", "content/p.md", "p/", FrontMatter.EMPTY, markdown, "P", false, false);
        return new MarkdownRenderer(BlockKinds.builtIn(), false, new Highlighter(), dev.lectern.render.Templates.builtIn().partials())
                .render(page, s -> null, diagnostics);
    }

    private void write(String path, String text) throws IOException {
        Path f = tmp.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private List<String> printed() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    // Checks a missing file in a block of snippet paths is an error at its own line and column.
    @Test
    void missingFileInABlockIsAnErrorAtItsLine() throws IOException {
        write("content/one.txt", "One.\n");
        RenderedPage p = render("Intro.\n\n--8<--\none.txt\n  missing.txt\n--8<--\n\nEnd.\n");
        assertThat(printed()).containsExactly("content/p.md:5:3: error: snippet `missing.txt` not found "
                + "(looked beside the page, in the content folder and in the project folder)");
        assertThat(Jsoup.parse(p.bodyHtml()).select("p").eachText()).containsExactly("Intro.", "One.", "End.");
    }

    // Checks a --8<-- line without a second one to close a block is text, not a block running to the end of the page.
    @Test
    void unclosedBlockMarkerIsText() throws IOException {
        RenderedPage p = render("Before.\n\n--8<--\nnot-a-path.txt\n");
        assertThat(printed()).isEmpty();
        assertThat(Jsoup.parse(p.bodyHtml()).text()).isEqualTo("Before. --8<-- not-a-path.txt");
    }

    // Checks includes may nest twenty deep, and the twenty-first is refused as a cycle at the including line.
    @Test
    void includesNestTwentyDeep() throws IOException {
        for (int i = 1; i <= 21; i++) write("content/f" + i + ".md", "Level " + i + ".\n\n--8<-- \"f" + (i + 1) + ".md\"\n");
        write("content/f22.md", "Bottom.\n");
        render("--8<-- \"f1.md\"\n");
        assertThat(printed()).hasSize(1);
        assertThat(printed().get(0)).startsWith("content/p.md:1:9: error: snippet include cycle: content/p.md -> content/f1.md -> ")
                .endsWith("content/f20.md -> content/f21.md");
        Diagnostics twenty = new Diagnostics();
        write("content/f20.md", "Level 20.\n");
        Path file = tmp.resolve("content/p.md");
        SourcePage page = new SourcePage(file, "p.md", "content/p.md", "p/", FrontMatter.EMPTY, "--8<-- \"f1.md\"\n", "P", false, false);
        RenderedPage p = new MarkdownRenderer(BlockKinds.builtIn(), false, new Highlighter(), dev.lectern.render.Templates.builtIn().partials())
                .render(page, s -> null, twenty);
        assertThat(twenty.sorted()).isEmpty();
        assertThat(Jsoup.parse(p.bodyHtml()).select("p").last().text()).isEqualTo("Level 20.");
    }

    // Checks a snippet that is not UTF-8 is an error at the including line, not a crash.
    @Test
    void unreadableSnippetIsAnError() throws IOException {
        Files.createDirectories(tmp.resolve("content"));
        Files.write(tmp.resolve("content/bad.txt"), new byte[] {'a', (byte) 0xff, (byte) 0xfe, '\n'});
        RenderedPage p = render("Text.\n\n  --8<-- 'bad.txt'\n");
        assertThat(printed()).hasSize(1);
        assertThat(printed().get(0)).startsWith("content/p.md:3:11: error: snippet `bad.txt` cannot be read: ");
        assertThat(Jsoup.parse(p.bodyHtml()).text()).isEqualTo("Text.");
    }

    // Checks {: ...} is an attribute list outside code, also after a code span on its line, and stays as written in fences of either kind, also on a page that starts with a blank line.
    @Test
    void colonFormOutsideCodeOnly() throws IOException {
        RenderedPage p = render("""

                ```
                {: not-in-backticks }
                ```

                ~~~
                {: not-in-tildes }
                ~~~

                ## Title `code` {: #tid }

                Para.
                {: .lead }

                Last {""");
        assertThat(printed()).isEmpty();
        Document d = Jsoup.parse(p.bodyHtml());
        assertThat(d.select("pre code").eachText()).containsExactly("{: not-in-backticks }", "{: not-in-tildes }");
        assertThat(d.select("h2").attr("id")).isEqualTo("tid");
        assertThat(d.select("p.lead").text()).isEqualTo("Para.");
        assertThat(d.select("p").last().text()).isEqualTo("Last {");
    }

    // Checks { id=... } names a heading as { #... } does, and another attribute's value never does.
    @Test
    void idAttributeNamesAHeading() throws IOException {
        RenderedPage p = render("## One { .c id=\"first\" }\n\n## Two { .c title=\"not-an-id\" }\n");
        assertThat(printed()).isEmpty();
        Document d = Jsoup.parse(p.bodyHtml());
        assertThat(d.select("h2").eachAttr("id")).containsExactly("first", "two");
        assertThat(p.headings()).extracting(Heading::id).containsExactly("first", "two");
    }

    // Checks positions in a page with an include are the page's own lines, up to its last line, and an error at the very start of a page is at 1:1.
    @Test
    void positionsAfterAnIncludeAndAtTheStart() throws IOException {
        write("content/two.md", "Included one.\n\nIncluded two.\n");
        render("--8<-- \"two.md\"\nAfter {{ x }}\n");
        assertThat(printed()).containsExactly("content/p.md:2:7: warning: template syntax `{{ x }}` is not run by Lectern "
                + "(MkDocs macros or Jinja); it is shown as written");
        Diagnostics start = new Diagnostics();
        new MarkdownRenderer(BlockKinds.builtIn(), false, new Highlighter(), dev.lectern.render.Templates.builtIn().partials())
                .render(new SourcePage(null, "q.md", "content/q.md", "q/", FrontMatter.EMPTY, "```\ncode\n", "Q", false, false),
                        s -> null, start);
        assertThat(start.sorted()).extracting(Diagnostic::format).containsExactly(
                "content/q.md:1:1: error: code fence ``` is never closed; add a line with ``` where the block ends");
    }

    // Checks a page without a title of its own takes the title of a snippet's first heading; one with a title in its front matter keeps it, and so does a page without snippets.
    @Test
    void titleFromAnIncludedHeading() throws IOException {
        write("content/head.md", "# Included Title\n\nBody.\n");
        Path file = tmp.resolve("content/p.md");
        Files.writeString(file, "--8<-- \"head.md\"\n");
        MarkdownRenderer md = new MarkdownRenderer(BlockKinds.builtIn(), false, new Highlighter(), dev.lectern.render.Templates.builtIn().partials());
        RenderedPage untitled = md.render(new SourcePage(file, "p.md", "content/p.md", "p/", FrontMatter.EMPTY,
                "--8<-- \"head.md\"\n", null, false, false), s -> null, diagnostics);
        assertThat(untitled.title()).isEqualTo("Included Title");
        RenderedPage ownTitle = md.render(new SourcePage(file, "p.md", "content/p.md", "p/",
                new FrontMatter("Meta", null, null, false, null, 0, 0, false), "--8<-- \"head.md\"\n", "Meta", false, false),
                s -> null, diagnostics);
        assertThat(ownTitle.title()).isEqualTo("Meta");
        RenderedPage plain = md.render(new SourcePage(file, "p.md", "content/p.md", "p/", FrontMatter.EMPTY,
                "# Written Here\n\nText.\n", "Front", false, false), s -> null, diagnostics);
        assertThat(plain.title()).isEqualTo("Front");
        assertThat(printed()).isEmpty();
    }
}

package dev.lectern.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lectern.blocks.BlockKinds;
import dev.lectern.content.ContentLoader;
import dev.lectern.content.Course;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diagram.DiagramBlock;
import dev.lectern.highlight.Highlighter;
import dev.lectern.pipeline.ParsedSites;
import dev.lectern.pipeline.Version;
import dev.lectern.quiz.QuizBlock;
import dev.lectern.render.Templates;
import dev.lectern.testing.Needs;
import dev.lectern.testing.Tool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lectern's own Markdown path ({@link SimplePage}) against the flexmark path: every page the own path takes gives the
 * flexmark path's result field by field (HTML, title, headings, links with their positions, blocks, assets, every
 * record of the page's text, ids and link targets, diagnostics). Over the course, the fixture sites and test corpora,
 * the benchmark's synthetic corpus and thousands of random pages of common and odd Markdown; and the own path must
 * keep taking most common pages, or it could stop being used unnoticed.
 */
class SimplePageTest {
    @TempDir
    static Path work;

    private static MarkdownRenderer renderer(boolean rawHtml) {
        BlockKinds kinds = BlockKinds.builtIn().register(new QuizBlock())
                .register(new DiagramBlock(work.resolve("cache/diagrams"), Version.current()));
        return new MarkdownRenderer(kinds, rawHtml, new Highlighter(), Templates.builtIn().partials());
    }

    /** How many of the pages the own path took; each one it took checked against the flexmark path. */
    private static int compared(MarkdownRenderer renderer, List<SourcePage> pages, LinkTargets targets) {
        int taken = 0;
        for (SourcePage page : pages) {
            Diagnostics own = new Diagnostics();
            RenderedPage simple = renderer.renderSimple(page, targets, own);
            if (simple == null) {
                assertThat(own.sorted()).as("a page the own path did not take reports nothing").isEmpty();
                continue;
            }
            taken++;
            Diagnostics flexmark = new Diagnostics();
            assertSameResult(page, simple, renderer.renderWithFlexmark(page, targets, flexmark), own, flexmark);
        }
        return taken;
    }

    static void assertSameResult(SourcePage page, RenderedPage simple, RenderedPage flexmark, Diagnostics own,
                                 Diagnostics flexmarkDiagnostics) {
        String where = page.displayPath() + ":\n" + page.markdown() + "\n---\n";
        assertEquals(flexmark.bodyHtml(), simple.bodyHtml(), where + "HTML");
        assertEquals(flexmark.title(), simple.title(), where + "title");
        assertEquals(flexmark.headings(), simple.headings(), where + "headings");
        assertEquals(flexmark.links(), simple.links(), where + "links");
        assertEquals(flexmark.blocks(), simple.blocks(), where + "blocks");
        assertEquals(List.copyOf(flexmark.assets()), List.copyOf(simple.assets()), where + "assets, in order");
        PageText f = flexmark.text();
        PageText s = simple.text();
        assertEquals(f.runs(), s.runs(), where + "text runs");
        assertEquals(f.sections(), s.sections(), where + "sections");
        assertEquals(f.headingSpans(), s.headingSpans(), where + "heading spans");
        assertEquals(f.allText(), s.allText(), where + "all text");
        assertEquals(f.inlineText(), s.inlineText(), where + "inline text");
        assertEquals(f.review(), s.review(), where + "review copy");
        assertEquals(f, s, where + "page text");
        assertEquals(flexmark.refs().ids(), simple.refs().ids(), where + "ids");
        assertEquals(flexmark.refs().targets(), simple.refs().targets(), where + "link targets, in order");
        assertEquals(flexmark.refs(), simple.refs(), where + "refs");
        assertEquals(printed(flexmarkDiagnostics), printed(own), where + "diagnostics");
        assertEquals(flexmark, simple, where + "the whole record");
    }

    private static List<String> printed(Diagnostics d) {
        return d.sorted().stream().map(Diagnostic::format).toList();
    }

    private static LinkTargets targets(Course course) {
        return source -> course.page(source).map(SourcePage::url).orElse(null);
    }

    // Checks the course, every fixture site and every test corpus: each page the own path takes is the flexmark path's; most course pages are taken.
    @Test
    void courseFixtureSitesAndCorpora() {
        int courseTaken = -1;
        int taken = 0;
        int pages = 0;
        for (ParsedSites.Site site : ParsedSites.all(work.resolve("cache"))) {
            Course course = site.course();
            int t = compared(renderer(course.config().rawHtml()), course.pages(), targets(course));
            if (site.name().equals("course")) courseTaken = t;
            taken += t;
            pages += course.pages().size();
        }
        assertThat(courseTaken).as("course pages the own path takes").isGreaterThanOrEqualTo(COURSE_TAKEN);
        assertThat(taken).as("pages of the course, fixture sites and corpora taken, of " + pages).isGreaterThanOrEqualTo(ALL_TAKEN);
    }

    /**
     * What the own path takes of the course (7 of its 30 pages: the others have callouts, quiz blocks or the Q&amp;A
     * layout) and of all the pages above (16 of 55: the fixture sites and corpora are made of the syntaxes it leaves).
     */
    private static final int COURSE_TAKEN = 7;
    private static final int ALL_TAKEN = 16;

    // Checks the benchmark's synthetic corpus (src/bench/make-corpus.py, 300 pages): every page is taken, and each is the flexmark path's.
    @Test
    @Needs(Tool.PYTHON3)
    void syntheticCorpus() throws Exception {
        Path out = work.resolve("corpus");
        Process p = new ProcessBuilder(Tool.PYTHON3.find().toString(), "src/bench/make-corpus.py", "--pages", "300",
                "--out", out.toString()).redirectErrorStream(true).redirectOutput(work.resolve("corpus.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        Course course = new ContentLoader(out.resolve("content"), "content", false, new Diagnostics())
                .load(dev.lectern.config.SiteConfig.defaults());
        assertThat(course.pages()).hasSizeGreaterThan(300);
        int taken = compared(renderer(false), course.pages(), targets(course));
        assertThat(taken).as("synthetic pages taken").isEqualTo(course.pages().size());
    }

    // Checks thousands of random pages mixing the common subset with edge cases and constructs outside it: every page taken is the flexmark path's, and a good share is taken.
    @Test
    void randomPages() {
        Random random = new Random(20261205);
        MarkdownRenderer plain = renderer(false);
        MarkdownRenderer raw = renderer(true);
        LinkTargets targets = source -> source.contains("missing") ? null : source.replace(".md", "/");
        int taken = 0;
        int pages = 6_000;
        for (int i = 0; i < pages; i++) {
            SourcePage page = page("d/p" + i + ".md", RandomMarkdown.page(random));
            taken += compared(i % 3 == 0 ? raw : plain, List.of(page), targets);
        }
        assertThat(taken).as("random pages taken of " + pages).isGreaterThan(pages / 6);
        assertThat(taken).as("random pages left to flexmark").isLessThan(pages * 3 / 4);
    }

    private static SourcePage page(String source, String markdown) {
        return new SourcePage(Path.of("content/" + source), source, "content/" + source,
                source.replace(".md", "/"), FrontMatter.EMPTY, markdown, "P", false, false);
    }

    // Checks the two sides of the choice: a common page is taken; each construct outside the subset sends the page to flexmark.
    @Test
    void takesCommonPagesAndLeavesTheRest() {
        MarkdownRenderer r = renderer(false);
        LinkTargets targets = s -> s.replace(".md", "/");
        String common = "# T\n\nText *em* **strong** `c` [l](a.md).\n\n## H\n\n- a\n- b\n\n| A | B |\n|---|:-:|\n| 1 | 2 |\n\n"
                + "```bash\nls\n```\n\n> Quote **x**.\n";
        assertNotNull(r.renderSimple(page("p.md", common), targets, new Diagnostics()));
        for (String outside : List.of("a\\\nb", "## a \\* b", "| a \\| b |\n|---|\n| c |", "R&amp;D", "a <b>x</b>", "- a\n\n- b", "- a\n  - b", "a  \nb", "[r]\n\n[r]: a.md",
                "![i](i.png#gh-dark-mode-only)", "[l](a.md \"t\")", "Title\n===", "    code", "~~~\nx\n~~~", "```quiz\nq\n```", "snake_case_", "***x***",
                "a\r\nb", "a\tb", "see www.example.com", "mail me@example.com", "> a\nlazy", "1) x", "<div>x</div>", "x {#id}",
                "{{ macro }}", "!!! note\n    x", "---", "* * *", "## C#", "a ~~b~~ c", "[l](javascript:alert(1))")) {
            assertNull(r.renderSimple(page("p.md", common + "\n" + outside + "\n"), targets, new Diagnostics()), outside);
        }
    }

    // Checks a page's second `#` heading: the same warning at the same line from both paths, and shown as `##`.
    @Test
    void secondTitleWarnsAsOnTheFlexmarkPath() {
        MarkdownRenderer r = renderer(false);
        SourcePage page = page("p.md", "# One\n\nText.\n\n# Two\n");
        Diagnostics own = new Diagnostics();
        RenderedPage simple = r.renderSimple(page, s -> null, own);
        assertNotNull(simple);
        assertThat(printed(own)).containsExactly(
                "content/p.md:5:1: warning: a page has one title (its h1); this `#` heading is shown as `##`");
        assertThat(simple.bodyHtml()).startsWith("<p>Text.</p>\n<h2 id=\"two\">Two<a");
        Diagnostics flexmark = new Diagnostics();
        assertSameResult(page, simple, r.renderWithFlexmark(page, s -> null, flexmark), own, flexmark);
    }

    /** Random Markdown pages: mostly the common subset, with edge cases inside it and constructs outside it. */
    static final class RandomMarkdown {
        private RandomMarkdown() {}

        private static final String[] WORDS = {"alpha", "beta", "Gamma", "delta", "3", "2024", "x1", "é", "naïve", "日本語",
            "Ünïcode", "a", "I", "server", "R2-D2", "4.5", "10%", "$5", "(see", "this)", "\"quoted\"", "it's", "a > b", "x=1",
            "one/two", "#hash", "C#", "C++", "a+b", "50-60", "e.g.", "!", "?", ":", ";", ",", ".", "—", "…", "¿qué?", "🙂",
            "x|y", "{braces}", "^caret", "a:b", "1.", "2)", "-", "+", "="};
        /** Words most lines start with. */
        private static final String[] START = {"The", "A", "alpha", "Beta", "It", "We", "Then", "Über", "Éa", "Run", "When",
            "Two", "If"};
        /** Inline constructs of the subset and around its edges: emphasis by the flanking rules, code, links. */
        private static final String[] MARKUP = {"*em*", "**strong**", "*em with words*", "**strong with words**",
            "*a **b** c*", "**a *b* c**", "`code`", "`a > b && \"c\"`", "`<b>`", "`x*y*z`", "`[not](link)`", "a * b",
            "*", "**", "a_b_c", "snake_case", "[link](a.md)", "[link](../x/b.md#frag)", "[here](#anchor)",
            "[ext](https://example.com/p?q=1)", "[gone](missing.md)", "[*em* link](a.md)", "[`code` link](a.md)",
            "[**b**](a.md)", "*[em link](a.md)*", "**`code`**", "*(paren)*", "(*paren*)", "*end*.", "\"*q*\"", "**x**:",
            "[a](a.md)[b](b.md)", "[t](a.md),", "[q](a.md?x=1)", "[p](a%20b.md)", "[u](a_b.md)", "[s](a*b.md)",
            "[t](/abs.md)", "[t](../../up.md)", "[t](dir/)", "[t](file.pdf)", "[t](https://example.com/a_b#c)", "[m](mailto:a@b.c)", "*é*", "é *x*", "*x* é", "**Ü**", "*日本*", "x *—* y", "*a*—", "_a_",
            "_em_", "__strong__", "_a **b** c_", "*a _b_ c*", "__a *b* c__", "snake_case_word", "_é_", "a_", "_a", "(_x_)", "_x_.",
            "\\*", "\\", "\\*not em\\*", "\\_", "\\`", "\\[x\\]", "\\\\", "a\\b", "\\#", "\\<b>", "\\&amp;", "\\>", "\\\"",
            "\\**a*", "*a\\*", "[a \\] b](a.md)", "[\\[x\\]](a.md)", "`a\\`", "\\`a`", "\\é", "end\\", "\\\\*a*", "\\- x", "\\1. x",
            "![alt](i.png)", "![a *b* `c`](img/x.png)", "![x](https://e.com/i.png)", "![q](a.png)![q](a.png)",
            "[l](a.png) ![l](a.png)", "![\"q\" > & x'](i.png)", "![a](gone/missing.png)", "![é](../up.jpg)", "*![e](i.png)*",
            "R & D", "a & b", "x &&y", "&", "5 &gt", "a_b_", "_a_b", "__init__", "a__b", "._._.", "(_)", "x._y_"};
        /** Constructs outside the subset (and some inside it that look odd). */
        private static final String[] ODD = {"www\\.example.com", "a:\\b", "&amp;", "&copy;", "&", "&#42;", "<b>x</b>", "<", "a<b",
            "![x](i.png#gh-light-mode-only)", "![x](javascript:x)", "![x](i.png \"t\")", "[![x](i.png)](a.md)",
            "![x\\*](i.png)", "![](i.png)", "![x](data:image/png;base64,AAAA)", "<https://x.y>", "me@example.com", "www.example.com", "http://x.y/z", "***both***", "*a_", "_a*", "___x___",
            "&nbsp;", "&#x2a;", "&é", "a&b;",
            "*a **b*", "**a*", "*a**", "``code``", "` spaced `", "`open", "[ref]", "[ref][r]", "[]", "![img](i.png)",
            "[t](a.md \"title\")", "[t](<a b.md>)", "[t]( a.md )", "[t](javascript:x)", "[t](www.x.com)", "[t]()",
            "[[nested](a.md)](b.md)", "~~strike~~", "~", "[^1]", "{{ macro }}", "{#id}", "*[HTML]", "\u00a0", "\t",
            "a  \nb", "a\\\nb", "[t](a.md)x", "[t] (a.md)", "!", "[x](a.md", "*`a*`", "`a*`b*", "[a *b](a.md) c*",
            "\u0001", "\u200b", "a*b", "*a*b", "a*b*", "**a**b", "a**b**", "é*x*", "x*é*"};

        static String page(Random r) {
            StringBuilder s = new StringBuilder();
            if (r.nextInt(20) == 0) return r.nextBoolean() ? "" : "\n\n";
            if (r.nextInt(3) == 0) s.append("# ").append(inline(r, 4)).append("\n\n");
            for (int blocks = 1 + r.nextInt(7); blocks > 0; blocks--) {
                block(r, s);
                s.append(r.nextInt(15) == 0 ? "\n" : "\n\n");
            }
            String out = s.toString();
            if (r.nextInt(40) == 0) out = out.replace("\n", "\r\n");
            if (r.nextInt(20) == 0) out = out.strip();
            return out;
        }

        private static void block(Random r, StringBuilder s) {
            switch (r.nextInt(24)) {
                case 0, 1, 2, 3, 4, 5 -> {
                    for (int lines = 1 + r.nextInt(3); lines > 0; lines--) {
                        s.append(inline(r, 12)).append(trailing(r)).append(lines > 1 ? "\n" : "");
                    }
                }
                case 6, 7, 8 -> s.append("#".repeat(1 + r.nextInt(r.nextInt(10) == 0 ? 7 : 6))).append(' ').append(inline(r, 5))
                        .append(r.nextInt(15) == 0 ? " ##" : "").append(trailing(r));
                case 9, 10, 11 -> list(r, s);
                case 12, 13 -> table(r, s);
                case 14, 15, 16 -> fence(r, s);
                case 17, 18 -> {
                    for (int lines = 1 + r.nextInt(3); lines > 0; lines--) {
                        s.append(r.nextInt(12) == 0 ? "" : "> ").append(inline(r, 8)).append(lines > 1 ? "\n" : "");
                    }
                }
                case 19, 20 -> s.append(pick(r, new String[] {"Setext\n===", "Setext\n---", "Setext\n=", "Setext\n==", "Setext\n-",
                    "text\n> quote", "text\n1. one", "text\n2. two", "text\n| a |", "- a\nlazy", "1. a\n3. b", "10. ten", "0. zero",
                    "003. x", "- a\n+ b", "- a\n\n* b", "1. a\n\n- b", "- a\n\n1. b", "+ plus", "* star", "> a\n\n> b", "#\tx", "---", "***", "    indented code",
                    "<div>html</div>", "[r]: https://example.com", "Term\n: definition", "- [ ] task", "- [x] done",
                    "!!! note\n    callout", "  lead spaces", "trailing  ", "text\n```\nfence\n```", "text\n# heading",
                    "text\n- item", "| a |\n|---|", "1. one\n1. two\n\n   more", "- a\n\n- b", "- a\n  - nested", "> a\n>\n> b",
                    "> > nested", "~~~\nx\n~~~", "````\nx\n````", "```\nunclosed", "```quiz\nq: x\n```", "```bash title\nls\n```"}));
                default -> s.append(inline(r, 10));
            }
        }

        private static void list(Random r, StringBuilder s) {
            boolean ordered = r.nextBoolean();
            String bullet = pick(r, new String[] {"-", "-", "*", "+"});
            int start = r.nextInt(5) == 0 ? r.nextInt(12) : 1;
            for (int i = 0, items = 1 + r.nextInt(5); i < items; i++) {
                if (r.nextInt(25) == 0) s.append("\n");
                String marker = ordered ? (start + i) + (r.nextInt(30) == 0 ? ")" : ".") : r.nextInt(30) == 0 ? "*" : bullet;
                s.append(marker).append(' ').append(inline(r, 6)).append(trailing(r)).append('\n');
                // the item's text goes on, indented by the marker's width (or one space more or less)
                for (int more = r.nextInt(6) == 0 ? 1 + r.nextInt(2) : 0; more > 0; more--) {
                    int indent = marker.length() + 1 + (r.nextInt(15) == 0 ? r.nextInt(3) - 1 : 0);
                    s.append(" ".repeat(indent)).append(r.nextInt(20) == 0 ? "- " : "").append(inline(r, 4)).append('\n');
                }
                if (r.nextInt(30) == 0) s.append("  ").append(r.nextBoolean() ? "- " : "").append(inline(r, 3)).append('\n');
            }
            s.setLength(s.length() - 1);
        }

        private static void table(Random r, StringBuilder s) {
            int columns = 1 + r.nextInt(4);
            row(r, s, columns + (r.nextInt(20) == 0 ? 1 : 0));
            s.append('|');
            for (int c = 0; c < columns; c++) {
                s.append(r.nextInt(12) == 0 ? pick(r, new String[] {":-", "-:", "--", "::", "-", ":-:", ":--", "--:"})
                        : pick(r, new String[] {" --- ", "---", ":---", "---:", ":---:", "----"})).append('|');
            }
            s.append('\n');
            for (int rows = r.nextInt(4); rows > 0; rows--) row(r, s, columns + (r.nextInt(25) == 0 ? -1 : 0));
            s.setLength(s.length() - 1);
        }

        private static void row(Random r, StringBuilder s, int columns) {
            s.append('|');
            for (int c = 0; c < columns; c++) {
                String cell = r.nextInt(15) == 0 ? "" : inline(r, 3);
                s.append(r.nextBoolean() ? " " + cell + " " : cell).append('|');
            }
            s.append('\n');
        }

        private static void fence(Random r, StringBuilder s) {
            s.append("```").append(pick(r, new String[] {"", "bash", "java", "python", "yaml", "nginx", "text", "c++", "x-y"})).append('\n');
            for (int lines = r.nextInt(5); lines > 0; lines--) {
                s.append(pick(r, new String[] {"ls -l", "  indented", "a < b && c > \"d\"", "", "# comment", "x = 'y'", "\\escaped",
                    "&amp;", "trailing  ", "    four", "<b>", "``` not a fence", "é 日本"})).append('\n');
            }
            if (r.nextInt(30) != 0) s.append("```");
        }

        private static String inline(Random r, int words) {
            StringBuilder s = new StringBuilder();
            for (int n = 1 + r.nextInt(words); n > 0; n--) {
                int k = s.isEmpty() && r.nextInt(10) != 0 ? 0 : r.nextInt(100);
                s.append(k == 0 ? pick(r, START) : k < 80 ? pick(r, WORDS) : k < 98 ? pick(r, MARKUP) : pick(r, ODD));
                if (n > 1) s.append(r.nextInt(25) == 0 ? "" : r.nextInt(40) == 0 ? "\n" : " ");
            }
            return s.toString();
        }

        /** Mostly nothing; else one space (dropped), two (a hard break) or a tab at a line's end. */
        private static String trailing(Random r) {
            int k = r.nextInt(40);
            return k < 3 ? " " : k == 3 ? "  " : k == 4 ? "\t" : "";
        }

        private static String pick(Random r, String[] from) {
            return from[r.nextInt(from.length)];
        }
    }
}

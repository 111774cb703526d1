package dev.lectern.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Node;
import dev.lectern.blocks.BlockKinds;
import dev.lectern.highlight.Highlighter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The renderer parses a text without the autolink and callout extensions when the text cannot use
 * them; the document must be the one the parser with every extension gives.
 */
class ParserChoiceTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer(BlockKinds.builtIn(), false, new Highlighter(), dev.lectern.render.Templates.builtIn().partials());

    // Checks the course, the fixture sites and tricky texts parse to the same tree with the chosen parser as with the full one.
    @Test
    void sameDocumentAsTheFullParser() throws IOException {
        List<String> texts = texts();
        int faster = 0;
        for (String raw : texts) {
            String text = GitHubCallouts.rewrite(raw);
            if (markdown.parsed(text).parser() != markdown.fullParser(text)) faster++;
            assertThat(tree(markdown.parse(text))).as(raw).isEqualTo(tree(markdown.fullParser(text).parse(text)));
        }
        assertThat(texts).hasSizeGreaterThan(30);
        assertThat(faster).as("texts parsed without an extension").isGreaterThan(5);
    }

    // Checks that Lectern's inline parser (SliceInlineParser: match bounds without copying the paragraph) gives the tree
    // flexmark's own inline parser gives, with the same extensions, for the same texts and for links, references and code spans.
    @Test
    void sameDocumentAsFlexmarksInlineParser() throws IOException {
        List<String> texts = texts();
        texts.addAll(List.of("[a](<b c> \"t\") [d](e 'f') [g](h (i)) ![j](k)\n", "[x]\n\n[x]: /u \"title\"\n[y]: <v w>\n",
                "[Foo *bar*]:\n  /url\n  'title'\n\n[foo *bar*]\n", "`` a ` b `` and ` c ` and `d\ne`", "<a href=\"x\">y</a> <!-- c -->",
                "*[HTML]: Hyper Text\n\nHTML here", "a {#id .cls} b\n\n## H {: #h }\n", "[![i](a.png)](b) [c][] [d] [e][f]\n\n[c]: /c\n[f]: /f\n",
                "x\n[ref]:   \n  /no\n", "> [q](r)\n> [s]: /t\n\n[s]\n", "- [l](m \"n\n o\")\n  [p]\n\n  [p]: /p\n"));
        int differ = 0;
        for (String raw : texts) {
            String text = GitHubCallouts.rewrite(raw);
            com.vladsch.flexmark.parser.Parser lectern = markdown.fullParser(text);
            com.vladsch.flexmark.parser.Parser flexmark = com.vladsch.flexmark.parser.Parser.builder(lectern.getOptions()).build();
            assertThat(tree(lectern.parse(text))).as(raw).isEqualTo(tree(flexmark.parse(text)));
            if (!tree(lectern.parse(text)).equals(tree(com.vladsch.flexmark.parser.Parser.builder().build().parse(text)))) differ++;
        }
        assertThat(differ).as("texts the extensions parse differently (the comparison sees the options)").isGreaterThan(5);
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "plain text with no links", "see www.example.com today", "WwW.Example.com", "mail me@example.org",
                "user&commat;example.com", "https&colon;//x.com", "http&#58;//x.com", "Q&A and R&amp;D",
                "!!! note \"Title\"\n    body\n", "???+ tip\n    folded\n", "> [!WARNING]\n> careful\n",
                "- item https://example.com/a\n- [x] done\n", "term\n: definition with ftp://x.org\n",
                "a[^1]\n\n[^1]: note www.x.org\n", "| a | b |\n|---|---|\n| 1 | me@x.y |\n",
                "[a](https://x.com) and <https://y.com> and [r]\n\n[r]: https://www.r.com\n", "x](https://z.com)",
                "http\\://x.com", "www\\.x.com", "me\\@x.com", "[see https://in.text](https://dest.com)",
                "![img](https://img.example/a.png \"www.title.com\")", "`code https://x.com` and ```\nhttps://fence\n```\n", "    https://indented\n",
                "<div>https://html.block</div>\n", "a <span title=\"https://inl\">b</span> www.after.org",
                "`a` https://between.org `b`", "``x`` me@mail.org"));
        for (Path root : List.of(Path.of("content"), Path.of("src/test/resources/sites"))) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) texts.add(Files.readString(f));
            }
        }
        return texts;
    }

    // Checks that each syntax, when present, is parsed with its extension, and that a link destination alone needs no autolinking.
    @Test
    void syntaxPresentMeansItsExtensionIsUsed() {
        assertThat(html("see www.example.com")).contains("<a href=\"http://www.example.com\"");
        assertThat(html("user&commat;example.com")).contains("mailto:");
        assertThat(html("!!! note\n    body\n")).contains("AdmonitionBlock");
        // a URL that is only a link's destination needs no autolinking
        assertThat(markdown.parsed("[a](https://x.com)").parser()).isNotSameAs(markdown.fullParser(""));
        assertThat(markdown.parsed("run `curl https://x.com`\n\n```\nme@x.org\n```\n").parser()).isNotSameAs(markdown.fullParser(""));
    }

    private String tree(Node doc) {
        StringBuilder out = new StringBuilder();
        dump(doc, 0, out);
        return out.toString();
    }

    private void dump(Node n, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(n.getClass().getSimpleName()).append('[')
                .append(n.getStartOffset()).append(',').append(n.getEndOffset()).append("] ")
                .append(n.getChars()).append('\n');
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) dump(c, depth + 1, out);
    }

    private String html(String text) {
        Node doc = markdown.parse(text);
        return tree(doc) + com.vladsch.flexmark.html.HtmlRenderer.builder().build().render(doc);
    }
}

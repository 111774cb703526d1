package dev.lectern.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Chars#render}: text nodes written as flexmark's own renderer writes them, with and without its short cut. */
class PlainTextRenderTest {
    /** Renders every text node through {@link Chars#render}, as Lectern's node renderer does. */
    private static final class ThroughChars implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {}

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> (NodeRenderer) () -> Set.of(
                    new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Text.class,
                            (node, context, html) -> Chars.render(node, PageState.of(context.getDocument()), context, html))));
        }
    }

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer stock = HtmlRenderer.builder().build();
    private final HtmlRenderer lectern = HtmlRenderer.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(new ThroughChars()))).build();

    @Test
    void sameHtmlAsFlexmarkOnRandomText() {
        Random random = new Random(7);
        String alphabet = "ab  \n\\&<>\"\r*_`#é;\0[]()!";
        int plain = 0;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            if (random.nextBoolean()) s.append(" &amp; &#39; &copy; \\* x");
            Document doc = parser.parse(s.toString());
            assertEquals(stock.render(doc), lectern.render(doc), s.toString());
            if (Chars.isPlain(s.toString())) plain++;
        }
        assertTrue(plain > 100, "texts that take the short cut: " + plain);
    }

    // Checks that text written apart (a mark in its place, put back by TextRecorder.strip) gives flexmark's own HTML:
    // long texts with spaces at their ends, tabs, hard and soft breaks, in paragraphs, lists, quotes, tables, headings.
    @Test
    void textWrittenApartGivesTheSameHtml() {
        Random random = new Random(21);
        String[] words = {"word", "other", "longer words here", "and a sentence of some length", "x y z w v u t s r q p", " ", "  ", "\t", "\n", "  \n", "*em*", "**strong**", "`code`",
                "[link](u)", "é", "&", "\\*", "<b>", "\n\n", "\n- ", "\n> ", "\n# ", "\n| a | b |\n|---|---|\n| ", "\n    "};
        int apart = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder s = new StringBuilder(random.nextBoolean() ? "" : "- ");
            for (int i = random.nextInt(40); i > 0; i--) s.append(words[random.nextInt(words.length)]);
            Document doc = parser.parse(s.toString());
            PageState state = new PageState(null, null, null, null, null, null, null, null);
            state.record = true;
            PageState.KEY.set(doc, state);
            String marked = lectern.render(doc);
            String html = TextRecorder.strip(marked, state.nonce, List.of(), List.of(), state.textsWritten, state.textsLength).html();
            assertEquals(stock.render(doc), html, s.toString());
            apart += state.textsWritten.size();
        }
        assertTrue(apart > 1_000, "texts written apart: " + apart);
    }

    @Test
    void onlyTextWithoutEscapesTakesTheShortCut() {
        assertTrue(Chars.isPlain("plain words, with é and U+FFFD \uFFFD"));
        for (String s : List.of("a\\b", "a&b", "a<b", "a>b", "a\"b", "a\rb")) assertEquals(false, Chars.isPlain(s), s);
    }
}

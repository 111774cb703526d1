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
                    new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Text.class, Chars::render)));
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

    @Test
    void onlyTextWithoutEscapesTakesTheShortCut() {
        assertTrue(Chars.isPlain("plain words, with é and U+FFFD \uFFFD"));
        for (String s : List.of("a\\b", "a&b", "a<b", "a>b", "a\"b", "a\rb")) assertEquals(false, Chars.isPlain(s), s);
    }
}

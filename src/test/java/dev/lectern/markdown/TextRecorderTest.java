package dev.lectern.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TextRecorder}'s own rules: the marks written into the HTML come out again whole, the runs they
 * show are joined only across plain text, and a run's text is its HTML unescaped as the glossary reads it.
 */
class TextRecorderTest {
    private static final String NONCE = "qwertyuiopas";
    private static final String OPEN = TextRecorder.mark(NONCE, TextRecorder.OPEN);
    private static final String CLOSE = TextRecorder.mark(NONCE, TextRecorder.CLOSE);
    private static final String HEADING = TextRecorder.mark(NONCE, TextRecorder.HEADING);
    private static final String HEADING_END = TextRecorder.mark(NONCE, TextRecorder.HEADING_END);

    private static List<String> texts(TextRecorder.Stripped s) {
        List<String> out = new ArrayList<>();
        for (PageText.Run r : s.runs()) {
            // a run's text is the HTML between its offsets, unescaped
            assertThat(r.text()).isEqualTo(TextRecorder.unescape(s.html(), r.start(), r.end()));
            out.add(s.html().substring(r.start(), r.end()));
        }
        return out;
    }

    // Checks the marks leave the HTML as it would be without them, and runs are joined across text only (not across a tag or an entity); an empty run is no run.
    @Test
    void marksComeOutAndRunsJoinAcrossTextOnly() {
        String marked = OPEN + "ab" + CLOSE + " [x] " + OPEN + "cd" + CLOSE + "<em>" + OPEN + "ef" + CLOSE + "</em>"
                + OPEN + "g&amp;h" + CLOSE + "&amp;" + OPEN + "ij" + CLOSE + "<p>" + OPEN + CLOSE + "</p>";
        TextRecorder.Stripped s = TextRecorder.strip(marked, NONCE, List.of());
        assertThat(s.html()).isEqualTo("ab [x] cd<em>ef</em>g&amp;h&amp;ij<p></p>");
        assertThat(texts(s)).containsExactly("ab [x] cd", "ef", "g&amp;h", "ij");
        assertThat(s.runs()).extracting(PageText.Run::text).containsExactly("ab [x] cd", "ef", "g&h", "ij");
        assertThat(s.runs().get(0).start()).isZero();
    }

    // Checks heading marks give each heading its span, in the order the headings were rendered, also one at the very start.
    @Test
    void headingSpans() {
        String marked = HEADING + "<h2 id=\"a\">A</h2>" + HEADING_END + "<p>x</p>" + HEADING + "<h3 id=\"b\">B</h3>" + HEADING_END;
        TextRecorder.Stripped s = TextRecorder.strip(marked, NONCE,
                List.of(new PageText.HeadingSpan("a", 2, 0, 0), new PageText.HeadingSpan("b", 3, 0, 0)));
        assertThat(s.html()).isEqualTo("<h2 id=\"a\">A</h2><p>x</p><h3 id=\"b\">B</h3>");
        assertThat(s.spans()).containsExactly(new PageText.HeadingSpan("a", 2, 0, 17),
                new PageText.HeadingSpan("b", 3, 25, 42));
    }

    // Checks a U+0001 of the page's own, also one followed by as many letters as a nonce at the very end, is text.
    @Test
    void pageTextThatLooksLikeAMarkIsText() {
        String own = "a\u0001b \u0001" + "zzzzzzzzzzzzo and \u0001" + NONCE;
        TextRecorder.Stripped s = TextRecorder.strip(own, NONCE, List.of());
        assertThat(s.html()).isEqualTo(own);
        assertThat(s.runs()).isEmpty();
    }

    // Checks marks that do not pair up are an internal error, never silently wrong offsets (each case with a mark at offset 0).
    @Test
    void unpairedMarksAreAnError() {
        assertThatThrownBy(() -> TextRecorder.strip(OPEN + OPEN + "x" + CLOSE, NONCE, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessage("text mark opened twice at 0");
        assertThatThrownBy(() -> TextRecorder.strip(CLOSE + "x", NONCE, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessage("text mark closed before it opened at 0");
        assertThatThrownBy(() -> TextRecorder.strip(OPEN + "x", NONCE, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessage("text, heading or edit marks do not pair up");
        assertThatThrownBy(() -> TextRecorder.strip(HEADING + "<h2>x</h2>", NONCE, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessage("text, heading or edit marks do not pair up");
        assertThatThrownBy(() -> TextRecorder.strip(HEADING + "<h2>x</h2>" + HEADING_END, NONCE, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessage("heading mark closed before it opened at 10");
        assertThatThrownBy(() -> TextRecorder.strip("<h2>x</h2>" + HEADING_END, NONCE,
                List.of(new PageText.HeadingSpan("x", 2, 0, 0))))
                .isInstanceOf(IllegalStateException.class).hasMessage("heading mark closed before it opened at 10");
        assertThatThrownBy(() -> TextRecorder.strip(TextRecorder.mark(NONCE, 'z'), NONCE, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessage("unknown mark z at 0");
    }

    // Checks the five escapes flexmark writes and numeric references are decoded; anything else after & stays as written.
    @Test
    void unescapeDecodesEscapesAndNumericReferences() {
        assertThat(unescaped("&amp;&lt;&gt;&quot;&#39;")).isEqualTo("&<>\"'");
        assertThat(unescaped("&#65;&#x42;&#X43;&#5;")).isEqualTo("ABC\u0005");
        assertThat(unescaped("&copy; &#; &#0; &#xZZ; &#1114112; &; & x")).isEqualTo("&copy; &#; &#0; &#xZZ; &#1114112; &; & x");
        assertThat(unescaped("plain words")).isEqualTo("plain words");
        assertThat(unescaped("&#x1F600;")).isEqualTo("\uD83D\uDE00");
    }

    private static String unescaped(String html) {
        return PageText.Run.of(html, 0, html.length()).text();
    }

    // Checks a run is read from its start to its end only: an escape cut by the run's end stays as written, text after the run is not read.
    @Test
    void unescapeReadsTheRunOnly() {
        assertThat(TextRecorder.unescape("&amp;y", 0, 5)).isEqualTo("&");
        assertThat(TextRecorder.unescape("x&amp;", 1, 5)).isEqualTo("&amp");
        assertThat(TextRecorder.unescape("&amp;", 0, 4)).isEqualTo("&amp");
        assertThat(TextRecorder.unescape("ab&lt;cd", 2, 6)).isEqualTo("<");
        assertThat(PageText.Run.of("a <b> c", 0, 2).text()).isEqualTo("a ");
    }

    // Checks where each character of a run's text lies in the HTML, an escape counting as one character.
    @Test
    void htmlOffsetOfEachCharacter() {
        String html = "a&amp;b&#x42;";
        PageText.Run run = PageText.Run.of(html, 0, html.length());
        assertThat(run.text()).isEqualTo("a&bB");
        assertThat(List.of(run.htmlOffset(html, 0), run.htmlOffset(html, 1), run.htmlOffset(html, 2),
                run.htmlOffset(html, 3), run.htmlOffset(html, 4))).containsExactly(0, 1, 6, 7, 13);
        // an escape cut by the run's end is characters as written
        PageText.Run cut = PageText.Run.of("&amp;", 0, 4);
        assertThat(cut.htmlOffset("&amp;", 4)).isEqualTo(4);
    }

    // Checks a nonce is twelve Latin letters (so the marked HTML stays Latin-1) and differs from page to page.
    @Test
    void noncesAreRandomLetters() {
        List<String> nonces = new ArrayList<>();
        for (int i = 0; i < 5; i++) nonces.add(TextRecorder.nonce());
        assertThat(nonces).allMatch(n -> n.matches("[a-z]{12}"));
        assertThat(nonces).doesNotHaveDuplicates();
    }
}

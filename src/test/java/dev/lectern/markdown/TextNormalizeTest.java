package dev.lectern.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link TextRecorder#normalize} and {@link Chars#of}, held to plain definitions on fixed and random text. */
class TextNormalizeTest {
    /** Whitespace collapsed as a browser shows textContent: the definition, a character at a time. */
    private static String collapsed(String s) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : s.toCharArray()) {
            if (" \t\n\r\f\u000B\u00A0".indexOf(c) >= 0) {
                space = out.length() > 0;
            } else if (c != '\u200B' && c != '\u00AD') {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void collapsesWhitespaceAndDropsInvisibleCharacters() {
        assertEquals("a b c", TextRecorder.normalize(new StringBuilder("  a \t\n b\u00A0\u00A0c \n")));
        assertEquals("ab é€", TextRecorder.normalize("a\u200Bb\u00AD \u00A0é€ "));
        assertEquals("", TextRecorder.normalize(new StringBuilder(" \u200B\n")));
    }

    @Test
    void agreesWithTheDefinitionOnRandomText() {
        Random random = new Random(4);
        String alphabet = "ab \t\n\r\f\u000B\u00A0\u200B\u00ADé€\0";
        for (int round = 0; round < 5_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = s.toString();
            assertEquals(collapsed(text), TextRecorder.normalize(s), text);
            assertEquals(collapsed(text), TextRecorder.normalize(text), text);
        }
    }

    @Test
    void normalizedPiecesJoinedAreTheWholeNormalized() {
        Random random = new Random(5);
        String alphabet = "ab \n\u00A0\u200Bé";
        for (int round = 0; round < 3_000; round++) {
            StringBuilder whole = new StringBuilder();
            StringBuilder joined = new StringBuilder();
            for (int p = random.nextInt(6); p > 0; p--) {
                StringBuilder piece = new StringBuilder();
                for (int i = random.nextInt(8); i > 0; i--) piece.append(alphabet.charAt(random.nextInt(alphabet.length())));
                whole.append(piece).append(' ');
                TextRecorder.join(joined, TextRecorder.normalize(piece));
            }
            assertEquals(TextRecorder.normalize(whole), joined.toString(), whole.toString());
        }
    }

    @Test
    void charsOfASliceAreItsTextWithNulReadAsFlexmarkReadsIt() {
        BasedSequence doc = BasedSequence.of("one two\0three");
        Random random = new Random(9);
        for (int round = 0; round < 2_000; round++) {
            int a = random.nextInt(doc.length() + 1);
            int b = a + random.nextInt(doc.length() - a + 1);
            BasedSequence slice = doc.subSequence(a, b);
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < slice.length(); i++) expected.append(slice.charAt(i));
            assertEquals(expected.toString(), Chars.of(slice));
        }
        assertEquals("two\uFFFDthree", Chars.of(doc.subSequence(4, doc.length())));
        // not one slice: a sequence of segments, read as flexmark reads it
        BasedSequence joined = BasedSequence.of("x").append(doc.subSequence(0, 3)).toMapped(c -> c);
        assertEquals(joined.toString(), Chars.of(joined));
    }
}

package dev.lectern.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SourceText#decode}: valid UTF-8 as the JDK's strict decoder reads it; any other byte an error at its place. */
class SourceTextTest {
    /** The strict decoder's text, or null where it finds a malformed or unmappable sequence. */
    private static String strict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Test
    void aWrittenReplacementCharacterIsText() throws SourceText.InvalidUtf8 {
        assertEquals("a \uFFFD b é", SourceText.decode("a \uFFFD b é".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void badBytesAreErrorsAtTheirLineAndColumn() {
        byte[][] bad = {
            {'a', '\n', 'b', (byte) 0xE9, 'c'},               // Latin-1 é
            {'a', '\n', '\n', 'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
            {'a', '\n', 'b', (byte) 0xC0, (byte) 0x80},       // overlong NUL
            {'a', '\n', 'b', (byte) 0xE2, (byte) 0x82},       // cut short at the end
        };
        int[][] at = {{2, 2}, {3, 2}, {2, 2}, {2, 2}};
        for (int i = 0; i < bad.length; i++) {
            byte[] b = bad[i];
            SourceText.InvalidUtf8 e = assertThrows(SourceText.InvalidUtf8.class, () -> SourceText.decode(b));
            assertEquals(at[i][0], e.line(), "line of case " + i);
            assertEquals(at[i][1], e.column(), "column of case " + i);
        }
    }

    @Test
    void agreesWithTheStrictDecoderOnRandomBytes() {
        Random random = new Random(21);
        String sample = "plain ascii é ß € \uFFFD 😀 \u0000\n";
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes;
            if (random.nextBoolean()) {
                bytes = new byte[random.nextInt(12)];
                random.nextBytes(bytes);
            } else {
                StringBuilder s = new StringBuilder();
                for (int i = random.nextInt(10); i > 0; i--) s.appendCodePoint(sample.codePointAt(sample.offsetByCodePoints(0, random.nextInt(sample.codePointCount(0, sample.length())))));
                bytes = s.toString().getBytes(StandardCharsets.UTF_8);
                if (bytes.length > 0 && random.nextInt(4) == 0) bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            }
            String expected = strict(bytes);
            byte[] b = bytes;
            if (expected == null) {
                assertThrows(SourceText.InvalidUtf8.class, () -> SourceText.decode(b), () -> java.util.Arrays.toString(b));
            } else {
                try {
                    assertEquals(expected, SourceText.decode(b), () -> java.util.Arrays.toString(b));
                } catch (SourceText.InvalidUtf8 e) {
                    throw new AssertionError("valid bytes refused: " + java.util.Arrays.toString(b), e);
                }
            }
        }
    }
}

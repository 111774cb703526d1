package dev.lectern.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the author's text files (pages, {@code site.yaml}, {@code glossary.yaml}) as UTF-8, strictly. */
public final class SourceText {
    private SourceText() {}

    /** A file that is not UTF-8, with the 1-based line and column (in characters) of its first bad byte. */
    public static final class InvalidUtf8 extends IOException {
        private final int line;
        private final int column;

        InvalidUtf8(int line, int column, int badByte) {
            super(String.format("invalid UTF-8: byte 0x%02X cannot start or continue a character here; "
                    + "save the file as UTF-8", badByte));
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    static String decode(byte[] bytes) throws InvalidUtf8 {
        // The JDK's lenient decoding (one pass, compact strings) replaces every malformed sequence with
        // U+FFFD: without one in the result the bytes were valid UTF-8. Only a file that holds U+FFFD
        // (written, or from a bad byte) is decoded again strictly, to tell which and where.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) return lenient;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) r = decoder.flush(out);
        if (r.isError()) throw at(bytes, in.position());
        return out.flip().toString();
    }

    private static InvalidUtf8 at(byte[] bytes, int bad) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // The bytes before the bad one on its line are valid: their characters give the column.
        int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
        return new InvalidUtf8(line, column, bytes[bad] & 0xff);
    }
}

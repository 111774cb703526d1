package dev.lectern.util;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.Map;

/**
 * JSON as Jackson writes it, safe inside an HTML {@code <script>} element: besides Jackson's standard
 * escapes (quote, backslash, control characters), {@code <}, {@code >} and {@code &} are written
 * {@code \u003c}, {@code \u003e}, {@code \u0026} (so {@code </script>} or {@code <!--} in a string
 * cannot end or confuse the element; outside strings JSON has none of them), and U+2028 and U+2029
 * as escapes.
 *
 * <p>Plain values (strings, numbers, booleans, null, lists and maps of them: all a build writes) are
 * written here, byte for byte as Jackson writes them; Jackson's {@code ObjectMapper} is set up only for
 * anything else. Its set-up and first use is cold code that cost a small build about a tenth of its CPU
 * time (docs/performance.md, "Start-up and small sites").
 */
public final class Json {
    private Json() {}

    /** {@code value} (a string, number, boolean, list, map or record) as JSON, safe inside a script element. */
    public static String write(Object value) {
        StringBuilder b = new StringBuilder();
        if (plain(b, value, true)) return b.toString();
        try {
            return Mappers.SCRIPT_SAFE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code value} as JSON with Jackson's default escapes only (as {@code new ObjectMapper()} writes it). */
    public static String standard(Object value) {
        StringBuilder b = new StringBuilder();
        if (plain(b, value, false)) return b.toString();
        try {
            return Mappers.STANDARD.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Jackson's mappers, made on first use (class initialisation is lazy and thread-safe). */
    private static final class Mappers {
        static final ObjectMapper SCRIPT_SAFE = new ObjectMapper(new JsonFactoryBuilder()
                .characterEscapes(new ScriptSafe()).build());
        static final ObjectMapper STANDARD = new ObjectMapper();
    }

    /** Appends {@code value} if it is made of plain values only; false (and {@code b} in any state) otherwise. */
    private static boolean plain(StringBuilder b, Object value, boolean scriptSafe) {
        if (value == null) {
            b.append("null");
        } else if (value instanceof String s) {
            string(b, s, scriptSafe);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte) {
            b.append(value);
        } else if (value instanceof Double d) {
            // Jackson quotes NaN and the infinities (as Double.toString spells them): JSON has no such numbers.
            if (d.isNaN() || d.isInfinite()) b.append('"').append(d).append('"');
            else b.append(Double.toString(d));
        } else if (value instanceof Float f) {
            if (f.isNaN() || f.isInfinite()) b.append('"').append(f).append('"');
            else b.append(Float.toString(f));
        } else if (value instanceof Collection<?> c) {
            b.append('[');
            boolean first = true;
            for (Object o : c) {
                if (!first) b.append(',');
                first = false;
                if (!plain(b, o, scriptSafe)) return false;
            }
            b.append(']');
        } else if (value instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String k)) return false;
                if (!first) b.append(',');
                first = false;
                string(b, k, scriptSafe);
                b.append(':');
                if (!plain(b, e.getValue(), scriptSafe)) return false;
            }
            b.append('}');
        } else {
            return false;
        }
        return true;
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final char[] HEX_LOWER = "0123456789abcdef".toCharArray();

    /** A JSON string: Jackson's escapes, and with {@code scriptSafe} those of {@link ScriptSafe}. */
    private static void string(StringBuilder b, String s, boolean scriptSafe) {
        b.append('"');
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\'
                    && (!scriptSafe || (c != '<' && c != '>' && c != '&' && c != '\u2028' && c != '\u2029'))) {
                continue;
            }
            b.append(s, from, i);
            from = i + 1;
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\f' -> b.append("\\f");
                case '\r' -> b.append("\\r");
                // ScriptSafe's sequences are lower-case hexadecimal, Jackson's own upper-case.
                case '<', '>', '&', '\u2028', '\u2029' -> b.append("\\u").append(HEX_LOWER[c >> 12])
                        .append(HEX_LOWER[(c >> 8) & 15]).append(HEX_LOWER[(c >> 4) & 15]).append(HEX_LOWER[c & 15]);
                default -> b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        b.append(s, from, n).append('"');
    }

    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptSafe() {
            for (char c : new char[] {'<', '>', '&'}) ascii[c] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<', '>', '&', '\u2028', '\u2029' -> new SerializedString(String.format("\\u%04x", ch));
                default -> null;
            };
        }
    }
}

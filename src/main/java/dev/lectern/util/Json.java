package dev.lectern.util;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON written by Jackson, safe inside an HTML {@code <script>} element: besides Jackson's standard
 * escapes (quote, backslash, control characters), {@code <}, {@code >} and {@code &} are written
 * {@code \u003c}, {@code \u003e}, {@code \u0026} (so {@code </script>} or {@code <!--} in a string
 * cannot end or confuse the element; outside strings JSON has none of them), and U+2028 and U+2029
 * as escapes.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactoryBuilder()
            .characterEscapes(new ScriptSafe()).build());

    private Json() {}

    /** {@code value} (a string, number, boolean, list, map or record) as JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
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

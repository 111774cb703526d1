package dev.lectern.util;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Collection;
import java.util.Map;

/**
 * JSON written by Jackson, safe inside an HTML {@code <script>} element: besides Jackson's standard
 * escapes (quote, backslash, control characters), {@code <}, {@code >} and {@code &} are written
 * {@code \u003c}, {@code \u003e}, {@code \u0026} (so {@code </script>} or {@code <!--} in a string
 * cannot end or confuse the element; outside strings JSON has none of them), and U+2028 and U+2029
 * as escapes.
 *
 * <p>Plain values (strings, numbers, booleans, null, lists and maps of them: all a build writes) go
 * through Jackson's streaming {@link JsonGenerator}; Jackson's {@code ObjectMapper}, whose set-up and
 * first use is cold code that cost a small build about a tenth of its CPU time (docs/performance.md,
 * "Start-up and small sites"), is made only for anything else. Both use the same factory, so the bytes
 * are the same either way.
 */
public final class Json {
    private static final JsonFactory SCRIPT_SAFE = new JsonFactoryBuilder().characterEscapes(new ScriptSafe()).build();
    private static final JsonFactory STANDARD = new JsonFactory();

    private Json() {}

    /** {@code value} (a string, number, boolean, list, map or record) as JSON, safe inside a script element. */
    public static String write(Object value) {
        return write(value, SCRIPT_SAFE);
    }

    /** {@code value} as JSON with Jackson's default escapes only (as {@code new ObjectMapper()} writes it). */
    public static String standard(Object value) {
        return write(value, STANDARD);
    }

    private static String write(Object value, JsonFactory factory) {
        try {
            StringWriter out = new StringWriter();
            try (JsonGenerator g = factory.createGenerator(out)) {
                if (plain(g, value)) {
                    g.flush();
                    return out.toString();
                }
            }
            return (factory == SCRIPT_SAFE ? Mappers.SCRIPT_SAFE : Mappers.STANDARD).writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Jackson's mappers, made on first use (class initialisation is lazy and thread-safe). */
    private static final class Mappers {
        static final ObjectMapper SCRIPT_SAFE = new ObjectMapper(Json.SCRIPT_SAFE);
        static final ObjectMapper STANDARD = new ObjectMapper(Json.STANDARD);
    }

    /** Writes {@code value} if it is made of plain values only; false (and {@code g} in any state) otherwise. */
    private static boolean plain(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            g.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Float f) {
            g.writeNumber(f);
        } else if (value instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                if (!plain(g, o)) return false;
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String k)) return false;
                g.writeFieldName(k);
                if (!plain(g, e.getValue())) return false;
            }
            g.writeEndObject();
        } else {
            return false;
        }
        return true;
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

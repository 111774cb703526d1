package dev.lectern.util;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTest {
    // Checks that strings cannot end or confuse the script element they sit in, and read back the same.
    @Test
    void scriptSafeStrings() throws Exception {
        String hostile = "</script><!-- a & b > c\u2028\u2029 \"q\" \\ tab\tline\n";
        String json = Json.write(List.of(hostile));
        assertThat(json).isEqualTo("[\"\\u003c/script\\u003e\\u003c!-- a \\u0026 b \\u003e c\\u2028\\u2029 \\\"q\\\" \\\\ tab\\tline\\n\"]");
        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(new ObjectMapper().readValue(json, List.class)).containsExactly(hostile);
    }

    // Checks the compact form the pages carry: no spaces, keys in insertion order, numbers as written.
    @Test
    void compact() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nodes", List.of(List.of("web", 0, 1, List.of(), List.of(2, 3))));
        m.put("edges", List.of(List.of(0, 1)));
        m.put("tolerance", 0.5);
        assertThat(Json.write(m)).isEqualTo("{\"nodes\":[[\"web\",0,1,[],[2,3]]],\"edges\":[[0,1]],\"tolerance\":0.5}");
    }

    // Checks that the streaming path gives the mapper's bytes, script-safe and standard, for plain values of
    // every kind: random strings of control characters, escapes, markup, U+2028/9, non-ASCII and surrogates,
    // numbers (negative zero, NaN, the infinities, exponents), booleans, nulls, nested lists and maps.
    @Test
    void plainValuesAsJacksonWritesThem() throws Exception {
        ObjectMapper standard = new ObjectMapper();
        ObjectMapper scriptSafe = new ObjectMapper(new JsonFactoryBuilder().characterEscapes(new CharacterEscapes() {
            private final int[] ascii = standardAsciiEscapesForJSON();
            {
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
        }).build());
        Random random = new Random(21);
        for (int i = 0; i < 3000; i++) {
            Object value = value(random, 0);
            assertThat(Json.standard(value)).as("standard %s", value).isEqualTo(standard.writeValueAsString(value));
            assertThat(Json.write(value)).as("script-safe %s", value).isEqualTo(scriptSafe.writeValueAsString(value));
        }
    }

    // Checks that what is not a plain value still goes to Jackson (a record), and reads back.
    @Test
    void recordsGoToJackson() {
        record Point(int x, String label) {}
        assertThat(Json.write(List.of(new Point(1, "<a>")))).isEqualTo("[{\"x\":1,\"label\":\"\\u003ca\\u003e\"}]");
        assertThat(Json.standard(Map.of("p", new Point(2, "b")))).isEqualTo("{\"p\":{\"x\":2,\"label\":\"b\"}}");
    }

    private static final String ALPHABET = "aZ09 <>&/\"\\\b\t\n\f\r\u0000\u0001\u001f\u007f\u0080\u00e9\u2028\u2029\ud83d\ude00\uffff{}[]:,'";

    private static Object value(Random r, int depth) {
        int kind = r.nextInt(depth > 2 ? 9 : 11);
        return switch (kind) {
            case 0, 1, 2 -> {
                StringBuilder b = new StringBuilder();
                for (int n = r.nextInt(12); n > 0; n--) b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                yield b.toString();
            }
            case 3 -> r.nextInt() >> r.nextInt(32);
            case 4 -> r.nextLong();
            case 5 -> new double[] {0.5, -0.0, 1e21, 1.0E-7, 3.0, 123456.789, Double.NaN, Double.NEGATIVE_INFINITY,
                    r.nextDouble() * 1000, r.nextGaussian()}[r.nextInt(10)];
            case 6 -> r.nextBoolean();
            case 7 -> null;
            case 8 -> (float) r.nextGaussian();
            case 9 -> {
                List<Object> l = new ArrayList<>();
                for (int n = r.nextInt(4); n > 0; n--) l.add(value(r, depth + 1));
                yield l;
            }
            default -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int n = r.nextInt(4); n > 0; n--) {
                    Object key = value(r, 3);
                    m.put(key instanceof String s ? s : "k" + n, value(r, depth + 1));
                }
                yield m;
            }
        };
    }
}

package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The search writer's word counter agrees with Lunr's tokenizer in Java ({@link LunrTokens#of}) on any text. */
class LunrCounterTest {
    /** What the counter must give: the non-empty tokens of {@link LunrTokens#of} with their counts, and how many tokens. */
    private static Map<String, Integer> expected(String text) {
        Map<String, Integer> tf = new HashMap<>();
        for (String t : LunrTokens.of(text)) if (!t.isEmpty()) tf.merge(t, 1, Integer::sum);
        return tf;
    }

    private static Map<String, Integer> counted(LunrTokens.Counter.Counts<String> c) {
        Map<String, Integer> tf = new HashMap<>();
        for (int i = 0; i < c.words().length; i++) assertThat(tf.put(c.words()[i], c.counts()[i])).isNull();
        return tf;
    }

    private static void agree(LunrTokens.Counter<String> counter, Map<String, String> known, String text) {
        LunrTokens.Counter.Counts<String> c = counter.count(text);
        assertThat(counted(c)).as(text).isEqualTo(expected(text));
        assertThat(c.length()).as(text).isEqualTo(LunrTokens.of(text).size());
        // each word is the one string of the run
        for (String w : c.words()) assertThat(known.get(w)).isSameAs(w);
    }

    // Checks fixed cases: case, trimming, punctuation-only tokens (counted in the length, no word), stop words,
    // hyphens and Unicode spaces as separators, and text Java lower-cases to another length (U+0130).
    @Test
    void fixedTexts() {
        Map<String, String> known = new ConcurrentHashMap<>();
        LunrTokens.Counter<String> counter = LunrTokens.Counter.ofStrings(known);
        for (String text : List.of("", "   ", "The DNS record, the dns RECORD.", "-- ... ?! a-b c--d", "x</script><b>",
                "caf\u00e9 CAF\u00c9 na\u00efve", "\u0130stanbul \u0130 i\u0307", "\u03a3\u039f\u03a3 \u03c3\u03bf\u03c2",
                "a\u00a0b\u2003c\u3000d\u202fe\u2028f", "(cache) [cache] {cache} \"cache\"", "snake_case __x__ 2fa 100%")) {
            agree(counter, known, text);
        }
        LunrTokens.Counter.Counts<String> c = counter.count("Cache, cache; CACHE the ... x");
        assertThat(counted(c)).isEqualTo(Map.of("cache", 3, "x", 1));
        assertThat(c.length()).isEqualTo(5); // cache cache cache "" x: "the" is a stop word
        assertThat(counter.count(null).length()).isZero();
    }

    // Checks random texts of words, punctuation, separators and non-ASCII letters, enough distinct words to grow
    // the counter's table several times, one counter over many fields as the search writer uses it.
    @Test
    void randomTexts() {
        String[] parts = {"a", "B", "z", "Q", "0", "7", "_", "-", " ", "  ", "\t", "\n", ".", ",", "'", "\"", "<", "/",
                "\u00e9", "\u00c9", "\u0130", "\u03a3", "\u00df", "\u01c5", "\u00a0", "\u2009", "the", "The", "and", "IS"};
        Random random = new Random(21);
        Map<String, String> known = new ConcurrentHashMap<>();
        LunrTokens.Counter<String> counter = LunrTokens.Counter.ofStrings(known);
        for (int field = 0; field < 3000; field++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(field % 100 == 0 ? 4000 : 60);
            for (int i = 0; i < n; i++) text.append(parts[random.nextInt(parts.length)]);
            agree(counter, known, text.toString());
        }
        assertThat(known.size()).isGreaterThan(4000);
    }

    // Checks that a field counted as plain is one the JSON writer writes as it is between quotes, and that every field
    // without a character it may escape is plain; with fields whose first character outside ASCII comes late (the counter
    // then starts again on the lower-cased text), and words of one case and of mixed case.
    @Test
    void plainFieldsAreThoseTheJsonWriterLeavesAlone() {
        String[] parts = {"word", "Word", "WORD", "x", "42", "_", " ", "-", ".", ",", "'", "/", "</", "<", "\\", "\"",
                "\t", "\n", "\r", "\f", "\u000b", "\u0000", "\u001c", "\u007f", "\u2028", "\u2029", "\u00e9",
                "\u0130", "\u212a", "\u2003", "the", "AND"};
        Random random = new Random(7);
        Map<String, String> known = new ConcurrentHashMap<>();
        LunrTokens.Counter<String> counter = LunrTokens.Counter.ofStrings(known);
        int plain = 0;
        for (int field = 0; field < 5000; field++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(80);
            // mostly plain words, the other parts now and then, often only near the end
            int late = random.nextBoolean() ? n - 1 - random.nextInt(3) : -1;
            for (int i = 0; i < n; i++) {
                boolean any = i == late || random.nextInt(field % 3 == 0 ? 4 : 40) == 0;
                text.append(any ? parts[random.nextInt(parts.length)] : parts[random.nextInt(5)]).append(any ? "" : " ");
            }
            String t = text.toString();
            agree(counter, known, t);
            boolean escapable = t.chars().anyMatch(c -> c < 0x20 || c == '"' || c == '\\' || c == '<' || c == 0x2028
                    || c == 0x2029);
            assertThat(counter.count(t).plain()).as(t).isEqualTo(!escapable);
            if (!escapable) {
                plain++;
                assertThat(SearchIndex.string(new StringBuilder(), t).toString()).isEqualTo('"' + t + '"');
            }
        }
        assertThat(plain).isBetween(1000, 4000);
        assertThat(counter.count(null).plain()).isFalse();
        assertThat(counter.count("").plain()).isTrue();
    }
}

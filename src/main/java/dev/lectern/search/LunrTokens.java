package dev.lectern.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first steps of Lunr 2.3.9's indexing pipeline, in Java, so that the index can be split into
 * shards at build time: its tokenizer (lower case, split at whitespace and hyphens), its trimmer
 * (non-word characters off both ends, where "word" is ASCII {@code [A-Za-z0-9_]} as in JavaScript's
 * {@code \W}) and its English stop word filter. The stemmer stays in the browser: the shards hold
 * these tokens, and {@code search.js} feeds them to Lunr, which stems them as it would the text.
 */
final class LunrTokens {
    private LunrTokens() {}

    /** {@code lunr.stopWordFilter}'s words (LunrTokensTest holds this to the copy in the WebJar). */
    static final Set<String> STOP_WORDS = Set.of("a", "able", "about", "across", "after", "all", "almost", "also",
            "am", "among", "an", "and", "any", "are", "as", "at", "be", "because", "been", "but", "by", "can",
            "cannot", "could", "dear", "did", "do", "does", "either", "else", "ever", "every", "for", "from", "get",
            "got", "had", "has", "have", "he", "her", "hers", "him", "his", "how", "however", "i", "if", "in", "into",
            "is", "it", "its", "just", "least", "let", "like", "likely", "may", "me", "might", "most", "must", "my",
            "neither", "no", "nor", "not", "of", "off", "often", "on", "only", "or", "other", "our", "own", "rather",
            "said", "say", "says", "she", "should", "since", "so", "some", "than", "that", "the", "their", "them",
            "then", "there", "these", "they", "this", "tis", "to", "too", "twas", "us", "wants", "was", "we", "were",
            "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "yet", "you",
            "your");

    /**
     * The tokens Lunr indexes for a field, before stemming, in order: stop words left out, empty
     * strings (a token of punctuation only) kept, since Lunr counts them in the field's length.
     */
    static List<String> of(String field) {
        List<String> out = new ArrayList<>();
        if (field == null) return out;
        String s = field.toLowerCase(Locale.ROOT);
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || isSeparator(s.charAt(i))) {
                if (i > start) {
                    String token = trim(s, start, i);
                    if (!STOP_WORDS.contains(token)) out.add(token);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** {@code lunr.tokenizer.separator}, {@code /[\s\-]+/}, for one character: JavaScript's {@code \s} or '-'. */
    static boolean isSeparator(char c) {
        return switch (c) {
            case '-', ' ', '\t', '\n', '\u000b', '\f', '\r', '\u00a0', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f',
                    '\u3000', '\ufeff' -> true;
            default -> c >= '\u2000' && c <= '\u200a';
        };
    }

    private static String trim(String s, int from, int to) {
        while (from < to && !isWordChar(s.charAt(from))) from++;
        while (to > from && !isWordChar(s.charAt(to - 1))) to--;
        return s.substring(from, to);
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * The shard a token belongs to: its first two characters (UTF-16 units, as JavaScript counts),
     * as a file name: {@code [a-z0-9]} as they are, any other character as {@code _} and four hex
     * digits. {@code search.js} computes the same name from what the reader typed.
     */
    static String shardName(String token) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < Math.min(2, token.length()); i++) {
            char c = token.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') name.append(c);
            else name.append('_').append(String.format("%04x", (int) c));
        }
        return name.toString();
    }
}

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

    /**
     * Counts the words of fields as {@link #of} tokenizes them, without a string per token: the characters
     * are read once into a buffer, ASCII lower-cased on the way (other text is lower-cased whole first, as
     * {@code of} does), and each token is looked up by its characters in a table of the tokens this counter
     * has met, which holds the one object of each word (from {@code known}, shared by the counters of a
     * run) or that it is a stop word. One counter per thread.
     *
     * @param <W> what a word is counted as (its string, or an object of the caller's holding it)
     */
    static final class Counter<W> {
        /**
         * A field's distinct words (the objects of {@code known}), how often each occurs, and its length; {@code plain}:
         * the field holds none of the characters JSON or a script escapes (controls, '"', '\\', '&lt;', U+2028/9), so
         * that it is written as a JSON string as it is, between quotes.
         */
        record Counts<W>(W[] words, int[] counts, int length, boolean plain) {}

        private final java.util.Map<String, W> known;
        private final java.util.function.Function<String, W> word;
        private final java.util.function.IntFunction<W[]> array;
        private char[] buf = new char[256];
        // the table: open addressing, linear probing; a slot's token, hash, word (null: a stop word) and count
        private char[][] keys = new char[1024][];
        private int[] hashes = new int[1024];
        private Object[] words = new Object[1024];
        private int[] counts = new int[1024];
        private int[] stamps = new int[1024];
        private int size;
        private int stamp;
        /** The kinds of the characters met by {@link #tokens} other than within a word, or'ed. */
        private int met;
        /** The slots of the field being counted, {@code distinct} of them. */
        private int[] touched = new int[64];
        private int distinct;

        /**
         * @param known every word met so far by the counters of a run, by its string
         * @param word a new word's object, made once per word (the counters' first to meet it wins)
         */
        Counter(java.util.Map<String, W> known, java.util.function.Function<String, W> word,
                java.util.function.IntFunction<W[]> array) {
            this.known = known;
            this.word = word;
            this.array = array;
        }

        /** A counter of strings: each word is the first string met of it. */
        static Counter<String> ofStrings(java.util.Map<String, String> known) {
            return new Counter<>(known, w -> w, String[]::new);
        }

        @SuppressWarnings("unchecked")
        Counts<W> count(String field) {
            int length = 0;
            if (field == null) {
                stamp++;
                distinct = 0;
                met = ESCAPE;
            } else {
                int n = field.length();
                if (buf.length < n) buf = new char[Math.max(n, 2 * buf.length)];
                field.getChars(0, n, buf, 0);
                length = tokens(buf, n, false);
                if (length < 0) { // not ASCII: lower-cased whole first, as {@code of} does (the length may change)
                    String lower = field.toLowerCase(Locale.ROOT);
                    n = lower.length();
                    if (buf.length < n) buf = new char[n];
                    lower.getChars(0, n, buf, 0);
                    length = tokens(buf, n, true);
                }
            }
            W[] w = array.apply(distinct);
            int[] c = new int[distinct];
            for (int i = 0; i < distinct; i++) {
                w[i] = (W) words[touched[i]];
                c[i] = counts[touched[i]];
            }
            return new Counts(w, c, length, (met & ESCAPE) == 0);
        }

        /**
         * Counts the tokens of {@code b[0, n)} afresh, in one pass: ASCII upper case is lower-cased in place, and each
         * token's hash is taken as it is read, from its first word character to its last (the trimmed token).
         * Returns the field's length, or -1 at the first character outside ASCII unless {@code lowered}.
         */
        private int tokens(char[] b, int n, boolean lowered) {
            stamp++;
            distinct = 0;
            int length = 0;
            int kinds = 0;
            int start = 0; // where the token being read starts
            int first = -1; // its first word character, or -1 for none yet
            int end = 0; // after its last word character
            int h = 0;
            int hEnd = 0; // the hash of b[first, end)
            for (int i = 0; i < n; i++) {
                char c = b[i];
                int kind;
                if (c < 128) {
                    kind = KIND[c];
                } else if (!lowered) {
                    return -1;
                } else {
                    kind = c == '\u2028' || c == '\u2029' ? SEPARATOR | ESCAPE : isSeparator(c) ? SEPARATOR : OTHER;
                }
                if (kind == WORD && first >= 0) { // most characters: the rest of a word
                    int j = i;
                    do {
                        h = 31 * h + c;
                    } while (++j < n && (c = b[j]) < 128 && KIND[c] == WORD);
                    end = j;
                    hEnd = h;
                    i = j - 1;
                    continue;
                }
                kinds |= kind;
                if ((kind & SEPARATOR) != 0) {
                    if (i > start) length += token(b, first, end, hEnd);
                    start = i + 1;
                    first = -1;
                } else if ((kind & (WORD | UPPER)) == 0) {
                    if (first >= 0) h = 31 * h + c;
                } else {
                    if (kind == UPPER) b[i] = c = (char) (c + 32);
                    h = first < 0 ? c : 31 * h + c;
                    if (first < 0) first = i;
                    end = i + 1;
                    hEnd = h;
                }
            }
            if (n > start) length += token(b, first, end, hEnd);
            met = kinds;
            return length;
        }

        /**
         * Counts the token whose word characters run over {@code b[first, end)} (hash {@code h}); {@code first} -1:
         * punctuation only. Returns what it adds to the field's length: 1, or 0 for a stop word.
         */
        private int token(char[] b, int first, int end, int h) {
            if (first < 0) return 1; // a token of punctuation only: no word, but Lunr counts it
            int slot = slot(b, first, end, h);
            if (words[slot] == null) return 0;
            if (stamps[slot] != stamp) {
                stamps[slot] = stamp;
                counts[slot] = 0;
                if (distinct == touched.length) touched = java.util.Arrays.copyOf(touched, 2 * distinct);
                touched[distinct++] = slot;
            }
            counts[slot]++;
            return 1;
        }

        /** The slot of the token {@code b[from, to)} of hash {@code h}, added (with its word, or null for a stop word) if new. */
        private int slot(char[] b, int from, int to, int h) {
            int mask = keys.length - 1;
            int len = to - from;
            for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
                char[] k = keys[i];
                if (k == null) {
                    String token = new String(b, from, len);
                    keys[i] = java.util.Arrays.copyOfRange(b, from, to);
                    hashes[i] = h;
                    words[i] = STOP_WORDS.contains(token) ? null : known.computeIfAbsent(token, word);
                    if (++size * 2 > keys.length) return grow(i);
                    return i;
                }
                if (hashes[i] == h && k.length == len && same(k, b, from)) return i;
            }
        }

        /** Whether {@code k} is {@code b[from, from + k.length)}. */
        private static boolean same(char[] k, char[] b, int from) {
            for (int j = 0; j < k.length; j++) if (k[j] != b[from + j]) return false;
            return true;
        }

        /** Doubles the table; returns where slot {@code at} went. */
        private int grow(int at) {
            char[][] oldKeys = keys;
            int[] oldHashes = hashes;
            Object[] oldWords = words;
            int[] oldCounts = counts;
            int[] oldStamps = stamps;
            int cap = 2 * oldKeys.length;
            keys = new char[cap][];
            hashes = new int[cap];
            words = new Object[cap];
            counts = new int[cap];
            stamps = new int[cap];
            int[] moved = new int[oldKeys.length];
            int mask = cap - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] == null) continue;
                int h = oldHashes[j];
                int i = (h ^ (h >>> 16)) & mask;
                while (keys[i] != null) i = (i + 1) & mask;
                keys[i] = oldKeys[j];
                hashes[i] = h;
                words[i] = oldWords[j];
                counts[i] = oldCounts[j];
                stamps[i] = oldStamps[j];
                moved[j] = i;
            }
            // slots touched by the field being counted move with their counts
            for (int t = 0; t < distinct; t++) touched[t] = moved[touched[t]];
            return moved[at];
        }
    }

    /** Kinds of characters, bits: none of these, a character that neither separates nor is a word character */
    private static final int OTHER = 0;
    /** a word character ({@link #isWordChar}) other than an upper-case letter */
    private static final int WORD = 1;
    private static final int UPPER = 2;
    private static final int SEPARATOR = 4;
    /** a character a JSON string or a script may need escaped (a control, '"', '\\', '&lt;'; U+2028/9 outside ASCII) */
    private static final int ESCAPE = 8;
    /** The kind of each ASCII character. */
    private static final byte[] KIND = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            int kind = isSeparator(c) ? SEPARATOR : c >= 'A' && c <= 'Z' ? UPPER : isWordChar(c) ? WORD : OTHER;
            if (c < 0x20 || c == '"' || c == '\\' || c == '<') kind |= ESCAPE;
            KIND[c] = (byte) kind;
        }
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

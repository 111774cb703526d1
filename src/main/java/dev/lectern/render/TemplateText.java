package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The markup of a template's literal text: where its tags and attributes start and end. jte writes a
 * template as literal pieces (its source text between expressions) and the values of expressions; a
 * piece is the same string each time it is written, so it is read once for each state it can be
 * written in and the result kept ({@link #read}). The rules are a browser's, as far as Lectern's
 * templates need: comments, {@code <!...>} and end tags hold no attributes; the text of {@code script},
 * {@code style}, {@code title} and {@code textarea} holds no tags; values may be double-, single- or
 * un-quoted, and their character references are decoded.
 */
final class TemplateText {
    private TemplateText() {}

    enum Mode { TEXT, COMMENT, DECLARATION, RAW_TEXT, TAG_NAME, IN_TAG, ATTRIBUTE_NAME, AFTER_NAME, BEFORE_VALUE, VALUE }

    /**
     * Where a piece starts or ends: the mode, the tag (or the element whose raw text this is, or the part
     * of a tag name read so far), the attribute (or the part of its name read so far), the value's quote.
     */
    record State(Mode mode, String tag, String attribute, char quote) {
        static final State TEXT = new State(Mode.TEXT, null, null, (char) 0);

        // by hand: a record's own equals goes through a method handle, which the quick JIT (C1) leaves slow, and
        // every literal piece of every page asks it (Readings.find)
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof State s && mode == s.mode && quote == s.quote
                    && java.util.Objects.equals(tag, s.tag) && java.util.Objects.equals(attribute, s.attribute);
        }

        @Override
        public int hashCode() {
            return ((mode.hashCode() * 31 + java.util.Objects.hashCode(tag)) * 31 + java.util.Objects.hashCode(attribute))
                    * 31 + quote;
        }
    }

    /** What a piece holds, in order; {@code offset} counts from the piece's start. */
    record Event(Kind kind, String text, int offset) {}

    enum Kind {
        /** A start tag (its lower-case name) begins at {@code offset}. */
        TAG,
        /** An attribute (its lower-case name) begins; its value follows, if any. */
        ATTRIBUTE,
        /** Decoded characters of the attribute's value. */
        VALUE,
        /** The attribute ends. */
        END_ATTRIBUTE,
        /** The start tag ends ({@code >}). */
        CLOSE
    }

    /** A piece read from a state: its events and the state after it. */
    record Reading(List<Event> events, State end) {}

    /** A piece's readings from the states it was written in (almost always one). */
    private record Readings(State start, Reading reading, Readings next) {
        Reading find(State s) {
            for (Readings r = this; r != null; r = r.next) if (r.start == s || r.start.equals(s)) return r.reading;
            return null;
        }
    }

    /**
     * The one object of each state a piece ended in, so that the next piece's readings are found by identity
     * ({@link Readings#find}): a piece written after different pieces (a loop's first and later rounds) would
     * otherwise be given equal states of different pieces. Few, as the pieces are.
     */
    private static final Map<State, State> STATES = new ConcurrentHashMap<>(java.util.Map.of(State.TEXT, State.TEXT));

    /** Pieces of templates are few (their literal text), so they are kept for as long as Lectern runs. */
    private static final Map<String, Readings> READ = new ConcurrentHashMap<>();

    /** A template's literal piece, read once for each state it is written in. */
    static Reading read(String piece, State start) {
        Readings known = READ.get(piece);
        Reading r = known == null ? null : known.find(start);
        if (r == null) {
            r = scan(piece, start);
            Reading made = r;
            READ.compute(piece, (k, old) -> old != null && old.find(start) != null ? old : new Readings(start, made, old));
        }
        return r;
    }

    static Reading scan(String s, State start) {
        List<Event> events = new ArrayList<>();
        Mode m = start.mode();
        String tag = start.tag();
        String attribute = start.attribute();
        char quote = start.quote();
        StringBuilder name = new StringBuilder();
        if (m == Mode.TAG_NAME && tag != null) name.append(tag);
        if (m == Mode.ATTRIBUTE_NAME && attribute != null) name.append(attribute);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            switch (m) {
                case TEXT -> {
                    int lt = s.indexOf('<', i);
                    if (lt < 0 || lt + 1 >= n) {
                        i = n;
                    } else if (s.startsWith("<!--", lt)) {
                        m = Mode.COMMENT;
                        i = lt + 4;
                    } else {
                        char d = s.charAt(lt + 1);
                        if (d == '!' || d == '?' || d == '/') {
                            m = Mode.DECLARATION;
                            i = lt + 2;
                        } else if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z')) {
                            m = Mode.TAG_NAME;
                            name.setLength(0);
                            events.add(new Event(Kind.TAG, null, lt)); // its name is set when read
                            i = lt + 1;
                        } else {
                            i = lt + 1;
                        }
                    }
                }
                case COMMENT -> {
                    int end = s.indexOf("-->", i);
                    if (end < 0) i = n;
                    else {
                        m = Mode.TEXT;
                        i = end + 3;
                    }
                }
                case DECLARATION -> {
                    int end = s.indexOf('>', i);
                    if (end < 0) i = n;
                    else {
                        m = Mode.TEXT;
                        i = end + 1;
                    }
                }
                case RAW_TEXT -> {
                    int close = s.indexOf("</", i);
                    while (close >= 0 && !s.regionMatches(true, close + 2, tag, 0, tag.length())) {
                        close = s.indexOf("</", close + 2);
                    }
                    if (close < 0) i = n;
                    else {
                        m = Mode.TEXT;
                        i = close;
                    }
                }
                case TAG_NAME -> {
                    if (isSpace(c) || c == '/' || c == '>') {
                        tag = name.toString().toLowerCase(Locale.ROOT);
                        nameTag(events, tag);
                        m = Mode.IN_TAG;
                    } else {
                        name.append(c);
                        i++;
                    }
                }
                case IN_TAG -> {
                    if (isSpace(c) || c == '/') {
                        i++;
                    } else if (c == '>') {
                        events.add(new Event(Kind.CLOSE, null, i));
                        i++;
                        m = isRawText(tag) ? Mode.RAW_TEXT : Mode.TEXT;
                    } else {
                        m = Mode.ATTRIBUTE_NAME;
                        name.setLength(0);
                        name.append(c); // an attribute name may start with '=' or a quote
                        i++;
                    }
                }
                case ATTRIBUTE_NAME -> {
                    if (isSpace(c) || c == '/' || c == '>' || c == '=') {
                        attribute = name.toString().toLowerCase(Locale.ROOT);
                        events.add(new Event(Kind.ATTRIBUTE, attribute, i));
                        m = Mode.AFTER_NAME;
                    } else {
                        name.append(c);
                        i++;
                    }
                }
                case AFTER_NAME -> {
                    if (isSpace(c)) {
                        i++;
                    } else if (c == '=') {
                        m = Mode.BEFORE_VALUE;
                        i++;
                    } else {
                        events.add(new Event(Kind.END_ATTRIBUTE, null, i));
                        m = Mode.IN_TAG;
                    }
                }
                case BEFORE_VALUE -> {
                    if (isSpace(c)) {
                        i++;
                    } else if (c == '"' || c == '\'') {
                        quote = c;
                        m = Mode.VALUE;
                        i++;
                    } else {
                        quote = 0;
                        m = Mode.VALUE;
                    }
                }
                case VALUE -> {
                    int end;
                    if (quote != 0) {
                        end = s.indexOf(quote, i);
                    } else {
                        end = i;
                        while (end < n && !isSpace(s.charAt(end)) && s.charAt(end) != '>') end++;
                        if (end == n) end = -1;
                    }
                    int stop = end < 0 ? n : end;
                    if (stop > i) events.add(new Event(Kind.VALUE, decode(s.substring(i, stop)), i));
                    if (end < 0) {
                        i = n;
                    } else {
                        events.add(new Event(Kind.END_ATTRIBUTE, null, end));
                        m = Mode.IN_TAG;
                        i = quote != 0 ? end + 1 : end;
                    }
                }
            }
        }
        State end = switch (m) {
            case TAG_NAME -> new State(m, name.toString(), null, (char) 0);
            case ATTRIBUTE_NAME -> new State(m, tag, name.toString(), (char) 0);
            case TEXT -> State.TEXT;
            default -> new State(m, tag, attribute, quote);
        };
        State known = STATES.putIfAbsent(end, end);
        return new Reading(List.copyOf(events), known != null ? known : end);
    }

    /** Gives the last TAG event of this piece its name (a name split over two pieces: the start is in the previous one). */
    private static void nameTag(List<Event> events, String tag) {
        for (int k = events.size() - 1; k >= 0; k--) {
            Event e = events.get(k);
            if (e.kind() == Kind.TAG && e.text() == null) {
                events.set(k, new Event(Kind.TAG, tag, e.offset()));
                return;
            }
        }
        events.add(new Event(Kind.TAG, tag, -1));
    }

    static boolean isRawText(String tag) {
        return tag.equals("script") || tag.equals("style") || tag.equals("title") || tag.equals("textarea");
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    /** Decodes character references in an attribute value (the named ones templates write, and every numeric one). */
    static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (amp >= 0) {
            out.append(s, i, amp);
            int semi = s.indexOf(';', amp);
            String decoded = semi < 0 ? null : reference(s.substring(amp + 1, semi));
            if (decoded == null) {
                out.append('&');
                i = amp + 1;
            } else {
                out.append(decoded);
                i = semi + 1;
            }
            amp = s.indexOf('&', i);
        }
        return out.append(s, i, s.length()).toString();
    }

    private static String reference(String ref) {
        try {
            if (ref.startsWith("#x") || ref.startsWith("#X")) return Character.toString(Integer.parseInt(ref.substring(2), 16));
            if (ref.startsWith("#")) return Character.toString(Integer.parseInt(ref.substring(1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return switch (ref) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00a0";
            default -> null;
        };
    }
}

package dev.lectern.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds glossary terms in text: a term's form (its name or an alias) starting where a word starts, with
 * an optional plural "s" or "es", ending where a word ends. Acronyms and one-letter words match in their
 * case only, other forms in any ASCII case ({@link GlossaryMarker#caseSensitive}).
 *
 * <p>Where several forms start at the same place, the term with the longest form wins ("CNAME record"
 * over "CNAME"), and within a term its longest form. That is what one regular expression of all forms
 * would find; this scanner finds it by looking up only the forms that begin with the letter at hand,
 * instead of trying every form at every character (about ten times faster for a glossary of 70 terms).
 */
final class TermScanner {
    /** A term found: its number in the glossary and where it is in the text. */
    record Hit(int term, int start, int end) {}

    private record Form(int term, String text, boolean caseSensitive) {}

    /** The endings tried after a form, in the order a greedy {@code (?:s|es)?} tries them. */
    private static final String[] PLURALS = {"s", "es", ""};

    /** Forms by their first character (ASCII letters lower-cased), each list in the order forms are tried. */
    private final Map<Character, List<Form>> byFirst = new HashMap<>();

    TermScanner(List<Term> terms) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) order.add(i);
        order.sort((a, b) -> longest(terms.get(b)) - longest(terms.get(a)));
        for (int i : order) {
            List<String> forms = new ArrayList<>(terms.get(i).forms());
            forms.sort((a, b) -> b.length() - a.length());
            for (String f : forms) {
                if (f.isEmpty()) continue;
                byFirst.computeIfAbsent(fold(f.charAt(0)), k -> new ArrayList<>())
                        .add(new Form(i, f, GlossaryMarker.caseSensitive(f)));
            }
        }
    }

    private static int longest(Term t) {
        return t.forms().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The first term at or after {@code from}, or null. */
    Hit find(String text, int from) {
        for (int at = from; at < text.length(); at++) {
            List<Form> candidates = byFirst.get(fold(text.charAt(at)));
            if (candidates == null || (at > 0 && wordChar(text.codePointBefore(at), true))) continue;
            for (Form f : candidates) {
                if (!formAt(text, at, f)) continue;
                int end = at + f.text().length();
                for (String plural : PLURALS) {
                    if (text.startsWith(plural, end) && !(end + plural.length() < text.length()
                            && wordChar(text.codePointAt(end + plural.length()), false))) {
                        return new Hit(f.term(), at, end + plural.length());
                    }
                }
            }
        }
        return null;
    }

    private static boolean formAt(String text, int at, Form f) {
        String form = f.text();
        if (at + form.length() > text.length()) return false;
        for (int i = 0; i < form.length(); i++) {
            char a = text.charAt(at + i);
            char b = form.charAt(i);
            if (a != b && (f.caseSensitive() || !isAsciiLetter(a) || fold(a) != fold(b))) return false;
        }
        return true;
    }

    /** A letter or a number (any script), an underscore, and before a word also a hyphen. */
    private static boolean wordChar(int c, boolean before) {
        return Character.isLetter(c) || isNumber(c) || c == '_' || (before && c == '-');
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}

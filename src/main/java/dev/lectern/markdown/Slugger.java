package dev.lectern.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Makes heading ids the way GitHub does, so anchors written for a README resolve here too:
 * lower case, punctuation dropped (letters, digits, {@code -} and {@code _} stay), spaces to dashes,
 * and {@code -1}, {@code -2} ... appended to repeats within a page.
 */
public final class Slugger {
    private final Map<String, Integer> seen = new HashMap<>();

    public static String slug(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') sb.appendCodePoint(cp);
            else if (cp == ' ') sb.append('-');
        });
        return sb.toString();
    }

    /** A slug unique among those this slugger has handed out. */
    public String unique(String text) {
        String base = slug(text);
        if (base.isEmpty()) base = "section";
        String id = base;
        while (seen.containsKey(id)) {
            int n = seen.merge(base, 1, Integer::sum);
            id = base + "-" + n;
        }
        seen.put(id, 0);
        return id;
    }

    /** Reserves an id so that a later heading does not take it. */
    public void reserve(String id) {
        seen.putIfAbsent(id, 0);
    }
}

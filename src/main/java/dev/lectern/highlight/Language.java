package dev.lectern.highlight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token rules of one language: an ordered list of (kind, regex), tried leftmost-first as one
 * alternation. Kinds are short CSS class suffixes: {@code c} comment, {@code s} string, {@code k}
 * keyword, {@code n} number, {@code v} variable, {@code a} attribute or key, {@code t} tag or type,
 * {@code f} function or directive, {@code m} meta (decorators, annotations, request lines).
 */
final class Language {
    private final Pattern pattern;
    private final List<String> kinds;
    private final Map<String, String> inner;
    /** The name of each rule's group: {@code g0}, {@code g1}, ... */
    private final String[] groups;

    private Language(Pattern pattern, List<String> kinds, Map<String, String> inner) {
        this.pattern = pattern;
        this.kinds = kinds;
        this.inner = inner;
        this.groups = new String[kinds.size()];
        for (int i = 0; i < groups.length; i++) groups[i] = "g" + i;
    }

    Pattern pattern() {
        return pattern;
    }

    /** The kind of the rule that matched, or null for "plain". */
    String kindOf(Matcher m) {
        // start, not group: no copy of the token for each rule tried
        for (int i = 0; i < groups.length; i++) if (m.start(groups[i]) >= 0) return kinds.get(i);
        return null;
    }

    /** For a kind whose text is highlighted again as another language (an HTTP body), that language. */
    String inner(String kind) {
        return inner.get(kind);
    }

    static Builder rules() {
        return new Builder();
    }

    static final class Builder {
        private final List<String> kinds = new ArrayList<>();
        private final StringBuilder regex = new StringBuilder();
        private final Map<String, String> inner = new LinkedHashMap<>();
        private int flags = Pattern.MULTILINE;

        Builder rule(String kind, String re) {
            if (regex.length() > 0) regex.append('|');
            regex.append("(?<g").append(kinds.size()).append('>').append(re).append(')');
            kinds.add(kind);
            return this;
        }

        /** A rule whose match is highlighted as {@code language} (kind names that rule only). */
        Builder embed(String kind, String re, String language) {
            inner.put(kind, language);
            return rule(kind, re);
        }

        Builder ignoreCase() {
            flags |= Pattern.CASE_INSENSITIVE;
            return this;
        }

        Language build() {
            return new Language(Pattern.compile(regex.toString(), flags), List.copyOf(kinds), Map.copyOf(inner));
        }
    }
}

package dev.lectern.diagram;

import dev.lectern.blocks.Markup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of diagrams, from the theme's text partials: {@code partials/text/diagram.jte} (the drawing's
 * name and description, the kinds' nouns, what a failure does) and {@code partials/text/diagram-quiz.jte}
 * (the generated self-check). This package decides which words, with which values; the theme says them.
 * Plain text, escaped where it is written.
 */
record Words(Markup markup) {
    static final String DIAGRAM = "partials/text/diagram.jte";
    static final String QUIZ = "partials/text/diagram-quiz.jte";

    /** The words of {@code key} in {@link #DIAGRAM}, given the params that follow it by name ({@code "kind", "db"}); nulls are left out. */
    String diagram(String key, Object... params) {
        return markup.text(DIAGRAM, params(key, params));
    }

    /** The words of {@code key} in {@link #QUIZ}, given the params that follow it by name. */
    String quiz(String key, Object... params) {
        return markup.text(QUIZ, params(key, params));
    }

    /** A kind's noun in lists: "database". */
    String noun(Kind kind) {
        return diagram("noun", "kind", kind.id());
    }

    /** What losing a node of a degrading kind costs, by default. */
    String costs(Kind kind) {
        return diagram("costs", "kind", kind.id());
    }

    private static Map<String, Object> params(String key, Object... params) {
        Map<String, Object> m = new HashMap<>();
        m.put("key", key);
        for (int i = 0; i < params.length; i += 2) {
            Object v = params[i + 1];
            if (v != null) m.put((String) params[i], v instanceof List<?> l ? List.copyOf(l) : v);
        }
        return m;
    }
}

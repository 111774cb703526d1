package dev.lectern.content;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Content files that are not published ({@code exclude} in site.yaml, MkDocs' {@code exclude_docs}),
 * as gitignore-style patterns: {@code *.py} matches at any depth, {@code /drafts/} only at the top,
 * a trailing {@code /} only folders, {@code !pattern} brings a file back.
 */
final class Exclude {
    private record Rule(PathMatcher matcher, boolean anchored, boolean foldersOnly, boolean negated) {}

    private final List<Rule> rules = new ArrayList<>();

    Exclude(List<String> patterns) {
        for (String raw : patterns) {
            String p = raw.strip();
            boolean negated = p.startsWith("!");
            if (negated) p = p.substring(1);
            boolean foldersOnly = p.endsWith("/");
            p = p.replaceAll("/+$", "");
            boolean anchored = p.contains("/");
            p = p.replaceAll("^/+", "");
            if (p.isEmpty()) continue;
            rules.add(new Rule(FileSystems.getDefault().getPathMatcher("glob:" + p), anchored, foldersOnly, negated));
        }
    }

    /** Whether a path below the content folder ({@code a/b.py}) is left out. */
    boolean matches(String rel, boolean folder) {
        boolean out = false;
        for (Rule r : rules) {
            if (r.foldersOnly() && !folder) continue;
            String name = rel.contains("/") ? rel.substring(rel.lastIndexOf('/') + 1) : rel;
            if (r.matcher().matches(Path.of(r.anchored() ? rel : name))) out = !r.negated();
        }
        return out;
    }
}

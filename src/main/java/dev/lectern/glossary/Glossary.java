package dev.lectern.glossary;

import dev.lectern.diag.Diagnostics;
import dev.lectern.yaml.YamlException;
import dev.lectern.yaml.YamlFields;
import dev.lectern.yaml.YamlNode;
import dev.lectern.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The course's glossary, read from {@code content/glossary.yaml}: a list of
 * {@code {term, definition, link, aliases}}. A missing file is an empty glossary; problems are
 * reported at {@code glossary.yaml:line:col} and the entries that are whole are kept.
 */
public record Glossary(String file, List<Term> terms) {
    static final List<String> KEYS = List.of("term", "definition", "link", "aliases");

    public static Glossary empty() {
        return new Glossary("glossary.yaml", List.of());
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    public static Glossary load(Path path, String display, Diagnostics diagnostics) {
        if (!Files.isRegularFile(path)) return new Glossary(display, List.of());
        YamlNode root;
        try {
            root = YamlReader.read(dev.lectern.util.SourceText.read(path));
        } catch (dev.lectern.util.SourceText.InvalidUtf8 e) {
            diagnostics.error(display, e.line(), e.column(), e.getMessage());
            return new Glossary(display, List.of());
        } catch (YamlException e) {
            diagnostics.error(display, e.line(), e.column(), e.getMessage());
            return new Glossary(display, List.of());
        } catch (IOException e) {
            diagnostics.error(display, 0, 0, "cannot read: " + e.getMessage());
            return new Glossary(display, List.of());
        }
        if (root instanceof YamlNode.Scalar s && s.text() == null) return new Glossary(display, List.of());
        YamlFields f = new YamlFields(display, diagnostics);
        if (!(root instanceof YamlNode.Sequence seq)) {
            f.error(root, "the glossary must be a list of entries (`- term: ...`), not " + root.shape());
            return new Glossary(display, List.of());
        }
        List<Term> terms = new ArrayList<>();
        Map<String, Term> seen = new HashMap<>();
        for (YamlNode item : seq.items()) {
            var map = f.mapping(item, "a glossary entry");
            if (map.isEmpty()) continue;
            YamlNode.Mapping m = map.get();
            f.checkKeys(m, KEYS, "glossary key");
            String term = f.string(m, "term");
            String definition = f.string(m, "definition");
            if (term == null || term.isBlank()) {
                f.error(m, "glossary entry has no `term:`");
                continue;
            }
            if (definition == null || definition.isBlank()) {
                f.error(m, "glossary entry `" + term + "` has no `definition:`");
                continue;
            }
            List<String> aliases = new ArrayList<>();
            YamlNode a = m.get("aliases");
            if (a instanceof YamlNode.Sequence list) {
                for (YamlNode n : list.items()) {
                    if (n instanceof YamlNode.Scalar s && s.text() != null && !s.text().isBlank()) aliases.add(s.text().strip());
                    else f.error(n, "an alias must be text, not " + n.shape());
                }
            } else if (a instanceof YamlNode.Scalar s && s.text() != null) {
                aliases.add(s.text().strip());
            } else if (a != null) {
                f.error(a, "`aliases` must be a list of text, not " + a.shape());
            }
            YamlNode link = m.get("link");
            String linkText = f.string(m, "link");
            Term t = new Term(term.strip(), definition.strip(), linkText == null || linkText.isBlank() ? null : linkText.strip(),
                    List.copyOf(aliases), m.line(), m.column(), link == null ? 0 : link.line(), link == null ? 0 : link.column());
            Term earlier = seen.putIfAbsent(t.term().toLowerCase(Locale.ROOT), t);
            if (earlier != null) {
                f.error(m.line(), m.column(), "glossary term `" + t.term() + "` is defined twice (first at line "
                        + earlier.line() + ")");
                continue;
            }
            terms.add(t);
        }
        terms.sort((x, y) -> x.term().compareToIgnoreCase(y.term()));
        return new Glossary(display, List.copyOf(terms));
    }
}

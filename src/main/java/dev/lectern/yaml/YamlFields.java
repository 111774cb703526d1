package dev.lectern.yaml;

import dev.lectern.diag.DidYouMean;
import dev.lectern.diag.Diagnostics;
import java.util.Collection;
import java.util.Optional;

/**
 * Reads typed fields out of a {@link YamlNode.Mapping}, reporting wrong shapes and unknown keys
 * into {@link Diagnostics} at the position where they were written.
 */
public final class YamlFields {
    private final String file;
    private final Diagnostics diagnostics;

    public YamlFields(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    public String file() {
        return file;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    public void error(YamlNode at, String message) {
        diagnostics.error(file, at.line(), at.column(), message);
    }

    public void error(int line, int column, String message) {
        diagnostics.error(file, line, column, message);
    }

    /** Reports every key not in {@code known}, with a "did you mean" hint; returns false if any. */
    public boolean checkKeys(YamlNode.Mapping map, Collection<String> known, String what) {
        boolean ok = true;
        for (YamlNode.Mapping.Entry e : map.entries().values()) {
            if (!known.contains(e.key())) {
                diagnostics.error(file, e.line(), e.column(), DidYouMean.unknownKey(what, e.key(), known));
                ok = false;
            }
        }
        return ok;
    }

    public Optional<YamlNode.Mapping> mapping(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping m) return Optional.of(m);
        error(node, what + " must be a mapping of `key: value` lines, not " + node.shape());
        return Optional.empty();
    }

    /** A scalar as text (numbers and booleans too); null when absent; reports lists and mappings. */
    public String string(YamlNode.Mapping map, String key) {
        YamlNode n = map.get(key);
        if (n == null) return null;
        if (n instanceof YamlNode.Scalar s) return s.text();
        error(n, "`" + key + "` must be text, not a " + n.shape());
        return null;
    }

    public Integer integer(YamlNode.Mapping map, String key) {
        YamlNode n = map.get(key);
        if (n == null) return null;
        if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.INTEGER) {
            try {
                return Integer.parseInt(s.text());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        error(n, "`" + key + "` must be a whole number, not " + describe(n));
        return null;
    }

    public Boolean bool(YamlNode.Mapping map, String key) {
        YamlNode n = map.get(key);
        if (n == null) return null;
        if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        error(n, "`" + key + "` must be true or false, not " + describe(n));
        return null;
    }

    public static String describe(YamlNode n) {
        if (n instanceof YamlNode.Scalar s && s.text() != null) return "`" + s.text() + "`";
        return n.shape();
    }
}

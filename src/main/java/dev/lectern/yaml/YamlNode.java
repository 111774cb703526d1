package dev.lectern.yaml;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A YAML value that remembers where it was written, so that quiz, diagram, front matter and
 * settings errors can point at {@code file:line:col}. Lines and columns are 1-based, in the file.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {
    int line();

    int column();

    /** A short name of the value's shape for messages: "text", "list", "mapping". */
    String shape();

    /** A string, number, boolean or null. {@code text} is the value as written (null for YAML null). */
    record Scalar(String text, Kind kind, int line, int column) implements YamlNode {
        public enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

        public String shape() {
            return switch (kind) {
                case STRING -> "text";
                case INTEGER, DECIMAL -> "number";
                case BOOLEAN -> "true/false";
                case NULL -> "nothing";
            };
        }
    }

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public String shape() {
            return "list";
        }
    }

    /** A mapping keeps key order; each entry knows where its key was written. */
    record Mapping(LinkedHashMap<String, Entry> entries, int line, int column) implements YamlNode {
        public record Entry(String key, int line, int column, YamlNode value) {}

        public String shape() {
            return "mapping";
        }

        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }
    }
}

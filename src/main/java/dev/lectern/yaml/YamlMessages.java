package dev.lectern.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SnakeYAML's messages ("while parsing a block mapping: expected &lt;block end&gt;, but found
 * '&lt;block mapping start&gt;'") in plain words: one sentence about the line and a hint about the fix.
 * The parser's own text is kept for {@code --verbose}.
 */
final class YamlMessages {
    private YamlMessages() {}

    /** A key at the start of a line, after any indentation and list dash: {@code   - q: ...}. */
    private static final Pattern KEY_LINE = Pattern.compile("^(\\s*(?:-\\s+)*)([^\\s#:'\"\\[{][^:#]*?):(\\s|$)");

    /**
     * The plain message for a parser message {@code raw} about line {@code line} (1-based, in
     * {@code text}'s own lines) and column {@code column}.
     */
    static String plain(String raw, String text, int line, int column) {
        String m = raw == null ? "" : raw;
        String[] lines = text.split("\n", -1);
        String here = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        if (m.contains("\\t(TAB)") || m.contains("found character '\\t'") || (here.startsWith("\t") || here.matches("^ *\t.*"))) {
            return "this line is indented with a tab; YAML indents with spaces only (hint: replace the tab with spaces)";
        }
        if (m.contains("while scanning a quoted scalar")) {
            return "a quoted text starts here but its closing quote is missing (hint: end it with the same quote mark)";
        }
        if (m.contains("while parsing a flow sequence") || m.contains("while parsing a flow mapping")) {
            String open = m.contains("flow sequence") ? "[" : "{", what = open.equals("[") ? "list" : "map";
            String close = open.equals("[") ? "]" : "}";
            return "a `" + open + "` " + what + " opened here is not closed as YAML expects (hint: close it with `" + close
                    + "`, separate items with `, `, and quote items that contain `,`, `:` or `" + close + "`)";
        }
        Matcher found = Pattern.compile("found character '(.)' that cannot start any token").matcher(m);
        if (found.find()) {
            String c = found.group(1);
            return "a value cannot start with " + (c.equals("`") ? "a backtick" : "`" + c + "`")
                    + " in YAML (hint: put the whole value in quotes)";
        }
        if (m.contains("mapping values are not allowed here") && colonInValue(here, column)) {
            return "this value contains `: `, which YAML reads as the start of a new key (hint: quote text that "
                    + "contains `: `, for example `q: \"Port: which one?\"`)";
        }
        if (m.contains("mapping values are not allowed here") || m.contains("expected <block end>")
                || m.contains("could not find expected ':'") || m.contains("did not find expected key")
                || m.contains("did not find expected '-' indicator")) {
            String indent = indentation(lines, line);
            if (indent != null) return indent;
            if (m.contains("could not find expected ':'")) {
                return "this line is neither `key: value` nor a `- ` list item (hint: add `: ` after the key, or check "
                        + "the lines above for a missing quote)";
            }
        }
        return "YAML cannot read this (hint: check the indentation and quote values with special characters; "
                + "`--verbose` shows the parser's message)";
    }

    /** Whether the colon at {@code column} follows another {@code key: } on the same line. */
    private static boolean colonInValue(String line, int column) {
        Matcher k = KEY_LINE.matcher(line);
        if (!k.find()) return false;
        return column - 1 > k.end(2);
    }

    /**
     * "this line is indented more than the `q:` above it": compares the line's first column with the
     * nearest key above it that is not at the same column as this line's parent.
     */
    private static String indentation(String[] lines, int line) {
        if (line < 2 || line > lines.length) return null;
        String here = lines[line - 1];
        if (here.isBlank()) return null;
        int col = keyColumn(here);
        for (int i = line - 2; i >= 0; i--) {
            String above = lines[i];
            if (above.isBlank() || above.strip().startsWith("#")) continue;
            Matcher k = KEY_LINE.matcher(above);
            if (!k.find()) continue;
            int aboveCol = k.start(2);
            String key = k.group(2).strip();
            // a key that opens a block (`answers:` with nothing after it) is this line's parent
            boolean opensBlock = above.substring(k.end(2) + 1).isBlank();
            if (opensBlock && col > aboveCol) continue;
            if (col == aboveCol) return null;
            return "this line is indented " + (col > aboveCol ? "more" : "less") + " than the `" + key + ":` above it "
                    + "(hint: keys of one block start in the same column; line it up with `" + key + ":` at column "
                    + (aboveCol + 1) + ")";
        }
        return null;
    }

    /** The column (0-based) where a line's key or text starts, after indentation and list dashes. */
    static int keyColumn(String line) {
        Matcher k = KEY_LINE.matcher(line);
        if (k.find()) return k.start(2);
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '-')) i++;
        return i;
    }
}

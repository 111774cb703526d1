package dev.lectern.content;

import dev.lectern.diag.Diagnostics;
import dev.lectern.yaml.YamlException;
import dev.lectern.yaml.YamlFields;
import dev.lectern.yaml.YamlNode;
import dev.lectern.yaml.YamlReader;
import java.util.List;

/**
 * Splits a page's text into YAML front matter (between {@code ---} lines at the very top) and
 * Markdown. The front matter lines are replaced by empty lines, so that positions the Markdown
 * parser reports are positions in the file.
 */
public final class FrontMatterReader {
    static final List<String> KEYS = List.of("title", "description", "weight", "draft", "layout");

    public record Split(FrontMatter meta, String markdown) {}

    private FrontMatterReader() {}

    public static Split read(String text, String file, Diagnostics diagnostics) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (!(text.startsWith("---\n") || text.startsWith("---\r\n"))) return new Split(FrontMatter.EMPTY, text);
        int start = text.indexOf('\n') + 1;
        int end = -1;
        int pos = start;
        int closeLineEnd = -1;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, lineEnd).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                end = pos;
                closeLineEnd = nl < 0 ? text.length() : nl + 1;
                break;
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        if (end < 0) {
            diagnostics.error(file, 1, 1, "front matter is not closed: add a `---` line after it");
            return new Split(FrontMatter.UNREADABLE, blankLines(text, 0, 1));
        }
        String yaml = text.substring(start, end);
        // every line up to the closing one, that line too (also when the file ends right after it, without a newline)
        String markdown = "\n".repeat(countLines(text, closeLineEnd)) + text.substring(closeLineEnd);
        return new Split(parse(yaml, file, diagnostics), markdown);
    }

    private static FrontMatter parse(String yaml, String file, Diagnostics diagnostics) {
        YamlNode root;
        try {
            root = YamlReader.read(yaml, 2, 1);
        } catch (YamlException e) {
            diagnostics.error(file, e.line(), e.column(), "front matter: " + e.getMessage());
            return FrontMatter.UNREADABLE;
        }
        if (root instanceof YamlNode.Scalar s && s.text() == null) return FrontMatter.EMPTY;
        YamlFields f = new YamlFields(file, diagnostics);
        var map = f.mapping(root, "front matter");
        if (map.isEmpty()) return FrontMatter.UNREADABLE;
        YamlNode.Mapping m = map.get();
        f.checkKeys(m, KEYS, "front matter key");
        Boolean draft = f.bool(m, "draft");
        String title = f.string(m, "title");
        if (title != null && title.isBlank()) title = null;
        YamlNode layout = m.get("layout");
        return new FrontMatter(title, f.string(m, "description"), f.integer(m, "weight"),
                draft != null && draft, f.string(m, "layout"), layout == null ? 0 : layout.line(),
                layout == null ? 0 : layout.column(), false);
    }

    /** How many lines the first {@code end} characters hold. */
    private static int countLines(String text, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) if (text.charAt(i) == '\n') n++;
        return n;
    }

    /** The text with its first {@code lines} lines emptied (kept as bare newlines). */
    private static String blankLines(String text, int from, int lines) {
        int pos = 0;
        for (int i = 0; i < lines && pos >= 0; i++) {
            int nl = text.indexOf('\n', pos);
            pos = nl < 0 ? text.length() : nl + 1;
        }
        return "\n".repeat(lines) + text.substring(Math.min(pos, text.length()));
    }
}

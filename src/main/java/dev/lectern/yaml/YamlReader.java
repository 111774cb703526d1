package dev.lectern.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into {@link YamlNode}s with positions. The text may be an excerpt of a larger
 * file (front matter, a fenced block): {@code firstLine} and {@code firstColumn} say where it starts,
 * so positions come out in the file's own coordinates.
 */
public final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    /** System property set by {@code --verbose}: YAML errors then also carry the parser's own message. */
    public static final String VERBOSE = "lectern.verbose";

    private final int lineOffset;
    private final int columnOffset;
    /** The text being read, and where each of its lines starts (to look at what a value starts with). */
    private String text = "";
    private int[] lineStarts = {0};

    private YamlReader(int firstLine, int firstColumn) {
        this.lineOffset = firstLine - 1;
        this.columnOffset = firstColumn - 1;
    }

    /** Parses one YAML document; an empty document gives a null scalar at the first line. */
    public static YamlNode read(String text, int firstLine, int firstColumn) throws YamlException {
        return new YamlReader(firstLine, firstColumn).readDocument(text);
    }

    public static YamlNode read(String text) throws YamlException {
        return read(text, 1, 1);
    }

    private YamlNode readDocument(String text) throws YamlException {
        this.text = text;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.add(i + 1);
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) return new YamlNode.Scalar(null, YamlNode.Scalar.Kind.NULL, lineOffset + 1, columnOffset + 1);
            return readValue(p);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            Mark mark = mark(e, text);
            int line = mark != null ? mark.getLine() + 1 : loc == null ? 1 : Math.max(1, loc.getLineNr());
            int col = mark != null ? mark.getColumn() + 1 : loc == null ? 1 : Math.max(1, loc.getColumnNr());
            // In plain words; the parser's own text only with --verbose.
            String plain = YamlMessages.plain(e.getOriginalMessage(), text, line, col);
            // an indentation problem is shown where the line's key starts, not at its colon
            if (plain.matches("this line is indented (more|less) .*")) col = YamlMessages.keyColumn(text.split("\n", -1)[line - 1]) + 1;
            String message = "invalid YAML: " + plain;
            if (Boolean.getBoolean(VERBOSE)) message += " [parser: " + cleanMessage(e.getOriginalMessage()) + "]";
            throw new YamlException(message, line + lineOffset, col + (line == 1 ? columnOffset : 0));
        } catch (IOException e) {
            throw new YamlException("invalid YAML: " + e.getMessage(), lineOffset + 1, columnOffset + 1);
        }
    }

    private YamlNode readValue(JsonParser p) throws IOException, YamlException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr() + lineOffset;
        int col = loc.getColumnNr() + (loc.getLineNr() == 1 ? columnOffset : 0);
        JsonToken t = p.currentToken();
        refuseReferences(p, loc, line, col);
        switch (t) {
            case START_OBJECT: {
                LinkedHashMap<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation kl = p.currentTokenLocation();
                    int kline = kl.getLineNr() + lineOffset;
                    int kcol = kl.getColumnNr() + (kl.getLineNr() == 1 ? columnOffset : 0);
                    String key = p.currentName();
                    refuseReferences(p, kl, kline, kcol);
                    p.nextToken();
                    YamlNode value = readValue(p);
                    if (entries.containsKey(key)) {
                        throw new YamlException("duplicate key `" + key + "`", kline, kcol);
                    }
                    entries.put(key, new YamlNode.Mapping.Entry(key, kline, kcol, value));
                }
                return new YamlNode.Mapping(entries, line, col);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(readValue(p));
                return new YamlNode.Sequence(items, line, col);
            }
            case VALUE_STRING:
                return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.STRING, line, col);
            case VALUE_NUMBER_INT:
                return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.INTEGER, line, col);
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.DECIMAL, line, col);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.BOOLEAN, line, col);
            case VALUE_NULL:
                return new YamlNode.Scalar(null, YamlNode.Scalar.Kind.NULL, line, col);
            default:
                return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.STRING, line, col);
        }
    }

    /**
     * Anchors ({@code &name}) and aliases ({@code *name}) are refused: Lectern's YAML is small enough
     * to write out, the parser would read an alias as the literal text of its name, and aliases can
     * multiply a few lines into gigabytes.
     */
    private void refuseReferences(JsonParser p, JsonLocation loc, int line, int col) throws IOException, YamlException {
        if (!(p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml)) return;
        if (yaml.isCurrentAlias()) {
            throw new YamlException("YAML aliases (`*" + p.getText() + "`) are not supported; write the value out "
                    + "in full", line, col);
        }
        String anchor = yaml.getObjectId();
        // The parser forgets the anchor of a plain value; its token still starts at the "&".
        int at = loc.getLineNr() >= 1 && loc.getLineNr() <= lineStarts.length
                ? lineStarts[loc.getLineNr() - 1] + loc.getColumnNr() - 1 : -1;
        if (anchor == null && at >= 0 && at < text.length() && text.charAt(at) == '&') {
            int end = at + 1;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
            anchor = text.substring(at + 1, end);
        }
        if (anchor != null) {
            throw new YamlException("YAML anchors (`&" + anchor + "`) are not supported; write each value out "
                    + "in full", line, col);
        }
    }

    /**
     * SnakeYAML's exception (under Jackson's) marks up to two places: where the construct began (the
     * context) and where it went wrong (the problem). The problem is the better pointer, unless it is
     * the end of the text (an unclosed quote or bracket), where the place it was opened helps more.
     */
    private static Mark mark(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                Mark problem = m.getProblemMark();
                Mark context = m.getContextMark();
                if (problem == null) return context;
                boolean atEnd = problem.getIndex() >= text.codePointCount(0, text.length());
                return atEnd && context != null ? context : problem;
            }
            if (t.getCause() == t) break;
        }
        return null;
    }

    /** SnakeYAML's message without its excerpts: "while parsing a flow sequence: expected ',' or ']' ...". */
    private static String cleanMessage(String m) {
        if (m == null) return "cannot parse";
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String line : m.split("\n")) {
            if (line.startsWith(" in '") || line.startsWith("    ") || line.isBlank()) continue;
            parts.add(line.strip().replace("\\t(TAB)", "tab"));
        }
        String text = String.join(": ", parts);
        return text.isEmpty() ? "cannot parse" : text;
    }
}

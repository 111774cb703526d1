package dev.lectern.config;

import dev.lectern.diag.DidYouMean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code editor:} of site.yaml: which editor the error overlay of {@code lectern serve} opens at a
 * problem's {@code file:line:col}. A name ({@code vscode}, {@code idea}, {@code subl}) or a URL
 * pattern with {@code {path}} (the source file's absolute path, URL-encoded), {@code {line}} and
 * {@code {column}}. Patterns must use a {@code scheme://} that cannot run script or read local files.
 */
public final class Editor {
    /** The named editors and their patterns. */
    static final Map<String, String> NAMED = new LinkedHashMap<>();

    static {
        NAMED.put("vscode", "vscode://file{path}:{line}:{column}");
        NAMED.put("idea", "idea://open?file={path}&line={line}&column={column}");
        NAMED.put("subl", "subl://open?url=file://{path}&line={line}&column={column}");
    }

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://.*");
    private static final List<String> UNSAFE = List.of("javascript", "vbscript", "data", "blob", "file", "filesystem",
            "about");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(path|line|column)}");

    private Editor() {}

    /** The URL pattern {@code value} stands for, or null if it is not one ({@link #problem} says why). */
    public static String pattern(String value) {
        if (value == null) return null;
        String v = value.strip();
        if (NAMED.containsKey(v)) return NAMED.get(v);
        return problem(v) == null ? v : null;
    }

    /** Why {@code value} cannot be an {@code editor:} setting, or null when it can. */
    public static String problem(String value) {
        String v = value == null ? "" : value.strip();
        if (NAMED.containsKey(v)) return null;
        String known = "`vscode`, `idea`, `subl` or a URL pattern such as `myeditor://open?file={path}&line={line}`";
        if (!v.contains(":")) {
            return DidYouMean.closest(v, NAMED.keySet())
                    .map(k -> "unknown `editor` `" + v + "`; did you mean `" + k + "`?")
                    .orElse("unknown `editor` `" + v + "`; expected " + known);
        }
        Matcher m = SCHEME.matcher(v);
        if (!m.matches()) return "`editor` `" + v + "` is not a URL pattern: it must start with a scheme and `://`, as in "
                + known;
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (UNSAFE.contains(scheme)) {
            return "`editor` must not use the `" + scheme + ":` scheme (it could run script or read files); use the"
                    + " editor's own scheme, such as `vscode://`";
        }
        if (v.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == '\\')) {
            return "`editor` `" + v + "` holds a space, quote, backslash or angle bracket; a URL pattern cannot";
        }
        if (!v.contains("{path}")) return "`editor` `" + v + "` has no `{path}`: the pattern must say where the file goes";
        return null;
    }

    /** The link for a problem in {@code file} (absolute) at {@code line}:{@code column} (1 when 0). */
    public static String link(String pattern, Path file, int line, int column) {
        String path = encodePath(file.toAbsolutePath().normalize().toString().replace('\\', '/'));
        if (!path.startsWith("/")) path = "/" + path; // C:/x -> /C:/x
        String p = path;
        return PLACEHOLDER.matcher(pattern).replaceAll(r -> Matcher.quoteReplacement(switch (r.group(1)) {
            case "path" -> p;
            case "line" -> String.valueOf(Math.max(1, line));
            default -> String.valueOf(Math.max(1, column));
        }));
    }

    /** Percent-encodes a path's UTF-8 bytes, keeping unreserved characters, {@code /} and {@code :}. */
    static String encodePath(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/:".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return sb.toString();
    }
}

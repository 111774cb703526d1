package dev.lectern.serve;

import dev.lectern.config.Editor;
import dev.lectern.diag.Diagnostic;
import dev.lectern.util.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What turns {@code file:line:col} in the error overlay into a link that opens the editor (site.yaml's
 * {@code editor:}): for each error, in order, {@code {"href": URL, "at": N}} where the first N
 * characters of its printed line are the position, or {@code null} (plain text) when no editor is set,
 * the problem has no line, or its file is not one on this machine (the built-in theme's). Events
 * without a link leave the field out.
 */
final class EditorLinks {
    private EditorLinks() {}

    /** {@code ,"links":[...]} for an event's JSON, or "" when no error has a link. */
    static String field(List<Diagnostic> errors, String pattern) {
        StringBuilder sb = new StringBuilder(",\"links\":[");
        boolean any = false;
        for (int i = 0; i < errors.size(); i++) {
            String link = link(errors.get(i), pattern);
            any |= !link.equals("null");
            sb.append(i > 0 ? "," : "").append(link);
        }
        return any ? sb.append(']').toString() : "";
    }

    private static String link(Diagnostic d, String pattern) {
        if (pattern == null || d.line() <= 0) return "null";
        Path file;
        try {
            file = Path.of(d.file()).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return "null";
        }
        if (!Files.isRegularFile(file)) return "null";
        int at = d.file().length() + 1 + String.valueOf(d.line()).length()
                + (d.column() > 0 ? 1 + String.valueOf(d.column()).length() : 0);
        return "{\"href\":" + Json.write(Editor.link(pattern, file, d.line(), d.column())) + ",\"at\":" + at + "}";
    }
}

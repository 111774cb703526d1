package dev.lectern.pipeline;

import dev.lectern.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Errors of the theme's templates (jte's and javac's) as diagnostics at the template's line. */
final class TemplateErrors {
    private static final Pattern TEMPLATE_POSITION = Pattern.compile(
            "(?:Failed to (?:compile|render) ([^\\s,]+), error at line (\\d+))|(?:error at ([^\\s:]+):(\\d+))");

    private TemplateErrors() {}

    private static final Pattern JAVAC_POSITION = Pattern.compile("(?m)^(\\S+\\.jte):(\\d+)$");
    private static final Pattern JAVAC_ERROR = Pattern.compile("(?m)\\.java:\\d+: error: (.*)$");
    private static final Pattern JAVAC_SYMBOL = Pattern.compile("(?m)^\\s*symbol:\\s*(.*)$");

    /** Turns jte's parse errors and javac's compile errors into one diagnostic at the template's line. */
    static void report(Exception e, Path templateDir, Diagnostics diagnostics) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(t.getMessage());
        String firstLine = message.strip().split("\n")[0];
        Matcher javac = JAVAC_POSITION.matcher(message);
        if (javac.find()) {
            Matcher err = JAVAC_ERROR.matcher(message);
            Matcher symbol = JAVAC_SYMBOL.matcher(message);
            String what = (err.find() ? err.group(1).strip() : firstLine) + (symbol.find() ? " (" + symbol.group(1).strip() + ")" : "");
            diagnostics.error(templateFile(templateDir, javac.group(1)), Integer.parseInt(javac.group(2)), 0,
                    "template error: " + what);
            return;
        }
        Matcher m = TEMPLATE_POSITION.matcher(message);
        if (m.find()) {
            String file = m.group(1) != null ? m.group(1) : m.group(3);
            String line = m.group(2) != null ? m.group(2) : m.group(4);
            String what = firstLine.replaceFirst("^Failed to (compile|render) [^,]+, error at (line \\d+|\\S+): ?", "");
            diagnostics.error(templateFile(templateDir, file), Integer.parseInt(line), 0, "template error: " + what);
        } else {
            diagnostics.error(Build.display(templateDir), 0, 0, "template error: " + firstLine);
        }
    }

    /** A template as shown in messages: the theme folder's file, or the built-in theme's that it did not override. */
    private static String templateFile(Path templateDir, String name) {
        Path own = templateDir.resolve(name);
        return Files.exists(own) ? Build.display(own) : "(built-in theme)/templates/" + name;
    }
}

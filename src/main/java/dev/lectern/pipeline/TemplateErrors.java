package dev.lectern.pipeline;

import dev.lectern.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
        } else if (!strayEnd(templateDir, diagnostics)) {
            diagnostics.error(Build.display(templateDir), 0, 0, "template error: " + firstLine);
        }
    }

    private static final Pattern CONTROL = Pattern.compile("@(if|for|endif|endfor)\\b");
    private static final Pattern COMMENT = Pattern.compile("(?s)<%--.*?--%>");

    /**
     * jte's parser fails without a position on an {@code @endif} or {@code @endfor} that closes nothing
     * (a slip when editing a template): finds the first in the theme folder and reports it there.
     */
    private static boolean strayEnd(Path templateDir, Diagnostics diagnostics) {
        if (!Files.isDirectory(templateDir)) return false;
        List<Path> files;
        try (Stream<Path> s = Files.walk(templateDir)) {
            files = s.filter(f -> f.toString().endsWith(".jte") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            return false;
        }
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f);
            } catch (IOException e) {
                continue;
            }
            // Comments keep their line breaks, so lines stay where they were.
            text = COMMENT.matcher(text).replaceAll(m -> m.group().replaceAll("[^\n]", " "));
            Deque<String> open = new ArrayDeque<>();
            Matcher m = CONTROL.matcher(text);
            while (m.find()) {
                String word = m.group(1);
                if (!word.startsWith("end")) {
                    open.push(word);
                } else if (!word.substring(3).equals(open.peek())) {
                    int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    String still = open.isEmpty() ? "" : " (the `@" + open.peek() + "` above is still open)";
                    diagnostics.error(Build.display(f), line, 0, "template error: `@" + word + "` closes no `@"
                            + word.substring(3) + "`" + still);
                    return true;
                } else {
                    open.pop();
                }
            }
        }
        return false;
    }

    /** A template as shown in messages: the theme folder's file, or the built-in theme's that it did not override. */
    private static String templateFile(Path templateDir, String name) {
        Path own = templateDir.resolve(name);
        return Files.exists(own) ? Build.display(own) : "(built-in theme)/templates/" + name;
    }
}

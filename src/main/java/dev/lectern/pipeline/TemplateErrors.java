package dev.lectern.pipeline;

import dev.lectern.diag.Diagnostics;
import dev.lectern.markdown.PageRefs;
import dev.lectern.render.OutputPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        } else if (!strayCloser(templateDir, diagnostics)) {
            diagnostics.error(Build.display(templateDir), 0, 0, "template error: " + firstLine);
        }
    }

    private static final Pattern KEYWORD = Pattern.compile("<%--|--%>|@(?:if|for|raw|endif|endfor|endraw)\\b");

    /**
     * jte fails on an {@code @endif} or {@code @endfor} that closes nothing with an error of its own
     * parser (a {@code NullPointerException}, no template, no line). Finds the first such closer in
     * the theme's templates and reports it at its file, line and column; false when there is none.
     */
    private static boolean strayCloser(Path templateDir, Diagnostics diagnostics) {
        List<Path> templates;
        try (Stream<Path> s = Files.walk(templateDir)) {
            templates = s.filter(p -> p.toString().endsWith(".jte") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
        for (Path template : templates) {
            String text;
            try {
                text = Files.readString(template);
            } catch (IOException e) {
                continue;
            }
            Deque<String> open = new ArrayDeque<>();
            boolean comment = false;
            boolean raw = false;
            Matcher m = KEYWORD.matcher(text);
            while (m.find()) {
                String k = m.group();
                if (comment) {
                    comment = !k.equals("--%>");
                    continue;
                }
                if (raw) {
                    raw = !k.equals("@endraw");
                    continue;
                }
                switch (k) {
                    case "<%--" -> comment = true;
                    case "@raw" -> raw = true;
                    case "@if", "@for" -> open.push(k);
                    case "@endif", "@endfor" -> {
                        String opener = k.equals("@endif") ? "@if" : "@for";
                        if (opener.equals(open.peek())) {
                            open.pop();
                        } else {
                            int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                            int column = m.start() - text.lastIndexOf('\n', m.start() - 1);
                            diagnostics.error(Build.display(template), line, column, "template error: `" + k
                                    + "` closes no `" + opener + "`; remove it or add the `" + opener + "` it ends");
                            return true;
                        }
                    }
                    default -> { }
                }
            }
        }
        return false;
    }

    /** A template as shown in messages: the theme folder's file, or the built-in theme's that it did not override. */
    /**
     * A warning for each template that wrote HTML with {@code $unsafe{...}} whose ids and links nobody
     * recorded (a theme of one's own can: the built-in one writes none), at the first such line: the
     * check reads no page, so links in that HTML are not checked. Once per template, however many pages.
     */
    static void unrecorded(List<OutputPage> pages, Path templateDir, Diagnostics diagnostics) {
        Map<String, Integer> first = new TreeMap<>();
        for (OutputPage p : pages) {
            if (p.refs() == null) continue;
            for (PageRefs.Unrecorded u : p.refs().unrecorded()) first.merge(u.template(), u.line(), Math::min);
        }
        first.forEach((template, line) -> diagnostics.warning(templateFile(templateDir, template), line, 0,
                "this template writes HTML with `$unsafe{...}` that Lectern did not make, so the links and ids in it "
                        + "are not checked; write the value with `${...}` if it is text"));
    }

    private static String templateFile(Path templateDir, String name) {
        Path own = templateDir.resolve(name);
        return Files.exists(own) ? Build.display(own) : "(built-in theme)/templates/" + name;
    }
}

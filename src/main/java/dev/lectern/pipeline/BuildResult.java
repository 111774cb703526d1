package dev.lectern.pipeline;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import dev.lectern.render.OutputPage;
import java.time.Duration;
import java.util.List;

/** What a build did: its diagnostics, the pages it made, counts for the summary, its duration. */
public record BuildResult(List<Diagnostic> diagnostics, List<OutputPage> pages, int quizzes, int diagrams,
                          Duration elapsed, boolean written) {

    public boolean ok() {
        return diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }

    public long errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    /** One line: "12 pages, 5 quizzes, 4 diagrams, 0 warnings in 0.84 s"; warnings are counted by kind. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%s, %s, %s, %s%s in %.2f s", count(pages.size(), "page", "pages"),
                count(quizzes, "quiz", "quizzes"), count(diagrams, "diagram", "diagrams"),
                count(warnings(), "warning", "warnings"), warningKinds(), elapsed.toNanos() / 1e9);
    }

    /** "1 quiz", "0 quizzes", "2 quizzes". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** " (3 broken links, 1 template syntax, 2 other)", or "" without warnings. */
    String warningKinds() {
        java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.WARNING) kinds.merge(kindOf(d), 1, Integer::sum);
        }
        if (kinds.isEmpty()) return "";
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String kind : java.util.List.of("broken link", "template syntax", "ignored setting", "other")) {
            Integer n = kinds.get(kind);
            if (n != null) parts.add(n + " " + kind + (n == 1 || kind.equals("other") || kind.equals("template syntax") ? "" : "s"));
        }
        return " (" + String.join(", ", parts) + ")";
    }

    /** A warning's kind for the summary, from the start of its message. */
    static String kindOf(Diagnostic d) {
        String m = d.message();
        if (m.startsWith("broken link") || m.startsWith("broken anchor")) return "broken link";
        if (m.startsWith("template syntax")) return "template syntax";
        if (m.startsWith("mkdocs.yml:") || m.contains("not supported, ignored")) return "ignored setting";
        return "other";
    }
}

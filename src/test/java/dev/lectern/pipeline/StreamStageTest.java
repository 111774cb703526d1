package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.diag.Diagnostic;
import dev.lectern.markdown.PageText;
import dev.lectern.render.OutputPage;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lectern build} writes each page into the work folder as soon as it is rendered and keeps only its
 * records, so its memory does not grow with the site; and what it writes is what a build that holds every
 * page ({@code lectern serve}'s) writes, byte for byte.
 */
class StreamStageTest {
    @TempDir
    Path tmp;

    private static final String QUIZ = """
            # Quiz

            Test yourself.

            ```quiz
            questions:
              - q: Which one?
                answers:
                  - text: right
                    correct: true
                  - text: wrong
            ```
            """;

    // Checks that, when the last page of a 150-page site is rendered, every page is in the work folder (the
    // output folder not there yet) and at most the pages still being written have their HTML reachable
    // (a collection clears the others), and that the build keeps each page without HTML, body or text.
    @Test
    void eachPageIsWrittenAsItIsRenderedAndNotKept() throws IOException {
        int n = 150;
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n\nWelcome.\n").file("content/quiz.md", QUIZ);
        for (int i = 0; i < n; i++) {
            site.file(String.format("content/p%03d.md", i), "# Page " + i + "\n\n" + "Servers answer requests. ".repeat(200)
                    + "\n\n## More\n\nSee [the quiz](quiz.md).\n");
        }
        int pages = n + 2;
        List<WeakReference<String>> written = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<String> stage = new AtomicReference<>();
        AtomicInteger rendered = new AtomicInteger();
        AtomicLong reachable = new AtomicLong(-1);
        AtomicLong files = new AtomicLong(-1);
        AtomicReference<Boolean> siteThere = new AtomicReference<>();
        BuildProgress progress = new BuildProgress() {
            @Override
            public void stage(String name, int count) {
                stage.set(name);
            }

            @Override
            public void page() {
                if (!"rendering".equals(stage.get()) || rendered.incrementAndGet() != pages) return;
                for (int i = 0; i < 3; i++) System.gc();
                synchronized (written) {
                    reachable.set(written.stream().filter(r -> r.get() != null).count());
                }
                files.set(pageFiles());
                siteThere.set(Files.exists(site.out()));
            }
        };
        OutputSync.watch = html -> written.add(new WeakReference<>(html));
        BuildResult result;
        try {
            result = new Build(site.options()).withProgress(progress).run();
        } finally {
            OutputSync.watch = null;
        }
        assertThat(result.diagnostics()).isEmpty();
        assertThat(written).hasSize(pages);
        assertThat(files.get()).as("pages in the work folder when the last is rendered").isEqualTo(pages);
        assertThat(siteThere.get()).as("the output folder before the swap").isFalse();
        assertThat(reachable.get()).as("pages whose HTML is still reachable").isBetween(0L, 3L);
        List<OutputPage> own = result.pages().stream().filter(p -> p.source() != null).toList();
        assertThat(own).hasSize(pages);
        for (OutputPage p : own) {
            assertThat(p.html()).as(p.path()).isNull();
            assertThat(p.source().bodyHtml()).as(p.path()).isEmpty();
            assertThat(p.source().text()).as(p.path()).isSameAs(PageText.EMPTY);
            assertThat(p.source().source().markdown()).as(p.path() + ": its Markdown").isNull();
        }
        assertThat(result.quizzes()).isEqualTo(1);
        assertThat(site.read("p007/index.html")).contains("Servers answer requests.");
    }

    // Checks that a page whose file changes between loading and its parse (each page's Markdown is read again
    // right before it is parsed) is an error at that file, and the previous site stays.
    @Test
    void aFileChangedDuringTheBuildIsAnError() throws IOException {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n").file("content/b.md", "# B\n\nFirst.\n")
                .build();
        assertThat(site.result().ok()).isTrue();
        BuildProgress progress = new BuildProgress() {
            @Override
            public void stage(String name, int count) {
                if (name.equals("rendering")) site.file("content/b.md", "# B\n\nSecond, longer.\n");
            }

            @Override
            public void page() {}
        };
        BuildResult result = new Build(site.options()).withProgress(progress).run();
        assertThat(result.diagnostics()).hasSize(1);
        Diagnostic d = result.diagnostics().get(0);
        assertThat(d.file()).endsWith("content/b.md");
        assertThat(d.line()).isZero(); // the whole file
        assertThat(d.format()).endsWith("content/b.md: error: this file changed while the site was built; build again");
        assertThat(site.read("b/index.html")).contains("First.");
    }

    /** Page files in the work folder ({@code .site.building-*}). */
    private long pageFiles() {
        try (Stream<Path> dirs = Files.list(tmp)) {
            long count = 0;
            for (Path d : dirs.filter(p -> p.getFileName().toString().startsWith(".site.building-")).toList()) {
                try (Stream<Path> s = Files.walk(d)) {
                    count += s.filter(p -> p.getFileName().toString().equals("index.html")).count();
                }
            }
            return count;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // Checks that a streamed build writes the very bytes of a build that holds every page (a serve session's):
    // quizzes, a Q&A page, a glossary term, a snippet, search, and links: warn (a page with a broken link is read
    // back from the work folder and written again with that link as text).
    @Test
    void writesWhatABuildHoldingEveryPageWrites() throws IOException {
        TestSite site = TestSite.create(tmp.resolve("a")).file("content/site.yaml", "title: Same\nlinks: warn\n")
                .file("content/glossary.yaml", "- term: server\n  definition: A computer that answers.\n")
                .file("content/index.md", "# Home\n\nA server. See [gone](gone.md) and [the quiz](quiz.md).\n")
                .file("content/quiz.md", QUIZ)
                .file("content/part.txt", "Included text about a server.\n")
                .file("content/snip.md", "# Snip\n\n--8<-- \"part.txt\"\n")
                .file("content/qa/index.md", "---\ntitle: Questions\nlayout: qa\n---\n## What is a server?\n\nOne that answers.\n");
        for (int i = 0; i < 30; i++) {
            site.file("content/s/p" + i + ".md", "# Page " + i + "\n\n## Part\n\nText " + i + " on a server"
                    + (i == 7 ? ", and [a broken one](../nowhere.md)" : "") + ".\n");
        }
        BuildResult streamed = new Build(site.options()).run();
        BuildResult held = new BuildSession(site.options().withOut(tmp.resolve("held"))).rebuild(null).result();
        assertThat(streamed.diagnostics()).hasSize(2).isEqualTo(held.diagnostics());
        // only the pages made again for links: warn have their HTML (it is written again at the end)
        assertThat(streamed.pages().stream().filter(p -> p.source() != null && p.html() != null).map(OutputPage::path))
                .containsExactly("index.html", "s/p7/index.html");
        assertThat(held.pages().stream().allMatch(p -> p.html() != null)).isTrue();
        Map<String, String> a = tree(site.out());
        Map<String, String> b = tree(tmp.resolve("held"));
        assertThat(a.keySet()).contains("s/p7/index.html", "search/index.js", "review/index.html", "glossary/index.html");
        assertThat(a).isEqualTo(b);
        assertThat(site.read("s/p7/index.html")).contains("class=\"broken-link\"");
    }

    /** Every file below {@code root}, by path, with its bytes (as ISO-8859-1 text, one char a byte). */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }
}

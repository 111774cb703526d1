package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Snapshots;
import dev.lectern.testing.Trees;
import dev.lectern.testing.TestSite;
import dev.lectern.theme.BuiltinTheme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental builds of {@code lectern serve} are never stale: after every step of a scripted
 * series of edits, renames and deletions, the session's output folder equals, byte for byte, a full
 * build of the same sources, and both report the same diagnostics. Each step builds as the server
 * does, pages first and the search index after them; in between, every file but the index already
 * equals the full build and the index is still the previous build's, whole.
 */
class BuildSessionTest {
    @TempDir
    Path tmp;
    private BuildSession session;
    private Set<Path> touched;
    private int steps;

    @BeforeEach
    void setUp() throws IOException {
        TestSite.fixture("basic", tmp);
        Trees.copy(TestSite.THEME, tmp.resolve("theme"));
        session = new BuildSession(options(tmp.resolve("site")));
        touched = new HashSet<>();
    }

    private BuildOptions options(Path out) {
        return BuildOptions.builder().content(tmp.resolve("content")).theme(tmp.resolve("theme"))
                .out(out).cache(TestSite.CACHE).preview(true).build();
    }

    // Page edits, new pages, renames, deletions, broken links and anchors, settings, assets and templates.
    @Test
    void incrementalOutputEqualsFullBuildAfterEveryStep() throws Exception {
        assertThat(session.rebuild(null).result().ok()).isTrue();
        compareWithFullBuild();

        edit("content/dns/records.md", s -> s + "\nOne more paragraph about records.\n");
        // the page, and the search files that hold its text and words: the index (field lengths), the text
        // chunk, the word list and the shards of the new words
        List<String> search = List.of("search/index.js", "search/x/0.js", "search/words.js", "search/t/on.js",
                "search/t/mo.js", "search/t/pa.js", "search/t/re.js");
        assertThat(step().changed()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("dns/records/index.html"), search.stream()).toList());
        // the page with the reload, the search files right after it
        assertThat(pagesFirst).containsExactly("dns/records/index.html");
        assertThat(trailing).containsExactlyInAnyOrderElementsOf(search);

        edit("content/stack/web-server.md", s -> s.replace("# Web server", "# Web servers"));
        step(); // a title: every page's outline changes

        write("content/dns/caching.md", "---\ntitle: Caching\nweight: 3\n---\nSee [TTL](records.md#time-to-live-ttl).\n");
        step();

        move("content/dns/resolution.md", "content/dns/resolving.md");
        edit("content/dns/records.md", s -> s.replace("(resolution.md)", "(resolving.md)"));
        step();

        edit("content/dns/records.md", s -> s.replace("## Time to live (TTL)", "## Lifetime"));
        BuildSession.Outcome broken = step(); // index.md and caching.md link to #time-to-live-ttl
        assertThat(broken.result().ok()).isFalse();
        edit("content/dns/records.md", s -> s.replace("## Lifetime", "## Time to live (TTL)"));
        step();

        delete("content/dns/resolving.md");
        assertThat(step().result().ok()).isFalse(); // records.md links to it
        edit("content/dns/records.md", s -> s.replace("See [resolution](resolving.md).", "See resolution."));
        step();

        moveFolder("content/stack", "content/server-stack");
        edit("content/index.md", s -> s.replace("stack/web-server.md", "server-stack/web-server.md"));
        step();

        edit("content/site.yaml", s -> s.replace("Fixture Course", "Renamed Course"));
        step();

        write("content/img/dash.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"1\"/>\n");
        edit("content/dns/caching.md", s -> s + "\n![Dash](../img/dash.svg)\n");
        step();

        edit("content/dns/caching.md", s -> s.replace("weight: 3", "weight: 3\ndraft: true"));
        step();

        edit("content/dns/records.md", s -> s.replace("weight: 2", "wieght: 2"));
        assertThat(step().result().ok()).isFalse();
        edit("content/dns/records.md", s -> s.replace("wieght: 2", "weight: 2"));
        step();

        write("content/glossary.yaml", "- term: TTL\n  definition: \"How long an answer may be cached.\"\n"
                + "  link: dns/records.md#time-to-live-ttl\n- term: resolver\n  definition: \"Asks on your behalf.\"\n");
        step(); // first uses are marked on every page; "resolver" is unused: a warning
        edit("content/dns/index.md", s -> s + "\nA resolver asks for you, and the TTL says for how long.\n");
        step();
        edit("content/glossary.yaml", s -> s.replace("Asks on your behalf.", "Looks names up for you."));
        step();

        edit("content/dns/records.md", s -> s + "\n```quiz\nquestions:\n  - q: Can a CNAME sit at the apex?\n"
                + "    answer: false\n```\n");
        step();
        edit("content/dns/records.md", s -> s.replace("answer: false", "answers:\n      - text: Yes\n      - text: No"));
        assertThat(step().result().ok()).isFalse(); // no correct answer
        edit("content/dns/records.md", s -> s.replace("      - text: No", "      - text: No\n        correct: true"));
        step();
        write("content/dns/quiz-two.md", "# Second quiz\n\n```quiz\nid: dns-records-quiz-1\nquestions:\n"
                + "  - q: Is DNS a phone book?\n    answer: true\n```\n");
        assertThat(step().result().ok()).isFalse(); // the same quiz id on two pages
        delete("content/dns/quiz-two.md");
        step();

        edit("theme/assets/css/lectern.css", s -> s + "\n.page-body { }\n");
        assertThat(step().changed()).containsExactly("assets/css/lectern.css");

        edit("theme/templates/partials/footer.jte", s -> s.replace("built with Lectern", "made with Lectern"));
        step();

        // The quiz's markup comes from a partial the Markdown stage uses: the page is made again.
        write("theme/templates/partials/quiz.jte", new String(BuiltinTheme.files().get("templates/partials/quiz.jte"),
                StandardCharsets.UTF_8).replace("Show answer", "See the answer"));
        assertThat(step().changed()).contains("dns/records/index.html");

        touch("content/dns/index.md");
        assertThat(step().changed()).isEmpty();

        // A new folder, reported as the watcher does (the folder and what it found inside), then removed.
        write("content/extra/deeper/page.md", "# Deep page\n\nFirst words.\n");
        touched.add(tmp.resolve("content/extra"));
        touched.add(tmp.resolve("content/extra/deeper"));
        assertThat(step().changed()).contains("extra/deeper/page/index.html");
        SiteWriter.deleteTree(tmp.resolve("content/extra"));
        touched.add(tmp.resolve("content/extra"));
        assertThat(step().changed()).contains("extra/deeper/page/index.html");
        assertThat(steps).isEqualTo(28);
    }

    private List<String> pagesFirst;
    private List<String> trailing;

    /**
     * Rebuilds with what changed, pages first and then the files that trail them, then checks the
     * output against a fresh full build, and what was there in between.
     */
    private BuildSession.Outcome step() throws Exception {
        steps++;
        Map<String, String> before = Snapshots.files(tmp.resolve("site"));
        BuildSession.Outcome o = session.rebuildPages(Set.copyOf(touched));
        touched.clear();
        Map<String, String> between = Snapshots.files(tmp.resolve("site"));
        pagesFirst = o.changed();
        trailing = session.finishLater();
        assertThat(session.finishLater()).as("nothing left after step %d", steps).isEmpty();
        Map<String, String> reference = compareWithFullBuild(o);
        Map<String, String> expectedBetween = new TreeMap<>(reference);
        for (String later : trailing) {
            // A file the generator made before keeps its bytes until then (and requests wait for it unless it is
            // gone now); a new one (the search shard of a new word) is absent until then, and reached only through
            // one that waits (the search index names its shards).
            if (before.containsKey(later)) {
                if (reference.containsKey(later)) assertThat(session.laterPaths()).contains(later);
                expectedBetween.put(later, before.get(later));
            } else {
                expectedBetween.remove(later);
            }
        }
        assertThat(between).as("output between pages and index after step %d", steps).isEqualTo(expectedBetween);
        List<String> changed = new ArrayList<>(o.changed());
        changed.addAll(trailing);
        return new BuildSession.Outcome(o.number(), o.result(), changed);
    }

    private void compareWithFullBuild() throws IOException {
        compareWithFullBuild(null);
    }

    private Path lastGood;

    /** Returns the output the session must have now: the full build's, or the last good one's. */
    private Map<String, String> compareWithFullBuild(BuildSession.Outcome o) throws IOException {
        Path full = tmp.resolve("full-" + steps);
        BuildResult expected = new Build(options(full)).run();
        if (o != null) {
            assertThat(Snapshots.formatted(o.result().diagnostics())).as("diagnostics after step %d", steps)
                    .isEqualTo(Snapshots.formatted(expected.diagnostics()));
            assertThat(o.result().ok()).isEqualTo(expected.ok());
        }
        // A failed build leaves the last good site; a good one equals the full build.
        Map<String, String> reference = Snapshots.files(expected.ok() ? full : lastGood);
        assertThat(Snapshots.files(tmp.resolve("site"))).as("output after step %d", steps).isEqualTo(reference);
        if (expected.ok()) lastGood = full;
        return reference;
    }

    private void edit(String path, java.util.function.UnaryOperator<String> change) throws IOException {
        Path f = tmp.resolve(path);
        String before = Files.readString(f);
        String after = change.apply(before);
        assertThat(after).as("edit of %s changes it", path).isNotEqualTo(before);
        Files.writeString(f, after);
        touched.add(f);
    }

    private void write(String path, String text) throws IOException {
        Path f = tmp.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        touched.add(f);
    }

    private void delete(String path) throws IOException {
        Files.delete(tmp.resolve(path));
        touched.add(tmp.resolve(path));
    }

    private void move(String from, String to) throws IOException {
        Files.move(tmp.resolve(from), tmp.resolve(to));
        touched.add(tmp.resolve(from));
        touched.add(tmp.resolve(to));
    }

    /** As the watcher reports a renamed folder: the old path, the new one and everything below it. */
    private void moveFolder(String from, String to) throws IOException {
        Files.move(tmp.resolve(from), tmp.resolve(to));
        touched.add(tmp.resolve(from));
        try (Stream<Path> s = Files.walk(tmp.resolve(to))) {
            s.forEach(touched::add);
        }
    }

    private void touch(String path) throws IOException {
        Path f = tmp.resolve(path);
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        touched.add(f);
    }
}

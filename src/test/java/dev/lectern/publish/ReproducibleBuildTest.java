package dev.lectern.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same sources give byte-identical sites, so a deploy uploads only what changed. */
class ReproducibleBuildTest {
    @TempDir
    Path tmp;

    /** Every file below a folder, by relative path, with its bytes. */
    static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) all.put(root.relativize(f).toString(), Files.readAllBytes(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    static BuildResult build(Path content, Path out, boolean compress) {
        return new Build(BuildOptions.builder().content(content).theme(TestSite.THEME)
                .out(out).cache(TestSite.CACHE).compress(compress).build())
                .run();
    }

    static void assertSameBytes(Path a, Path b) {
        Map<String, byte[]> one = files(a);
        Map<String, byte[]> two = files(b);
        assertThat(two.keySet()).isEqualTo(one.keySet());
        for (String f : one.keySet()) assertThat(two.get(f)).as(f).isEqualTo(one.get(f));
    }

    // Checks every fixture site under src/test/resources/sites/ (each one a valid site: a fixture that fails to
    // build fails this test rather than being skipped): built twice in two folders, the same bytes.
    @Test
    void fixturesBuildIdentically() throws IOException {
        List<String> fixtures;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/sites"))) {
            fixtures = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(fixtures).contains("basic", "quiz");
        for (String name : fixtures) {
            Path one = TestSite.fixture(name, tmp.resolve(name + "-1")).root();
            Path two = TestSite.fixture(name, tmp.resolve(name + "-2")).root();
            BuildResult first = build(one.resolve("content"), one.resolve("site"), true);
            assertThat(first.diagnostics()).as(name).isEmpty();
            assertThat(first.written()).as(name).isTrue();
            assertThat(build(two.resolve("content"), two.resolve("site"), true).written()).as(name).isTrue();
            assertSameBytes(one.resolve("site"), two.resolve("site"));
            assertThat(files(one.resolve("site"))).as(name).containsKeys("index.html", "index.html.gz", "404.html");
        }
    }

    // Checks the course itself (quizzes, diagrams, glossary and all), with .gz files: the same bytes twice.
    @Test
    void courseBuildsIdentically() {
        Path content = Path.of("content").toAbsolutePath();
        BuildResult first = build(content, tmp.resolve("one"), true);
        assertThat(first.diagnostics()).isEmpty();
        assertThat(build(content, tmp.resolve("two"), true).ok()).isTrue();
        assertSameBytes(tmp.resolve("one"), tmp.resolve("two"));
        assertThat(files(tmp.resolve("one")).keySet()).contains("index.html", "index.html.gz", "_headers");
    }

    // Checks the course built by two separate processes (as two machines would): the same bytes. Within one JVM,
    // iteration orders such as Set.of's are fixed; across processes they change, and a page's links must not.
    @Test
    void courseBuildsIdenticallyInTwoProcesses() throws Exception {
        for (String run : new String[] {"one", "two"}) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.lectern.cli.Main", "build",
                    "--content", "content", "--theme", TestSite.THEME.toString(),
                    "--cache", tmp.resolve("cache-" + run).toString(), "--out", tmp.resolve(run).toString())
                    .redirectErrorStream(true).start();
            String printed = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as(printed).isZero();
        }
        assertSameBytes(tmp.resolve("one"), tmp.resolve("two"));
    }

    // Checks that a rebuild keeps the time of unchanged files and gives a changed page a new one.
    @Test
    void unchangedFilesKeepTheirTime() throws IOException {
        TestSite site = TestSite.fixture("basic", tmp).build();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        try (Stream<Path> s = Files.walk(site.out())) {
            for (Path f : s.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(f, old);
        }
        site.file("content/stack/web-server.md", Files.readString(site.root().resolve("content/stack/web-server.md"))
                + "\nOne more line.\n").build();
        assertThat(site.result().ok()).isTrue();
        assertThat(Files.getLastModifiedTime(site.out().resolve("stack/web-server/index.html"))).isNotEqualTo(old);
        assertThat(Files.getLastModifiedTime(site.out().resolve("dns/records/index.html"))).isEqualTo(old);
        assertThat(Files.getLastModifiedTime(site.out().resolve("_headers"))).isEqualTo(old);
    }
}

package dev.lectern.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installable archive ({@code target/lectern-VERSION.tar.gz}, made by {@code mvn package}; this
 * test runs in {@code mvn verify}): unpacked into a temporary home, installed as the README says, run
 * through {@code bin/lectern} (and a symlink to it) from a working folder far from the checkout.
 */
class ArchiveIT {
    @TempDir
    Path tmp;

    record Run(int exit, String out) {}

    private Run run(Path cwd, Path home, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("HOME", home.toString());
        env.put("PATH", home.resolve(".local/bin") + ":" + System.getenv("PATH"));
        env.remove("LECTERN_JAVA_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished: " + String.join(" ", command)).isTrue();
        return new Run(p.exitValue(), out);
    }

    // Checks the archive's layout, the install into ~/.local, and new + build + check from another folder.
    @Test
    void unpackedArchiveRunsFromAnywhere() throws Exception {
        String version = System.getProperty("lectern.version");
        assertThat(version).as("lectern.version, set by the POM").isNotBlank();
        Path archive = Path.of("target", "lectern-" + version + ".tar.gz").toAbsolutePath();
        assertThat(archive).isRegularFile();
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path share = Files.createDirectories(home.resolve(".local/share/lectern"));
        Files.createDirectories(home.resolve(".local/bin"));
        // The README's two-line install.
        assertThat(run(tmp, home, "tar", "-xzf", archive.toString(), "-C", share.toString(),
                "--strip-components=1").exit()).isZero();
        assertThat(run(tmp, home, "ln", "-sf", share.resolve("bin/lectern").toString(),
                home.resolve(".local/bin/lectern").toString()).exit()).isZero();
        try (Stream<Path> s = Files.walk(share)) {
            assertThat(s.filter(Files::isRegularFile).map(p -> share.relativize(p).toString()).sorted().toList())
                    .containsExactly("README.md", "bin/lectern", "lib/lectern.jar");
        }
        assertThat(Files.isExecutable(share.resolve("bin/lectern"))).isTrue();
        assertThat(Files.readString(share.resolve("README.md"))).contains("Lectern " + version).contains("lectern new");

        Path work = Files.createDirectories(tmp.resolve("work"));
        String lectern = home.resolve(".local/bin/lectern").toString();
        Run version_ = run(work, home, lectern, "--version");
        assertThat(version_.out().strip()).isEqualTo("lectern " + version);
        Run created = run(work, home, lectern, "new", "course");
        assertThat(created.exit()).as(created.out()).isZero();
        Path course = work.resolve("course");
        Run built = run(course, home, lectern, "build");
        assertThat(built.exit()).as(built.out()).isZero();
        assertThat(course.resolve("site/index.html")).isRegularFile();
        // The summary counts the HTML pages written (the starter has no Q&A page, so no review page).
        Path site = course.resolve("site");
        List<String> html;
        try (Stream<Path> s = Files.walk(site)) {
            html = s.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString()).sorted().toList();
        }
        assertThat(html).containsExactly("404.html", "basics/how-a-request-travels/index.html", "basics/index.html",
                "glossary/index.html", "index.html", "practice/check-yourself/index.html", "practice/index.html",
                "progress/index.html", "search/index.html");
        int pages = html.size();
        assertThat(built.out()).startsWith("Built site: " + pages + " pages").contains("0 warnings");
        assertThat(course.resolve(".lectern-cache")).isDirectory();
        // From a folder inside the course, through bin/lectern itself: the same project.
        Run checked = run(course.resolve("content/basics"), home, share.resolve("bin/lectern").toString(), "check");
        assertThat(checked.exit()).as(checked.out()).isZero();
        assertThat(checked.out()).startsWith("Checked: " + pages + " pages");
        // The class-data-sharing archive of the first build sits beside the jar; nothing was written elsewhere.
        assertThat(share.resolve("lib/lectern.jsa")).isRegularFile();
        try (Stream<Path> s = Files.list(work)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("course"));
        }
        // An empty folder: an error that says how to start.
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Run none = run(empty, home, lectern, "build");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.out()).contains("content: error: content folder not found").contains("lectern new")
                .doesNotContain("previous");
    }
}

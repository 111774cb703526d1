package dev.lectern.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Needs;
import dev.lectern.testing.Tool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's smoke run, so that {@code src/bench/run.sh} cannot rot: Lectern alone (the code under
 * test, from the test class path), 200 pages, one round, nothing installed. It fails when the script or
 * the build breaks, never on a time.
 */
@Needs(Tool.PYTHON3)
class BenchSmokeTest {
    @TempDir
    static Path work;

    // The script makes the 200-page corpus, builds it twice (warm-up and one round) and prints the table row.
    @Test
    void lecternAloneOnTwoHundredPages() throws Exception {
        Result r = run(launcher("lectern-ok", "exec " + java() + " -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp '"
                + System.getProperty("java.class.path") + "' dev.lectern.cli.Main \"$@\""));
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains("### 200-page corpus (205 Markdown files)")
                .containsPattern("\\| lectern \\| [0-9.]+ s \\([0-9.]+-[0-9.]+\\) \\| [0-9,]+ \\| [0-9.]+ s \\| [0-9,]+ MB \\|");
        Path site = work.resolve("corpus-200-plain/site");
        assertThat(site.resolve("index.html")).exists();
        try (var pages = Files.walk(site)) {
            assertThat(pages.filter(p -> p.toString().endsWith(".html")).count()).isGreaterThanOrEqualTo(205);
        }
    }

    // A build that fails makes the run fail, naming the tool and its error, though the table is still printed.
    @Test
    void aBrokenBuildFailsTheRun() throws Exception {
        Result r = run(launcher("lectern-broken", "echo 'content: error: something broke' >&2; exit 3"));
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).contains("lectern failed (exit 3)").contains("content: error: something broke")
                .contains("bench: failed or timed out: 200-page corpus: lectern");
        assertThat(r.out).contains("| lectern | > ");
    }

    private record Result(int exit, String out, String err) {}

    private static Result run(Path lectern) throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("src/bench/run.sh").toString(), "--sizes", "200",
                "--tools", "lectern", "--rounds", "1", "--no-course", "--timeout", "120");
        pb.environment().put("LECTERN_CMD", lectern.toString());
        pb.environment().put("LECTERN_BENCH_WORK", work.toString());
        pb.environment().put("LECTERN_BENCH_INSTALL", "0");
        pb.environment().remove("LECTERN_CORPUS_SCRIPT");
        Path out = work.resolve(lectern.getFileName() + ".out");
        Path err = work.resolve(lectern.getFileName() + ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("run.sh took over 300 s");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A command that runs {@code body} (a shell line) as the Lectern the script times. */
    private static Path launcher(String name, String body) throws IOException {
        Path script = work.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private static String java() {
        return "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "'";
    }
}

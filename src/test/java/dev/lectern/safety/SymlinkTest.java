package dev.lectern.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.diag.Diagnostic;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links in the content folder: loops are found, links out of it refused; the output is never content. */
class SymlinkTest {
    @TempDir
    Path tmp;

    TestSite site;

    @BeforeEach
    void content() {
        site = TestSite.create(tmp).file("content/index.md", "# Home\n\nText.\n").file("content/dns/index.md", "# DNS\n");
    }

    /** A real path as {@link TestSite#printed()} shows it (relative to the test's folder). */
    private String shown(Path p) throws IOException {
        return p.toRealPath().toString().replace(tmp + "/", "");
    }

    private Path content(String rel) {
        return tmp.resolve("content").resolve(rel);
    }

    @Test
    void loopToItsOwnFolderIsAnErrorNotAHang() throws IOException {
        Files.createSymbolicLink(content("self"), Path.of("."));
        Files.createSymbolicLink(content("dns/up"), Path.of(".."));
        long start = System.nanoTime();
        site.build();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(site.printed()).containsExactly(
                "content/dns/up: error: symbolic link loop: it leads back to content, which holds it",
                "content/self: error: symbolic link loop: it leads back to content, which holds it");
    }

    @Test
    void linksBetweenTwoLinksAreBroken() throws IOException {
        Files.createSymbolicLink(content("a"), Path.of("b"));
        Files.createSymbolicLink(content("b"), Path.of("a"));
        assertThat(site.build().printed()).hasSize(2).allSatisfy(l -> assertThat(l)
                .matches("content/[ab]: error: broken symbolic link: it cannot be followed \\(.*\\); "
                        + "remove it or fix its target"));
    }

    @Test
    void linkToAFileOutsideIsAnErrorAndNotPublished() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "password");
        Files.createSymbolicLink(content("pw.txt"), secret);
        site.build();
        assertThat(site.printed()).containsExactly("content/pw.txt: error: symbolic link to " + shown(secret)
                + ", outside the content folder; Lectern publishes nothing from outside it (copy the file in instead)");
        assertThat(site.out().resolve("pw.txt")).doesNotExist();
    }

    @Test
    void linkToAFolderOutsideIsAnError() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("page.md"), "# Elsewhere\n");
        Files.createSymbolicLink(content("dns/more"), elsewhere);
        assertThat(site.build().printed()).containsExactly("content/dns/more: error: symbolic link to "
                + shown(elsewhere) + ", outside the content folder; Lectern publishes nothing from outside it "
                + "(copy the file in instead)");
    }

    @Test
    void danglingLinkIsAnError() throws IOException {
        Files.createSymbolicLink(content("gone.png"), Path.of("nowhere.png"));
        assertThat(site.build().printed()).containsExactly(
                "content/gone.png: error: broken symbolic link: it points to nothing; remove it or fix its target");
    }

    @Test
    void linksInsideTheContentFolderAreFollowed() throws IOException {
        Files.writeString(content("dns/logo.txt"), "logo");
        Files.createSymbolicLink(content("logo.txt"), Path.of("dns/logo.txt"));
        Files.createSymbolicLink(content("names"), Path.of("dns"));
        assertThat(site.build().printed()).isEmpty();
        assertThat(site.read("logo.txt")).isEqualTo("logo");
        assertThat(site.out().resolve("names/index.html")).exists();
    }

    // The cache inside the content folder is not read as content; an output folder there is refused
    // before anything is read or written (the output-folder rules), so no site ever nests in the next.
    @Test
    void cacheInsideTheContentFolderIsNotContentAndOutputThereIsRefused() {
        BuildOptions options = BuildOptions.builder().content(tmp.resolve("content")).theme(TestSite.THEME)
                .out(tmp.resolve("site")).cache(tmp.resolve("content/cache")).build();
        for (int i = 0; i < 3; i++) {
            BuildResult r = new Build(options).run();
            assertThat(r.diagnostics()).extracting(Diagnostic::format).isEmpty();
        }
        assertThat(tmp.resolve("site/index.html")).exists();
        assertThat(tmp.resolve("site/cache")).doesNotExist();
        BuildOptions inside = BuildOptions.builder().content(tmp.resolve("content")).theme(TestSite.THEME)
                .out(tmp.resolve("content/site")).cache(tmp.resolve("content/cache")).build();
        BuildResult r = new Build(inside).run();
        assertThat(r.written()).isFalse();
        assertThat(r.diagnostics()).extracting(Diagnostic::message).singleElement().asString()
                .contains("it is inside the content folder");
        assertThat(tmp.resolve("content/site")).doesNotExist();
    }
}

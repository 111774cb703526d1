package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.diag.Diagnostic;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The swap of a finished build into the output folder, and what a failed or interrupted one leaves:
 * always a whole site, the previous one if the new one could not be written, and no work folders.
 */
class SiteSwapTest {
    @TempDir
    Path tmp;

    private List<String> siblings() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site")).sorted().toList();
        }
    }

    // Checks that a leftover .site.old beside a whole site (a crash after the swap, before the clean-up) is removed
    // by the next build, which then swaps in as usual; the site in place is not replaced by the old one.
    @Test
    void leftoverOldFolderBesideTheSite() throws IOException {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# First\n").build();
        // a leftover is a folder Lectern wrote: it carries the marker (one without it is refused, see OutputFolderTest)
        Files.createDirectories(tmp.resolve(".site.old"));
        Files.write(tmp.resolve(".site.old").resolve(OutputFolder.MARKER), OutputFolder.marker());
        Files.writeString(tmp.resolve(".site.old/index.html"), "stale");
        site.file("content/index.md", "# Second\n").build();
        assertThat(site.printed()).isEmpty();
        assertThat(site.read("index.html")).contains("<h1>Second</h1>");
        assertThat(siblings()).isEmpty();
        // and the build after it too
        site.file("content/index.md", "# Third\n").build();
        assertThat(site.read("index.html")).contains("<h1>Third</h1>");
    }

    // Checks a crash between the two renames of the swap (site moved aside, new one not yet in place): the next
    // build starts from the restored site and replaces it, leaving no work folder.
    @Test
    void crashBetweenTheTwoRenames() throws IOException {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# First\n").build();
        Files.move(site.out(), tmp.resolve(".site.old"));
        Files.createDirectories(tmp.resolve(".site.building-42/dns"));
        Files.write(tmp.resolve(".site.building-42").resolve(OutputFolder.MARKER), OutputFolder.marker());
        new SiteWriter(site.out()).recover();
        assertThat(site.read("index.html")).as("the last good site is back").contains("<h1>First</h1>");
        assertThat(siblings()).isEmpty();
        Files.move(site.out(), tmp.resolve(".site.old"));
        site.file("content/index.md", "# Second\n").build();
        assertThat(site.printed()).isEmpty();
        assertThat(site.read("index.html")).contains("<h1>Second</h1>");
        assertThat(siblings()).isEmpty();
    }

    // Checks that a file that cannot be written becomes one diagnostic naming the output folder, the half-written
    // work folder is removed and the previous site stays whole. The file's path fits Linux's PATH_MAX (4,096 bytes)
    // under content/ but not under the longer name of the work folder, so reading it works and writing it fails.
    @Test
    void writeFailureIsADiagnosticAndLeavesThePreviousSite() throws IOException {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# First\n").build();
        site.file("content/index.md", "# Second\n");
        Path deep = tmp.toAbsolutePath().resolve("content");
        while (deep.toString().length() < 4000) deep = deep.resolve("d".repeat(50));
        String name = "gone" + "e".repeat(4090 - deep.toString().length() - 1 - 8) + ".png";
        Files.createDirectories(deep);
        Files.writeString(deep.resolve(name), "x");
        assertThat(deep.resolve(name).toString()).hasSize(4090);
        site.build();
        assertThat(site.result().written()).isFalse();
        assertThat(site.result().diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(Build.display(site.out()));
            assertThat(d.line()).isZero();
            assertThat(d.message()).startsWith("cannot write the site: ").contains("goneeee");
        });
        assertThat(site.read("index.html")).contains("<h1>First</h1>");
        assertThat(siblings()).as("no work folder left").isEmpty();
    }

    // Checks that a missing content folder is one error naming it, and nothing is written or removed.
    @Test
    void missingContentFolder() throws IOException {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# First\n").build();
        SiteWriter.deleteTree(tmp.resolve("content"));
        site.build();
        assertThat(site.result().written()).isFalse();
        List<Diagnostic> d = site.result().diagnostics();
        assertThat(d).extracting(Diagnostic::format)
                .containsExactly(Build.display(tmp.resolve("content")) + ": error: content folder not found; start a course with"
                        + " `lectern new DIR` (or name the folder with --content DIR)");
        assertThat(site.read("index.html")).contains("<h1>First</h1>");
        assertThat(siblings()).isEmpty();
    }

    // Checks the swap's own checks at commit time, for what appears while a site is built: a .site.old of Lectern's
    // is replaced, one that is not Lectern's is refused (and left as it is, the site in place too), and an output
    // folder swapped for someone else's folder meanwhile is refused rather than moved aside.
    @Test
    void commitChecksWhatAppearedDuringTheBuild() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter writer = new SiteWriter(out);
        Path work = writer.begin();
        Files.writeString(work.resolve("index.html"), "first");
        writer.commit(work);

        work = writer.begin();
        Files.writeString(work.resolve("index.html"), "second");
        Path old = tmp.resolve(".site.old");
        Files.createDirectories(old);
        Files.write(old.resolve(OutputFolder.MARKER), OutputFolder.marker());
        writer.commit(work);
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("second");
        assertThat(siblings()).isEmpty();

        Path third = writer.begin();
        Files.writeString(third.resolve("index.html"), "third");
        Files.createDirectories(old);
        Files.writeString(old.resolve("notes.txt"), "not Lectern's");
        assertThatThrownBy(() -> writer.commit(third)).isInstanceOf(OutputRefused.class)
                .hasMessageContaining("refusing to replace").hasMessageContaining("Lectern did not write it");
        assertThat(Files.readString(old.resolve("notes.txt"))).isEqualTo("not Lectern's");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("second");
        writer.abandon(third);
        SiteWriter.deleteTree(old);

        Path fourth = writer.begin();
        SiteWriter.deleteTree(out);
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.tex"), "someone's work");
        assertThatThrownBy(() -> writer.commit(fourth)).isInstanceOf(OutputRefused.class);
        assertThat(Files.readString(out.resolve("thesis.tex"))).isEqualTo("someone's work");
        assertThat(siblings()).doesNotContain(".site.old");
        writer.abandon(fourth);
    }
}

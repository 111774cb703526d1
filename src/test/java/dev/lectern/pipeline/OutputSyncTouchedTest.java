package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copied file that the watcher saw change is copied again even when its size and time look the
 * same as before (an editor that keeps the time, a change within the clock's resolution).
 */
class OutputSyncTouchedTest {
    @TempDir
    Path tmp;

    // Checks what a session's builds report as changed and that removing a page removes its folder, emptied.
    @Test
    void changedPathsAndEmptiedFolders() throws Exception {
        TestSite.create(tmp).file("content/index.md", "# Home\n\n[A](deep/a.md)\n")
                .file("content/deep/a.md", "# A\n");
        BuildSession session = new BuildSession(BuildOptions.builder().content(tmp.resolve("content")).theme(TestSite.THEME)
                .out(tmp.resolve("site")).cache(TestSite.CACHE).preview(true).build());
        BuildSession.Outcome first = session.rebuild(null);
        assertThat(first.changed()).as("the first build writes everything").contains("index.html", "deep/a/index.html",
                "404.html");
        assertThat(tmp.resolve("site/deep/a/index.html")).exists();
        Files.writeString(tmp.resolve("content/index.md"), "# Home\n");
        Files.delete(tmp.resolve("content/deep/a.md"));
        BuildSession.Outcome second = session.rebuild(Set.of(tmp.resolve("content/index.md"), tmp.resolve("content/deep/a.md")));
        assertThat(second.result().ok()).as(second.result().diagnostics().toString()).isTrue();
        assertThat(second.changed()).contains("index.html", "deep/a/index.html");
        assertThat(tmp.resolve("site/deep")).as("emptied folders go with their last file").doesNotExist();
        assertThat(tmp.resolve("site/index.html")).exists();
    }

    // Checks that a same-size, same-time change to an image reaches the output when it was touched, and only then.
    @Test
    void touchedFileIsCopiedEvenWithTheSameSizeAndTime() throws Exception {
        TestSite.create(tmp).file("content/index.md", "# Home\n\n![dot](img/dot.svg)\n")
                .file("content/img/dot.svg", "<svg>AAAA</svg>\n");
        BuildSession session = new BuildSession(BuildOptions.builder().content(tmp.resolve("content")).theme(TestSite.THEME)
                .out(tmp.resolve("site")).cache(TestSite.CACHE).preview(true).build());
        assertThat(session.rebuild(null).result().ok()).isTrue();
        Path source = tmp.resolve("content/img/dot.svg");
        FileTime time = Files.getLastModifiedTime(source);
        Files.writeString(source, "<svg>BBBB</svg>\n");
        Files.setLastModifiedTime(source, time);
        // not touched (no watcher event): size and time match what was copied, so it is left alone
        BuildSession.Outcome quiet = session.rebuild(Set.of());
        assertThat(quiet.changed()).doesNotContain("img/dot.svg");
        assertThat(Files.readString(tmp.resolve("site/img/dot.svg"))).isEqualTo("<svg>AAAA</svg>\n");
        // touched: copied again
        BuildSession.Outcome o = session.rebuild(Set.of(source));
        assertThat(o.result().ok()).isTrue();
        assertThat(o.changed()).contains("img/dot.svg");
        assertThat(Files.readString(tmp.resolve("site/img/dot.svg"))).isEqualTo("<svg>BBBB</svg>\n");
    }
}

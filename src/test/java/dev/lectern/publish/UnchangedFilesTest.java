package dev.lectern.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnchangedFilesTest {
    @TempDir
    Path tmp;

    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    private Path file(String path, String text) throws Exception {
        Path f = tmp.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    // Checks the comparison as a file is written: the same bytes take the old time; bytes of the same size
    // that differ in one place, another size, or no old file leave the new time.
    @Test
    void keepsTheTimeOfTheSameBytesOnly() throws Exception {
        Path old = file("old/a.html", "<p>same</p>");
        Files.setLastModifiedTime(old, OLD);
        Path fresh = file("new/a.html", "<p>same</p>");
        assertThat(UnchangedFiles.keepTime(old, fresh, "<p>same</p>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(Files.getLastModifiedTime(fresh)).isEqualTo(OLD);

        Path changed = file("new/b.html", "<p>sane</p>");
        assertThat(UnchangedFiles.keepTime(old, changed, "<p>sane</p>".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(Files.getLastModifiedTime(changed)).isNotEqualTo(OLD);
        Path longer = file("new/c.html", "<p>same </p>");
        assertThat(UnchangedFiles.keepTime(old, longer, "<p>same </p>".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(UnchangedFiles.keepTime(tmp.resolve("old/none.html"), fresh, new byte[0])).isFalse();
        assertThat(UnchangedFiles.keepTime(tmp.resolve("old/a.html/under"), fresh, new byte[0])).isFalse();
        Files.createDirectories(tmp.resolve("old/dir"));
        assertThat(UnchangedFiles.keepTime(tmp.resolve("old/dir"), fresh, new byte[0])).isFalse();
    }

    // Checks that the walk at the swap leaves out the paths compared already and compares the others.
    @Test
    void theWalkSkipsWhatWasCompared() throws Exception {
        for (String p : new String[] {"old/x/a.html", "old/b.css", "new/x/a.html", "new/b.css"}) file(p, "same");
        Files.setLastModifiedTime(tmp.resolve("old/x/a.html"), OLD);
        Files.setLastModifiedTime(tmp.resolve("old/b.css"), OLD);
        assertThat(UnchangedFiles.keepTimes(tmp.resolve("old"), tmp.resolve("new"), Set.of("x/a.html"))).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(tmp.resolve("new/b.css"))).isEqualTo(OLD);
        assertThat(Files.getLastModifiedTime(tmp.resolve("new/x/a.html"))).isNotEqualTo(OLD);
    }
}

package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeleteSwappedOutTest {
    @TempDir
    Path tmp;

    // Checks that a swapped-out site of many files in nested folders is removed whole on several threads (its 217
    // folders too, a level at a time, deepest first: a parent before its children fails), and that
    // a symbolic link in it is removed as a link: what it points to, outside the site, stays.
    @Test
    void removesEverythingButWhatLinksPointTo() throws Exception {
        Path old = tmp.resolve(".site.old");
        for (int d = 0; d < 7; d++) {
            for (int f = 0; f < 30; f++) {
                Path file = old.resolve("s" + d + "/p" + f + "/index.html");
                Files.createDirectories(file.getParent());
                Files.writeString(file, "page " + d + "/" + f);
            }
        }
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "kept");
        Files.createSymbolicLink(old.resolve("s0/link"), outside);
        SiteWriter.deleteSwappedOut(old);
        assertThat(old).doesNotExist();
        assertThat(outside.resolve("keep.txt")).hasContent("kept");
        SiteWriter.deleteSwappedOut(old); // nothing there: nothing to do
    }
}

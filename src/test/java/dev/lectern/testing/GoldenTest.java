package dev.lectern.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A golden file is compared, never self-compared: update mode writes it and fails. */
class GoldenTest {
    @TempDir
    Path tmp;

    // Checks that the same output passes and a different one fails, naming the golden file.
    @Test
    void comparesWithTheFile() throws IOException {
        Path golden = tmp.resolve("g.txt");
        Files.writeString(golden, "one\ntwo\n");
        Golden.assertMatches(golden, "one\ntwo\n", false);
        assertThatThrownBy(() -> Golden.assertMatches(golden, "one\nthree\n", false))
                .isInstanceOf(AssertionError.class).hasMessageContaining(golden.toString()).hasMessageContaining("three");
    }

    // Checks that update mode writes the output and still fails, asking for a review, changed or not.
    @Test
    void updateWritesAndFails() throws IOException {
        Path golden = tmp.resolve("golden/g.txt");
        assertThatThrownBy(() -> Golden.assertMatches(golden, "new\n", true)).isInstanceOf(AssertionError.class)
                .hasMessage("-Dgolden.update=true: " + golden + " was rewritten; review the diff (git diff -- "
                        + golden + "), then run again without -Dgolden.update");
        assertThat(Files.readString(golden)).isEqualTo("new\n");
        assertThatThrownBy(() -> Golden.assertMatches(golden, "new\n", true)).hasMessageContaining("already up to date");
    }

    // Checks that a missing golden file fails rather than being created silently.
    @Test
    void missingFileFails() {
        Path golden = tmp.resolve("none.txt");
        assertThatThrownBy(() -> Golden.assertMatches(golden, "x", false)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not exist");
        assertThat(golden).doesNotExist();
    }
}

package dev.lectern.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;

/**
 * A golden file: expected output kept under {@code src/test/resources/golden/} and reviewed like code.
 * {@code -Dgolden.update=true} rewrites the file and fails the test, so a run in update mode never
 * passes by comparing the output with itself: review the diff ({@code git diff}), then run again
 * without the flag.
 */
public final class Golden {
    public static final String UPDATE = "golden.update";

    private Golden() {}

    /** Checks {@code actual} against the golden file, or (update mode) rewrites it and fails. */
    public static void assertMatches(Path golden, String actual) {
        assertMatches(golden, actual, Boolean.getBoolean(UPDATE));
    }

    static void assertMatches(Path golden, String actual, boolean update) {
        try {
            if (update) {
                boolean changed = !Files.exists(golden) || !Files.readString(golden).equals(actual);
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual);
                throw new AssertionFailedError("-D" + UPDATE + "=true: " + golden + " was "
                        + (changed ? "rewritten" : "already up to date")
                        + "; review the diff (git diff -- " + golden + "), then run again without -D" + UPDATE);
            }
            if (!Files.exists(golden)) {
                throw new AssertionFailedError(golden + " does not exist; write it with -D" + UPDATE
                        + "=true and review it");
            }
            assertThat(actual).as("output compared with the golden file " + golden
                    + " (after an intended change: -D" + UPDATE + "=true, then review the diff)")
                    .isEqualTo(Files.readString(golden));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

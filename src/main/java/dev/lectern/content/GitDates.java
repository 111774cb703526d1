package dev.lectern.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * "Last updated" dates from git: the commit date of the last commit that touched each file of the
 * content folder, from ONE {@code git log} call for the whole course (not one per page). Without git,
 * outside a repository, or on any failure, there are no dates, and pages show none. Commit dates (not
 * file times) keep the output the same for every checkout of the same commit.
 */
public final class GitDates {
    private GitDates() {}

    /** Source path below the content folder ({@code dns/records.md}) to {@code YYYY-MM-DD}. */
    public static Map<String, String> of(Path contentDir) {
        Map<String, String> dates = new HashMap<>();
        Process git;
        try {
            git = new ProcessBuilder("git", "-c", "core.quotepath=off", "log", "--format=%x00%cs", "--name-only",
                    "--relative", "--no-renames", "--", ".")
                    .directory(contentDir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return dates; // git is not installed
        }
        try (InputStream in = git.getInputStream()) {
            String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) return Map.of();
            String date = null;
            for (String line : out.split("\n")) {
                if (line.startsWith("\0")) date = line.substring(1).strip();
                else if (!line.isBlank() && date != null) dates.putIfAbsent(line.strip(), date);
            }
            return dates;
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } finally {
            git.destroy();
        }
    }
}

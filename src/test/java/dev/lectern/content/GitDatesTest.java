package dev.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Last updated" dates: each content file's last commit date, from one git log; none outside a repository. */
class GitDatesTest {
    @TempDir
    Path tmp;

    private void git(Path dir, String date, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_AUTHOR_DATE", date + "T12:00:00+00:00");
        pb.environment().put("GIT_COMMITTER_DATE", date + "T12:00:00+00:00");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(String.join(" ", args) + ": " + out).isZero();
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    // The date of the last commit that touched each file below the content folder, by its path there (names
    // outside ASCII as they are); files outside the content folder and uncommitted files have none.
    @Test
    void lastCommitDatePerFile() throws Exception {
        Path repo = tmp.resolve("repo");
        Path content = repo.resolve("content");
        write(content.resolve("a.md"), "# A\n");
        write(content.resolve("sub/b.md"), "# B\n");
        write(repo.resolve("README.md"), "outside\n");
        git(repo, "2020-01-02", "init", "-q");
        git(repo, "2020-01-02", "add", ".");
        git(repo, "2020-01-02", "commit", "-q", "-m", "one");
        write(content.resolve("a.md"), "# A, changed\n");
        write(content.resolve("sub/caf\u00e9.md"), "# Caf\u00e9\n");
        git(repo, "2021-03-04", "add", ".");
        git(repo, "2021-03-04", "commit", "-q", "-m", "two");
        write(repo.resolve("README.md"), "outside, changed\n");
        write(content.resolve("sub/b.md"), "# B, not committed\n");
        git(repo, "2022-05-06", "commit", "-q", "-m", "three", "--", "README.md");
        write(content.resolve("new.md"), "# Not committed\n");

        Map<String, String> dates = GitDates.of(content);
        assertThat(dates).containsExactlyInAnyOrderEntriesOf(Map.of("a.md", "2021-03-04", "sub/b.md", "2020-01-02",
                "sub/caf\u00e9.md", "2021-03-04"));
    }

    // Outside a repository (git fails) there are no dates, and no error.
    @Test
    void noRepositoryNoDates() throws IOException {
        Path content = tmp.resolve("content");
        write(content.resolve("a.md"), "# A\n");
        assertThat(GitDates.of(content)).isEmpty();
    }
}

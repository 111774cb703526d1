package dev.lectern.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A cheap sign of "git history changed" for a {@link BuildSession}: the repository's HEAD and the
 * size and time of its reflog, which every commit, checkout and reset updates. The session asks git
 * for page dates again only when this changes, instead of on every save.
 */
final class GitHead {
    private GitHead() {}

    static String key(Path contentDir) {
        Path dir = contentDir.toAbsolutePath().normalize();
        while (dir != null && !Files.exists(dir.resolve(".git"))) dir = dir.getParent();
        if (dir == null) return "no repository";
        try {
            Path git = dir.resolve(".git");
            if (Files.isRegularFile(git)) {
                // A worktree: ".git" is a file naming the real folder.
                String line = Files.readString(git).strip();
                if (line.startsWith("gitdir:")) git = dir.resolve(line.substring("gitdir:".length()).strip());
            }
            String head = Files.isRegularFile(git.resolve("HEAD")) ? Files.readString(git.resolve("HEAD")).strip() : "";
            Path log = git.resolve("logs").resolve("HEAD");
            String reflog = Files.isRegularFile(log)
                    ? Files.size(log) + "@" + Files.getLastModifiedTime(log).toMillis() : "";
            return git + " " + head + " " + reflog;
        } catch (IOException e) {
            return "unreadable";
        }
    }
}

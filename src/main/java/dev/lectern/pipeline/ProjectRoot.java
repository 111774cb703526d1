package dev.lectern.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder a course lives in: the nearest of the working folder and its parents that holds
 * {@code content/site.yaml}, else the working folder. The default folders ({@code content},
 * {@code theme}, {@code site}, {@code .lectern-cache}) are relative to it, never to Lectern's jar, so
 * {@code lectern build} works from anywhere in a course.
 */
public final class ProjectRoot {
    private ProjectRoot() {}

    /** The project folder for a working folder, relative to it ({@code ""} when it is the working folder itself). */
    public static Path find(Path workingDir) {
        Path start = workingDir.toAbsolutePath().normalize();
        for (Path d = start; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("content").resolve("site.yaml"))) return start.relativize(d);
        }
        return Path.of("");
    }
}

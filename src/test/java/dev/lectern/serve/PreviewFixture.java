package dev.lectern.serve;

import dev.lectern.pipeline.BuildOptions;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A {@link Preview} of a test site on a free loopback port, with its printed output captured. */
final class PreviewFixture implements AutoCloseable {
    final Path root;
    final Preview preview;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private PreviewFixture(Path root, Path theme, String basePath, String host, int port) throws Exception {
        this.root = root;
        BuildOptions options = BuildOptions.builder().content(root.resolve("content")).theme(theme)
                .out(root.resolve("site")).cache(TestSite.CACHE).basePath(basePath).preview(true).build();
        preview = new Preview(options, host, port, new PrintWriter(out, true), new PrintWriter(err, true));
        preview.start();
    }

    static PreviewFixture start(Path root) throws Exception {
        return new PreviewFixture(root, TestSite.THEME, null, "127.0.0.1", 0);
    }

    static PreviewFixture start(Path root, Path theme, String basePath, String host, int port) throws Exception {
        return new PreviewFixture(root, theme, basePath, host, port);
    }

    int port() {
        return preview.port();
    }

    String eventsUrl() {
        return preview.url() + SiteHandler.EVENTS;
    }

    void write(String path, String text) {
        try {
            Path f = root.resolve(path);
            Files.createDirectories(f.getParent());
            // As many editors do: write a temporary file, then rename it over the page.
            Path tmp = f.resolveSibling("." + f.getFileName() + ".tmp");
            Files.writeString(tmp, text);
            Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        preview.close();
    }
}

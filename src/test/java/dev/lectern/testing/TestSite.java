package dev.lectern.testing;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A small site written inline by a test (Hugo's habit: the test shows all its data), built with
 * the project's real theme into a temporary folder.
 *
 * <pre>
 * TestSite site = TestSite.create(tmp).file("content/index.md", "# Home").build();
 * </pre>
 */
public final class TestSite {
    /** Compiled templates are shared by all tests of a run. */
    public static final Path CACHE = Path.of("target", "test-cache").toAbsolutePath();
    public static final Path THEME = Path.of("theme").toAbsolutePath();

    private final Path root;
    private BuildResult result;
    private String basePath;
    private boolean drafts;

    private TestSite(Path root) {
        this.root = root;
    }

    public static TestSite create(Path root) {
        return new TestSite(root);
    }

    /** Copies a fixture site from {@code src/test/resources/sites/NAME}. */
    public static TestSite fixture(String name, Path root) {
        TestSite s = new TestSite(root);
        Path from = Path.of("src/test/resources/sites", name).toAbsolutePath();
        try (var walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path to = root.resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s;
    }

    /** Copies the project's own course ({@code content/}) into {@code root/content}. */
    public static TestSite course(Path root) {
        TestSite s = new TestSite(root);
        Path from = Path.of("content").toAbsolutePath();
        try (var walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path to = root.resolve("content").resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s;
    }

    public TestSite file(String path, String text) {
        try {
            Path f = root.resolve(path);
            Files.createDirectories(f.getParent());
            Files.writeString(f, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestSite delete(String path) {
        try {
            Files.deleteIfExists(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestSite basePath(String p) {
        this.basePath = p;
        return this;
    }

    public TestSite drafts() {
        this.drafts = true;
        return this;
    }

    public BuildOptions options() {
        return BuildOptions.builder().content(root.resolve("content")).theme(THEME)
                .out(root.resolve("site")).cache(CACHE).drafts(drafts).basePath(basePath).build();
    }

    public TestSite build() {
        result = new Build(options()).run();
        return this;
    }

    public BuildResult result() {
        return result;
    }

    public Path root() {
        return root;
    }

    public Path out() {
        return root.resolve("site");
    }

    /** The built page at a site path ({@code dns/records/index.html}), parsed. */
    public Document page(String path) {
        try {
            return Jsoup.parse(Files.readString(out().resolve(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String path) {
        try {
            return Files.readString(out().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An asset href without its content hash ({@code ../assets/css/lectern.3f2a9c1e.css} becomes
     * {@code ../assets/css/lectern.css}), for tests that name assets by their theme path.
     */
    public static String unhashed(String href) {
        return href.replaceFirst("\\.[0-9a-f]{8}(\\.[A-Za-z0-9]+)?$", "$1");
    }

    /** The diagnostics as printed, paths made relative to the site root. */
    public List<String> printed() {
        String prefix = root.toString() + "/";
        return result.diagnostics().stream().map(Diagnostic::format).map(s -> s.replace(prefix, "")).toList();
    }
}

package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.diag.Severity;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check reads no page, so HTML a theme of one's own writes with {@code $unsafe{...}} from a value
 * Lectern did not make (whose ids and links nobody recorded) is not checked: the build says so, once per
 * template, at the template's first such line.
 */
class UnrecordedHtmlTest {
    @TempDir
    Path tmp;

    // Checks one warning at footer.jte:4 for a footer that writes unknown HTML on two lines of every page, and that the build still succeeds.
    @Test
    void warnsOncePerTemplateAtItsLine() throws IOException {
        Path theme = tmp.resolve("theme");
        Files.createDirectories(theme.resolve("templates/partials"));
        Files.writeString(theme.resolve("templates/partials/footer.jte"), """
                @import dev.lectern.render.PageView
                @param PageView page
                <footer class="site-footer">
                <p>$unsafe{"<a href=\\"nowhere/\\">Gone</a>"}</p>
                <p>${page.site().title()}</p>
                <p>$unsafe{page.site().title()}</p>
                </footer>
                """);
        TestSite.create(tmp).file("content/index.md", "# Home\n").file("content/a.md", "# A\n").file("content/b.md", "# B\n");
        var options = BuildOptions.builder().content(tmp.resolve("content")).theme(theme)
                .out(tmp.resolve("site")).cache(tmp.resolve("cache")).build();
        BuildResult r = new Build(options).run();
        assertThat(r.ok()).isTrue();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.file()).endsWith("theme/templates/partials/footer.jte");
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.message()).isEqualTo("this template writes HTML with `$unsafe{...}` that Lectern did not make, "
                    + "so the links and ids in it are not checked; write the value with `${...}` if it is text");
        });
        assertThat(Files.readString(tmp.resolve("site/a/index.html"))).contains("<a href=\"nowhere/\">Gone</a>");
    }
}

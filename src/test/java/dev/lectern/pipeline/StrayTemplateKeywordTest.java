package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.diag.Diagnostic;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code @endif} or {@code @endfor} that closes nothing makes jte's parser fail with a
 * NullPointerException of its own, naming no template; the build reports it at the theme's file and line.
 */
class StrayTemplateKeywordTest {
    @TempDir
    Path tmp;

    /** The built-in page.jte with {@code line} inserted as line 6 (in the page header, after the h1). */
    private BuildResult buildWithLine6(String line) throws IOException {
        Path templates = tmp.resolve("theme/templates");
        Files.createDirectories(templates);
        List<String> lines = new ArrayList<>(Files.readAllLines(TestSite.THEME.resolve("templates/page.jte")));
        assertThat(lines.get(5)).contains("<h1>");
        lines.add(5, line);
        Files.write(templates.resolve("page.jte"), lines);
        TestSite.create(tmp).file("content/index.md", "# Home\n").file("content/a.md", "# A\n");
        var options = BuildOptions.builder().content(tmp.resolve("content")).theme(tmp.resolve("theme"))
                .out(tmp.resolve("site")).cache(tmp.resolve("cache")).build();
        return new Build(options).run();
    }

    @Test
    void strayEndifIsReportedAtItsLine() throws IOException {
        BuildResult r = buildWithLine6("    <p>before</p>@endif");
        assertThat(r.ok()).isFalse();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).endsWith("theme/templates/page.jte");
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.column()).isEqualTo(18);
            assertThat(d.message()).isEqualTo("template error: `@endif` closes no `@if`; remove it or add the `@if` it ends");
        });
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void strayEndforIsReportedAtItsLine() throws IOException {
        BuildResult r = buildWithLine6("    @endfor");
        assertThat(r.ok()).isFalse();
        assertThat(r.diagnostics()).extracting(Diagnostic::format).singleElement().asString()
                .endsWith("theme/templates/page.jte:6:5: error: template error: `@endfor` closes no `@for`; remove it or add"
                        + " the `@for` it ends");
    }

    // Keywords in comments and raw blocks are text: an @if there does not make the stray @endif after it a match.
    @Test
    void keywordsInCommentsAndRawBlocksDoNotCount() throws IOException {
        BuildResult r = buildWithLine6("    <%-- @if(x) --%>@raw<code>@for(</code>@endraw<p>x</p>@endif");
        assertThat(r.diagnostics()).extracting(Diagnostic::format).singleElement().asString()
                .endsWith("theme/templates/page.jte:6:58: error: template error: `@endif` closes no `@if`; remove it or add"
                        + " the `@if` it ends");
    }
}

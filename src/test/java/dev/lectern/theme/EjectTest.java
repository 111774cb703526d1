package dev.lectern.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.cli.Main;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern theme eject [FILE...]}: the built-in theme's files into the theme folder, never over a file. */
class EjectTest {
    @TempDir
    Path tmp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    // Checks that one named file is copied, an existing one kept, and an unknown name is a usage error with a hint.
    @Test
    void ejectsNamedFilesOnly() throws IOException {
        Path theme = tmp.resolve("theme");
        assertThat(run("theme", "eject", "--theme", theme.toString(), "templates/partials/footer.jte")).isZero();
        try (Stream<Path> s = Files.walk(theme)) {
            assertThat(s.filter(Files::isRegularFile).map(p -> theme.relativize(p).toString()).toList())
                    .containsExactly("templates/partials/footer.jte");
        }
        assertThat(Files.readAllBytes(theme.resolve("templates/partials/footer.jte")))
                .isEqualTo(BuiltinTheme.files().get("templates/partials/footer.jte"));
        Files.writeString(theme.resolve("templates/partials/footer.jte"), "mine");
        assertThat(run("theme", "eject", "--theme", theme.toString(), "theme/templates/partials/footer.jte")).isZero();
        assertThat(out.toString()).contains("(already there)").contains("0 files copied");
        assertThat(Files.readString(theme.resolve("templates/partials/footer.jte"))).isEqualTo("mine");
        assertThat(run("theme", "eject", "--theme", theme.toString(), "templates/layuot.jte")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown theme file `templates/layuot.jte`; did you mean `templates/layout.jte`?");
        assertThat(Files.exists(theme.resolve("templates/layout.jte"))).isFalse();
    }

    // Checks that ejecting everything gives the built-in theme's files, which build the same site; an edit then shows.
    @Test
    void ejectAllThenEdit() throws IOException {
        Path theme = tmp.resolve("theme");
        assertThat(run("theme", "eject", "--theme", theme.toString())).isZero();
        try (Stream<Path> s = Files.walk(theme)) {
            assertThat(s.filter(Files::isRegularFile).count()).isEqualTo(BuiltinTheme.files().size());
        }
        assertThat(Theme.templates(theme).overridden()).isEmpty();
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n");
        BuildOptions options = BuildOptions.builder().content(tmp.resolve("content")).theme(theme)
                .out(tmp.resolve("site")).cache(TestSite.CACHE).build();
        assertThat(new Build(options).run().diagnostics()).isEmpty();
        String before = site.read("index.html");
        Path footer = theme.resolve("templates/partials/footer.jte");
        Files.writeString(footer, Files.readString(footer).replace("built with Lectern", "made by us"));
        assertThat(new Build(options).run().diagnostics()).isEmpty();
        assertThat(site.page("index.html").select(".site-footer").text()).contains("made by us");
        assertThat(site.read("index.html").replace("made by us", "built with Lectern")).isEqualTo(before);
    }
}

package dev.lectern.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code editor:} of site.yaml: the named editors, URL patterns, what is refused, and the links made. */
class EditorTest {
    @TempDir
    Path tmp;

    private List<String> load(String yaml) throws Exception {
        Path file = Files.writeString(tmp.resolve("site.yaml"), yaml);
        Diagnostics d = new Diagnostics();
        SiteConfig config = SiteConfigLoader.load(file, "content/site.yaml", d);
        List<String> out = new java.util.ArrayList<>(d.sorted().stream().map(Diagnostic::format).toList());
        out.add("editor=" + config.editor());
        return out;
    }

    // Checks the three named editors' links for a path with a space and a non-ASCII letter (percent-encoded).
    @Test
    void namedEditors() {
        Path file = Path.of("/home/me/my course/content/café.md");
        assertThat(Editor.link(Editor.pattern("vscode"), file, 12, 5))
                .isEqualTo("vscode://file/home/me/my%20course/content/caf%C3%A9.md:12:5");
        assertThat(Editor.link(Editor.pattern("idea"), file, 12, 5))
                .isEqualTo("idea://open?file=/home/me/my%20course/content/caf%C3%A9.md&line=12&column=5");
        assertThat(Editor.link(Editor.pattern("subl"), file, 12, 0))
                .isEqualTo("subl://open?url=file:///home/me/my%20course/content/caf%C3%A9.md&line=12&column=1");
    }

    // Checks a URL pattern of one's own: placeholders filled in, & and ? of the path encoded so they stay in it.
    @Test
    void ownPattern() {
        String pattern = Editor.pattern("myeditor://open?f={path}&l={line}&c={column}");
        assertThat(Editor.link(pattern, Path.of("/srv/a&b?.md"), 3, 7))
                .isEqualTo("myeditor://open?f=/srv/a%26b%3F.md&l=3&c=7");
    }

    // Checks that site.yaml's editor is read, and that a setting without it leaves it unset.
    @Test
    void readFromSiteYaml() throws Exception {
        assertThat(load("title: T\neditor: vscode\n")).containsExactly("editor=vscode://file{path}:{line}:{column}");
        assertThat(load("title: T\neditor: \"txmt://open?url=file://{path}&line={line}\"\n"))
                .containsExactly("editor=txmt://open?url=file://{path}&line={line}");
        assertThat(load("title: T\n")).containsExactly("editor=null");
    }

    // Checks each refused value: an error at its file:line:col, with "did you mean" for a misspelt name.
    @Test
    void badValuesAreErrorsAtTheirPosition() throws Exception {
        assertThat(load("title: T\neditor: vscdoe\n")).containsExactly(
                "content/site.yaml:2:9: error: unknown `editor` `vscdoe`; did you mean `vscode`?", "editor=null");
        assertThat(load("editor: emacs\n")).containsExactly("content/site.yaml:1:9: error: unknown `editor` `emacs`;"
                + " expected `vscode`, `idea`, `subl` or a URL pattern such as `myeditor://open?file={path}&line={line}`",
                "editor=null");
        assertThat(load("title: T\n\neditor: \"javascript://x/%0aalert({path})\"\n")).containsExactly(
                "content/site.yaml:3:9: error: `editor` must not use the `javascript:` scheme (it could run script or"
                        + " read files); use the editor's own scheme, such as `vscode://`", "editor=null");
        assertThat(load("editor: \"DATA://text/html,{path}\"\n")).first().asString()
                .contains("must not use the `data:` scheme");
        assertThat(load("editor: \"javascript:alert({path})\"\n")).first().asString()
                .isEqualTo("content/site.yaml:1:9: error: `editor` `javascript:alert({path})` is not a URL pattern:"
                        + " it must start with a scheme and `://`, as in `vscode`, `idea`, `subl` or a URL pattern such"
                        + " as `myeditor://open?file={path}&line={line}`");
        assertThat(load("editor: \"myeditor://open?line={line}\"\n")).containsExactly("content/site.yaml:1:9: error:"
                + " `editor` `myeditor://open?line={line}` has no `{path}`: the pattern must say where the file goes",
                "editor=null");
        assertThat(load("editor: \"my://x?f={path}\\\"><b>\"\n")).first().asString()
                .contains("holds a space, quote, backslash or angle bracket");
        assertThat(load("editor: [vscode]\n")).first().asString()
                .startsWith("content/site.yaml:1:9: error: `editor` must be `vscode`, `idea`, `subl` or a URL pattern, not ");
        assertThat(load("edtior: vscode\n")).first().asString()
                .isEqualTo("content/site.yaml:1:1: error: unknown site setting `edtior`; did you mean `editor`?");
    }
}

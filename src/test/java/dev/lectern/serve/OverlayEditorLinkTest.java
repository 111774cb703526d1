package dev.lectern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Browser;
import dev.lectern.testing.Needs;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code editor:} in site.yaml, in Chromium: the error overlay of {@code lectern serve} links each
 * error's {@code file:line:col} to the editor, under the preview's Content-Security-Policy; without
 * the setting it stays plain text; a built site never holds the link.
 */
@Needs(Tool.CHROMIUM)
class OverlayEditorLinkTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path tmp;
    ChromeDriver browser;
    PreviewFixture site;

    @AfterEach
    void stop() throws Exception {
        if (browser != null) browser.quit();
        if (site != null) site.close();
    }

    private String siteYaml(String editor) {
        return "title: Fixture Course\nlanguage: en-GB\n" + (editor == null ? "" : "editor: \"" + editor + "\"\n");
    }

    /**
     * The overlay's first error line as [the link's href, the link's text, the whole line] (nulls: no
     * link), or null while there is no overlay. Read in one script: the overlay is replaced on each event.
     */
    @SuppressWarnings("unchecked")
    private List<String> overlay() {
        return (List<String>) browser.executeScript("""
                var pre = document.querySelector('#lectern-live-overlay pre');
                if (!pre) return null;
                var a = pre.querySelector('a');
                return [a ? a.getAttribute('href') : null, a ? a.textContent : null, pre.textContent];""");
    }

    /** The overlay once its first link is as {@code ready} says (any overlay with no link: {@code ready} null). */
    private List<String> overlayWhen(java.util.function.Predicate<String> ready) {
        return new WebDriverWait(browser, WAIT).until(d -> {
            List<String> o = overlay();
            if (o == null) return null;
            boolean ok = ready == null ? o.get(0) == null : o.get(0) != null && ready.test(o.get(0));
            return ok ? o : null;
        });
    }

    // Checks the link for `vscode` and for a pattern of one's own (site.yaml changed while the page is
    // broken), that it is plain text without `editor:`, and that the CSP was never violated.
    @Test
    void overlayLinksPositionsToTheEditor() throws Exception {
        TestSite.fixture("basic", tmp);
        Files.writeString(tmp.resolve("content/site.yaml"), siteYaml("vscode"));
        site = PreviewFixture.start(tmp);
        browser = Browser.start();
        browser.get(site.preview.url() + "dns/records/");
        new WebDriverWait(browser, WAIT).until(d ->
                browser.executeScript("return document.documentElement.getAttribute('data-lectern-build')") != null);
        browser.executeScript("window.cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective));");

        String records = Files.readString(tmp.resolve("content/dns/records.md"));
        site.write("content/dns/records.md", records.replace("weight: 2", "wieght: 2"));
        String file = tmp.resolve("content/dns/records.md").toAbsolutePath().toString();
        assertThat(file).as("a temporary folder whose path needs no encoding").matches("[A-Za-z0-9/._-]+");
        String line = file + ":4:1: error: unknown front matter key `wieght`; did you mean `weight`?";
        assertThat(overlayWhen(href -> true)).containsExactly("vscode://file" + file + ":4:1", file + ":4:1", line);

        site.write("content/site.yaml", siteYaml("myeditor://open?file={path}&line={line}&col={column}"));
        assertThat(overlayWhen(href -> href.startsWith("myeditor:")))
                .containsExactly("myeditor://open?file=" + file + "&line=4&col=1", file + ":4:1", line);

        site.write("content/site.yaml", siteYaml(null));
        assertThat(overlayWhen(null)).containsExactly(null, null, line);
        assertThat(browser.executeScript("return window.cspViolations")).asList().isEmpty();
        assertThat(site.err.toString()).contains("error: build #2 failed in ").contains(" ms with 1 error;");
    }

    // Checks that a build with `editor:` writes nothing of it: the link exists only in serve's live events.
    @Test
    void builtSiteHasNoEditorLink() throws Exception {
        TestSite s = TestSite.fixture("basic", tmp);
        Files.writeString(tmp.resolve("content/site.yaml"), siteYaml("vscode"));
        s.build();
        assertThat(s.result().ok()).isTrue();
        try (var files = Files.walk(tmp.resolve("site"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain("vscode").doesNotContain("lectern-live");
            }
        }
    }
}

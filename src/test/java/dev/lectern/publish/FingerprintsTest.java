package dev.lectern.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fingerprinted asset names: a hash of the content, references inside CSS rewritten first. */
class FingerprintsTest {
    private final Diagnostics diagnostics = new Diagnostics();

    private PublishedAssets publish(String... pathsAndTexts) {
        Map<String, byte[]> sources = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            sources.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return Fingerprints.of(sources, "theme/assets", diagnostics, (path, bytes) -> bytes);
    }

    private static String text(PublishedAssets a, String path) {
        return new String(a.files().get("assets/" + a.paths().renamed().get(path)), StandardCharsets.UTF_8);
    }

    // Checks that each name carries the first 8 hex digits of the SHA-256 of the content, before the extension.
    @Test
    void nameCarriesContentHash() {
        PublishedAssets a = publish("js/quiz.js", "console.log(1);\n", "LICENSE", "text");
        // the digits are those of `printf 'console.log(1);\n' | sha256sum`
        assertThat(a.paths().renamed().get("js/quiz.js")).isEqualTo("js/quiz.b603d946.js");
        assertThat(a.paths().renamed().get("LICENSE")).matches("LICENSE\\.[0-9a-f]{8}");
        assertThat(a.paths().outputPath("js/quiz.js")).isEqualTo("assets/js/quiz.b603d946.js");
        assertThat(a.files().keySet()).containsExactly("assets/LICENSE.982d9e3e",
                "assets/js/quiz.b603d946.js");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    // Checks that url() and @import in CSS point at the fingerprinted names, keeping quotes, query and fragment.
    @Test
    void cssReferencesRewritten() {
        PublishedAssets a = publish(
                "css/main.css", "@import \"parts/base.css\";\nbody { background: url(../img/bg.svg#a); }\n"
                        + "h1 { background: url('data:image/png;base64,AA'); }\n"
                        + "@font-face { src: url(\"../fonts/x.woff2?v=2\") format(\"woff2\"); }\n"
                        + "a { background: url(https://example.org/x.png); }\n",
                "css/parts/base.css", "p { color: red; }",
                "img/bg.svg", "<svg/>",
                "fonts/x.woff2", "woff");
        String css = text(a, "css/main.css");
        String base = a.paths().renamed().get("css/parts/base.css").replace("css/", "");
        String bg = a.paths().renamed().get("img/bg.svg").replace("img/", "");
        String font = a.paths().renamed().get("fonts/x.woff2").replace("fonts/", "");
        assertThat(css).isEqualTo("@import \"" + base + "\";\nbody { background: url(../img/" + bg + "#a); }\n"
                + "h1 { background: url('data:image/png;base64,AA'); }\n"
                + "@font-face { src: url(\"../fonts/" + font + "?v=2\") format(\"woff2\"); }\n"
                + "a { background: url(https://example.org/x.png); }\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    // Checks that a stylesheet's name changes when only an image it references changes.
    @Test
    void cssHashFollowsReferencedFiles() {
        String one = publish("css/a.css", "b { background: url(../img/x.svg) }", "img/x.svg", "<svg>1</svg>")
                .paths().renamed().get("css/a.css");
        String two = publish("css/a.css", "b { background: url(../img/x.svg) }", "img/x.svg", "<svg>2</svg>")
                .paths().renamed().get("css/a.css");
        assertThat(one).matches("css/a\\.[0-9a-f]{8}\\.css").isNotEqualTo(two);
    }

    // Checks that the hash is taken from the published bytes (after minifying), so a name always means one content.
    @Test
    void hashOfPublishedBytes() {
        Map<String, byte[]> sources = Map.of("js/a.js", "// note\nlet a = 1;\n".getBytes(StandardCharsets.UTF_8));
        PublishedAssets a = Fingerprints.of(sources, "theme/assets", diagnostics,
                dev.lectern.util.AssetMinifier::minify);
        byte[] published = a.files().get("assets/" + a.paths().renamed().get("js/a.js"));
        assertThat(new String(published, StandardCharsets.UTF_8)).isEqualTo("let a=1;\n");
        assertThat(a.paths().renamed().get("js/a.js")).isEqualTo("js/a." + Fingerprints.hash(published) + ".js");
    }

    // Checks that a url() naming no asset is an error at its line and column.
    @Test
    void missingReferenceIsAnError() {
        publish("css/a.css", "p { }\nb {\n  background: url(../img/gone.svg);\n}\n");
        assertThat(diagnostics.sorted()).map(Diagnostic::format).containsExactly(
                "theme/assets/css/a.css:3:19: error: `../img/gone.svg` names no file below theme/assets");
    }

    // Checks that stylesheets importing each other are reported instead of looping.
    @Test
    void importCycleIsAnError() {
        publish("a.css", "@import 'b.css';", "b.css", "@import 'a.css';");
        assertThat(diagnostics.sorted()).map(Diagnostic::format).containsExactly(
                "theme/assets/b.css:1:10: error: stylesheets refer to each other in a cycle: a.css -> b.css -> a.css");
    }

    // Checks that a build fingerprints theme assets and a preview build (lectern serve) keeps their names.
    @Test
    void previewBuildsKeepNames(@TempDir Path tmp) throws Exception {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n");
        BuildOptions o = site.options();
        assertThat(new Build(o).run().ok()).isTrue();
        assertThat(Jsoup.parse(Files.readString(site.out().resolve("index.html"))).select("link[rel=stylesheet]")
                .attr("href")).matches("assets/css/lectern\\.[0-9a-f]{8}\\.css");
        BuildOptions preview = BuildOptions.builder().content(o.contentDir()).theme(o.themeDir())
                .out(o.outDir()).cache(o.cacheDir()).preview(true).build();
        assertThat(new Build(preview).run().ok()).isTrue();
        assertThat(Jsoup.parse(Files.readString(site.out().resolve("index.html"))).select("link[rel=stylesheet]")
                .attr("href")).isEqualTo("assets/css/lectern.css");
        assertThat(site.out().resolve("assets/css/lectern.css")).isRegularFile();
    }
}

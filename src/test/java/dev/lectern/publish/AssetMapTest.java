package dev.lectern.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code <body data-assets>}: the fingerprinted href of every theme asset, for scripts that load one at run time. */
class AssetMapTest {
    @TempDir
    Path tmp;

    // Checks that the map lists every theme asset and that each href, relative to the page, names a published file.
    @Test
    @SuppressWarnings("unchecked")
    void everyThemeAssetResolvesFromThePage() throws Exception {
        TestSite site = TestSite.fixture("basic", tmp).build();
        assertThat(site.printed()).isEmpty();
        Document page = site.page("dns/records/index.html");
        Map<String, String> assets = new ObjectMapper().readValue(page.body().attr("data-assets"), Map.class);
        try (var s = Files.walk(TestSite.THEME.resolve("assets"))) {
            assertThat(assets.keySet()).containsExactlyInAnyOrderElementsOf(s.filter(Files::isRegularFile)
                    .map(f -> TestSite.THEME.resolve("assets").relativize(f).toString()).toList());
        }
        for (Map.Entry<String, String> e : assets.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).startsWith("../../assets/").matches(".*\\.[0-9a-f]{8}\\.[a-z0-9]+");
            assertThat(site.out().resolve("dns/records").resolve(e.getValue()).normalize()).as(e.getKey()).isRegularFile();
        }
        assertThat(assets.get("js/lectern.js")).isEqualTo(page.select("script[defer]").attr("src"));
    }
}

package dev.lectern.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compress: true} in {@code site.yaml} precompresses the site as {@code --compress} does. */
class CompressSettingTest {
    // Checks that the setting writes .gz files beside pages and text assets, and that without it there are none.
    @Test
    void compressInSiteYaml(@TempDir Path tmp) {
        TestSite site = TestSite.create(tmp.resolve("on")).file("content/site.yaml", "title: T\ncompress: true\n")
                .file("content/index.md", "# Home\n").build();
        assertThat(site.printed()).isEmpty();
        assertThat(site.out().resolve("index.html.gz")).exists();
        assertThat(site.out().resolve("404.html.gz")).exists();
        TestSite plain = TestSite.create(tmp.resolve("off")).file("content/site.yaml", "title: T\n")
                .file("content/index.md", "# Home\n").build();
        assertThat(plain.printed()).isEmpty();
        assertThat(plain.out().resolve("index.html")).exists();
        assertThat(plain.out().resolve("index.html.gz")).doesNotExist();
    }
}

package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sidebar of large sites: its size must not grow with the number of pages or sections. */
class OutlineTest {
    @TempDir
    Path tmp;

    // Checks that a site over 300 pages in over 100 sections lists only the current section in the sidebar.
    @Test
    void manySectionsListOnlyTheCurrentOne() {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n");
        for (int s = 0; s < 101; s++) {
            for (int p = 0; p < 3; p++) site.file("content/s" + s + "/p" + p + ".md", "# Page " + s + "." + p + "\n");
        }
        site.build();
        assertThat(site.printed()).isEmpty();
        Document page = site.page("s7/p1/index.html");
        assertThat(page.select(".sidebar .outline a").eachText()).containsExactly("Home", "S7", "Page 7.0", "Page 7.1",
                "Page 7.2");
        assertThat(site.page("index.html").select(".sidebar .outline a").eachText()).containsExactly("Home");
    }

    // Checks that with 100 sections every section is still listed (only the current one opened).
    @Test
    void upToAHundredSectionsAreAllListed() {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n");
        for (int s = 0; s < 100; s++) {
            for (int p = 0; p < 4; p++) site.file("content/s" + s + "/p" + p + ".md", "# Page " + s + "." + p + "\n");
        }
        site.build();
        Document page = site.page("s7/p1/index.html");
        assertThat(page.select(".sidebar .outline a")).hasSize(1 + 100 + 4);
    }
}

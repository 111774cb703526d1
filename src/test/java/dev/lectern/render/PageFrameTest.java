package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frame around every page: canonical and Open Graph tags, favicon, "edit this page", heading anchors. */
class PageFrameTest {
    @TempDir
    Path tmp;

    // Checks canonical and og:url from base_url and base_path, the other Open Graph tags, the favicon and the edit link.
    @Test
    void metaAndEditLink() {
        TestSite site = TestSite.create(tmp).file("content/site.yaml", """
                title: T
                base_url: https://example.org/
                base_path: /course/
                repository: https://git.example.org/team/course/
                edit_branch: live
                """).file("content/index.md", "# Home\n").file("content/dns/a.md", "---\ndescription: About A\n---\n# A\n").build();
        assertThat(site.printed()).isEmpty();
        Document d = site.page("dns/a/index.html");
        assertThat(d.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/course/dns/a/");
        assertThat(d.select("meta[property=og:url]").attr("content")).isEqualTo("https://example.org/course/dns/a/");
        assertThat(d.select("meta[property=og:title]").attr("content")).isEqualTo("A");
        assertThat(d.select("meta[property=og:description]").attr("content")).isEqualTo("About A");
        assertThat(d.select("link[rel=icon]").attr("href")).startsWith("../../assets/img/favicon").endsWith(".svg");
        assertThat(d.select("footer a").attr("href")).isEqualTo("https://git.example.org/team/course/edit/live/content/dns/a.md");
    }

    // Checks that without base_url there is no canonical or og:url (a relative one would be wrong), and no edit link without a repository.
    @Test
    void noBaseUrl() {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n\n## Part one\n").build();
        Document d = site.page("index.html");
        assertThat(d.select("link[rel=canonical], meta[property=og:url]")).isEmpty();
        assertThat(d.select("footer a")).isEmpty();
        // heading anchors: a real link to the heading with an accessible name, shown on hover and focus by CSS
        assertThat(d.select("h2#part-one a.heading-anchor").attr("href")).isEqualTo("#part-one");
        assertThat(d.select("h2#part-one a.heading-anchor").attr("aria-label")).isNotBlank();
    }
}

package dev.lectern.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two files that would be published at one path are an error naming both; none is dropped silently. */
class NameClashTest {
    @TempDir
    Path tmp;

    TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.create(tmp).file("content/index.md", "# Home\n\nText.\n");
    }

    @Test
    void readmeInTwoLetterCases() {
        site.file("content/dns/README.md", "# DNS\n").file("content/dns/readme.md", "# Names\n").build();
        assertThat(site.printed()).containsExactly("content/dns/readme.md: error: this file and `content/dns/README.md` "
                + "would both be this folder's index page; keep one of them");
    }

    @Test
    void staticFileAgainstTheGeneratedNotFoundPage() {
        site.file("content/404.html", "<p>mine</p>").build();
        assertThat(site.printed()).containsExactly("content/404.html: error: this file and the page Lectern generates "
                + "there would both be published as `404.html`; rename or move one of them");
    }

    @Test
    void staticFileAgainstTheGeneratedSearchIndex() {
        site.file("content/search/index.js", "alert(1)").build();
        assertThat(site.printed()).containsExactly("content/search/index.js: error: this file and the file Lectern "
                + "generates there would both be published as `search/index.js`; rename or move one of them");
    }

    @Test
    void pageAgainstASectionIndex() {
        site.file("content/dns.md", "# DNS page\n").file("content/dns/index.md", "# DNS section\n").build();
        assertThat(site.printed()).containsExactly("content/dns/index.md:1:1: error: two pages have the URL /dns/: "
                + "content/dns.md and content/dns/index.md; rename one of them");
    }

    @Test
    void twoPagesWithOneSlug() {
        site.file("content/Records.md", "# Records\n").file("content/records.md", "# records\n").build();
        assertThat(site.printed()).containsExactly("content/records.md:1:1: error: two pages have the URL /records/: "
                + "content/Records.md and content/records.md; rename one of them");
    }

    @Test
    void staticHtmlAgainstAPage() {
        site.file("content/records.md", "# Records\n").file("content/records/index.html", "<p>old</p>").build();
        assertThat(site.printed()).containsExactly("content/records/index.html: error: this file and "
                + "`content/records.md` would both be published as `records/index.html`; rename or move one of them");
    }
}

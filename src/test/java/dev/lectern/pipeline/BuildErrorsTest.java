package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of bad input: the message, its file:line:col, and the previous site left as it was. */
class BuildErrorsTest {
    @TempDir
    Path tmp;

    TestSite site;

    @BeforeEach
    void goodBuildFirst() {
        site = TestSite.create(tmp)
                .file("content/index.md", "---\ntitle: Home\n---\nSee [records](dns/records.md).\n")
                .file("content/dns/index.md", "# DNS\n\nAll about names.\n")
                .file("content/dns/records.md", "---\ntitle: Records\n---\n## TTL\n\nText.\n")
                .build();
        assertThat(site.printed()).isEmpty();
        assertThat(site.result().ok()).isTrue();
    }

    private void assertPreviousSiteKept() throws IOException {
        assertThat(Files.readString(site.out().resolve("dns/records/index.html"))).contains("<h1>Records</h1>");
        assertThat(site.result().written()).isFalse();
        try (var s = Files.list(tmp)) {
            // no half-written work folder is left beside the site
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "site");
        }
    }

    // Checks that malformed YAML front matter is reported at the line of the problem.
    @Test
    void malformedFrontMatter() throws IOException {
        site.file("content/dns/records.md", "---\ntitle: Records\nweight: [1, 2\n---\n## TTL\n").build();
        assertThat(site.printed()).containsExactly("content/dns/records.md:3:9: error: front matter: invalid YAML: "
                + "a `[` list opened here is not closed as YAML expects (hint: close it with `]`, separate items with `, `, "
                + "and quote items that contain `,`, `:` or `]`)");
        assertPreviousSiteKept();
    }

    // Checks that an unknown front-matter key is an error with a "did you mean" hint at its position.
    @Test
    void unknownFrontMatterKey() throws IOException {
        site.file("content/dns/records.md", "---\ntitle: Records\nwieght: 3\n---\n## TTL\n").build();
        assertThat(site.printed()).containsExactly(
                "content/dns/records.md:3:1: error: unknown front matter key `wieght`; did you mean `weight`?");
        assertPreviousSiteKept();
    }

    // Checks that a page with neither a title nor a # heading is an error.
    @Test
    void missingTitle() throws IOException {
        site.file("content/dns/records.md", "Just text, no heading.\n").build();
        assertThat(site.printed()).containsExactly(
                "content/dns/records.md:1:1: error: page has no title: add `title:` to its front matter or start it with a `# Heading`");
        assertPreviousSiteKept();
    }

    // Checks that a link to a missing page names the line and column of the link.
    @Test
    void brokenLink() throws IOException {
        site.file("content/dns/records.md", "---\ntitle: Records\n---\n## TTL\n\nSee also [CNAME](cname.md).\n").build();
        assertThat(site.printed()).containsExactly(
                "content/dns/records.md:6:10: error: broken link `cname.md`: there is no page dns/cname.md");
        assertPreviousSiteKept();
    }

    // Checks that a misspelt link names the page it probably meant.
    @Test
    void brokenLinkDidYouMean() throws IOException {
        site.file("content/index.md", "---\ntitle: Home\n---\nSee [records](dns/recrods.md).\n").build();
        assertThat(site.printed()).containsExactly("content/index.md:4:5: error: broken link `dns/recrods.md`: "
                + "there is no page dns/recrods.md; did you mean `dns/records.md`?");
        assertPreviousSiteKept();
    }

    // Checks that a link to a missing heading on another page is reported at the link.
    @Test
    void brokenAnchor() throws IOException {
        site.file("content/index.md", "---\ntitle: Home\n---\nSee [records](dns/records.md#ttl).\n\nAnd [TTL](dns/records.md#tll).\n").build();
        assertThat(site.printed()).containsExactly(
                "content/index.md:6:5: error: broken anchor `#tll` in link `dns/records.md#tll`: /dns/records/ has no heading or element with that id; did you mean `#ttl`?");
        assertPreviousSiteKept();
    }

    // Checks that two sources with one URL are an error naming both.
    @Test
    void duplicateUrl() throws IOException {
        site.file("content/dns/Records.md", "# Records again\n").build();
        assertThat(site.printed()).containsExactly(
                "content/dns/records.md:1:1: error: two pages have the URL /dns/records/: content/dns/Records.md and content/dns/records.md; rename one of them");
        assertPreviousSiteKept();
    }

    // Checks that an unclosed code fence is reported at its opening line.
    @Test
    void unclosedFence() throws IOException {
        site.file("content/dns/records.md", "---\ntitle: Records\n---\n## TTL\n\n```bash\ndig example.com\n").build();
        assertThat(site.printed()).containsExactly(
                "content/dns/records.md:6:1: error: code fence ``` is never closed; add a line with ``` where the block ends");
        assertPreviousSiteKept();
    }

    // Checks that every error of a build is reported, not only the first, sorted by file and line.
    @Test
    void allErrorsReportedTogether() throws IOException {
        site.file("content/dns/records.md", "---\ntitel: Records\n---\nSee [x](nope.md) and [y](#nope).\n")
                .file("content/index.md", "---\ntitle: Home\ndraft: maybe\n---\nHi.\n")
                .build();
        // (no "page has no title" after the misspelt `titel`: it would only follow from that error)
        assertThat(site.printed()).containsExactly(
                "content/dns/records.md:2:1: error: unknown front matter key `titel`; did you mean `title`?",
                "content/dns/records.md:4:5: error: broken link `nope.md`: there is no page dns/nope.md",
                "content/dns/records.md:4:22: error: broken anchor `#nope` in link `#nope`: this page has no heading or element with that id",
                "content/index.md:3:8: error: `draft` must be true or false, not `maybe`");
        assertPreviousSiteKept();
    }

    // Checks that a bad site.yaml is reported with a position and a hint.
    @Test
    void badSiteSettings() throws IOException {
        site.file("content/site.yaml", "title: Course\nbasepath: /course/\n").build();
        assertThat(site.printed()).containsExactly(
                "content/site.yaml:2:1: error: unknown site setting `basepath`; did you mean `base_path`?");
        assertPreviousSiteKept();
    }

    // Checks that a layout the theme does not have is an error with a hint, at the layout key's value.
    @Test
    void unknownLayout() throws IOException {
        site.file("content/dns/records.md", "---\ntitle: Records\nlayout: qaa\n---\n## TTL\n").build();
        assertThat(site.printed()).containsExactly(
                "content/dns/records.md:3:9: error: unknown layout `qaa`; did you mean `qa`?");
        assertPreviousSiteKept();
    }
}

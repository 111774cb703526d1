package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search data written at build time: one entry per section, anchored, script-safe, with Lunr beside it. */
class SearchIndexTest {
    @TempDir
    Path tmp;

    private JsonNode data(TestSite site) throws Exception {
        String js = site.read("search/index.js");
        assertThat(js).startsWith("lecternSearch(").endsWith(");\n");
        return new ObjectMapper().readTree(js.substring("lecternSearch(".length(), js.length() - 3));
    }

    // Checks that a page is split at its ## headings, with the intro anchored at the top and heading text without "#".
    @Test
    void sectionsWithAnchors() throws Exception {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n\nWelcome.\n")
                .file("content/dns.md", "---\ndescription: Names\n---\n# DNS\n\nIntro text.\n\n## What is a CNAME?\n\n"
                        + "An alias.\n\n```bash\ndig www\n```\n\n### Apex\n\nNot at the apex.\n").build();
        assertThat(site.printed()).isEmpty();
        JsonNode d = data(site);
        assertThat(d.get("pages").toString()).isEqualTo("[{\"t\":\"Home\",\"u\":\"\"},{\"t\":\"DNS\",\"u\":\"dns/\"}]");
        assertThat(d.get("docs").toString()).isEqualTo("[[0,\"\",\"\",\"Welcome.\",\"page\"],"
                + "[1,\"\",\"\",\"Names Intro text.\",\"page\"],"
                + "[1,\"What is a CNAME?\",\"what-is-a-cname\",\"An alias. dig www\",\"page\"],"
                + "[1,\"Apex\",\"apex\",\"Not at the apex.\",\"page\"]]");
        assertThat(Files.readString(site.out().resolve("search/lunr.min.js"))).contains("lunr", "2.3.9");
    }

    // Checks that text which would close the script early ("</script>") is escaped in the data.
    @Test
    void scriptSafe() throws Exception {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n\nType `</script><b>` here.\n").build();
        assertThat(site.read("search/index.js")).doesNotContain("</script").contains("<\\/script>");
        assertThat(data(site).get("docs").get(0).get(3).asText()).isEqualTo("Type </script><b> here.");
    }

    // Checks that the search page exists, lands the header form, and that pages reference the index only as data.
    @Test
    void searchPageAndForm() {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n").file("content/a/b.md", "# B\n").build();
        var form = site.page("a/b/index.html").selectFirst("form.search[role=search]");
        assertThat(form.attr("action")).isEqualTo("../../search/");
        assertThat(form.attr("data-search-index")).isEqualTo("../../search/index.js");
        assertThat(site.page("a/b/index.html").select("script[src*=search/index]")).isEmpty();
        assertThat(site.page("search/index.html").select("[data-search-page] [role=status]")).hasSize(1);
    }
}

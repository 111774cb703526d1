package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.render.SearchEntry;
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

    // Checks that the index written piece by piece (with reused pieces) is the text of one ObjectMapper pass.
    @Test
    void piecewiseScriptEqualsOneJsonPass() throws Exception {
        java.util.List<SearchEntry> entries = java.util.List.of(
                new SearchEntry("a/", "Ä \"quoted\" </script>", "", "", "text \u2028 line\u2029", "page"),
                new SearchEntry("a/", "Ä \"quoted\" </script>", "H\\2", "h2", "tab\there", "page"),
                new SearchEntry("b/", null, "Quiz: 1 < 2?", "b-quiz-1", "", "quiz"),
                new SearchEntry("", "Home", "", "", "emoji \ud83d\ude00", "term"));
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        java.util.List<Object> pages = new java.util.ArrayList<>();
        java.util.List<Object> docs = new java.util.ArrayList<>();
        java.util.Map<String, Integer> ids = new java.util.LinkedHashMap<>();
        for (SearchEntry e : entries) {
            Integer id = ids.computeIfAbsent(e.pageUrl(), u -> {
                java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
                p.put("t", e.pageTitle());
                p.put("u", e.pageUrl());
                pages.add(p);
                return pages.size() - 1;
            });
            docs.add(java.util.List.of(id, e.heading(), e.anchor(), e.text(), e.kind()));
        }
        data.put("pages", pages);
        data.put("docs", docs);
        String expected = "lecternSearch(" + new ObjectMapper().writeValueAsString(data).replace("</", "<\\/")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + ");\n";
        java.util.Map<SearchEntry, byte[]> first = new java.util.IdentityHashMap<>();
        assertThat(new String(SearchIndex.script(entries, java.util.Map.of(), first), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(expected);
        java.util.Map<SearchEntry, byte[]> second = new java.util.IdentityHashMap<>();
        assertThat(new String(SearchIndex.script(entries, first, second), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(expected);
        assertThat(SearchIndex.script(java.util.List.of(), java.util.Map.of(), new java.util.IdentityHashMap<>()))
                .asString(java.nio.charset.StandardCharsets.UTF_8)
                .isEqualTo("lecternSearch(" + new ObjectMapper().writeValueAsString(java.util.Map.of("pages",
                        java.util.List.of(), "docs", java.util.List.of())).replace("{\"docs\":[],\"pages\":[]}",
                        "{\"pages\":[],\"docs\":[]}") + ");\n");
        assertThat(second).hasSize(4);
    }
}

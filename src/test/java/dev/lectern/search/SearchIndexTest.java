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

    /** The JSON argument of a search data script: {@code name(json);} or {@code name(n, json);}. */
    private static JsonNode data(String js, String call) throws Exception {
        assertThat(js).startsWith(call).endsWith(");\n");
        return new ObjectMapper().readTree(js.substring(call.length(), js.length() - 3));
    }

    // Checks that a page is split at its ## headings (the intro anchored at the top, heading text without "#"),
    // the sections listed with their field lengths as Lunr counts them, and their text in a chunk.
    @Test
    void sectionsWithAnchors() throws Exception {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n\nWelcome.\n")
                .file("content/dns.md", "---\ndescription: Names\n---\n# DNS\n\nIntro text.\n\n## What is a CNAME?\n\n"
                        + "An alias.\n\n```bash\ndig www\n```\n\n### Apex\n\nNot at the apex.\n").build();
        assertThat(site.printed()).isEmpty();
        JsonNode d = data(site.read("search/index.js"), "lecternSearch(");
        assertThat(d.get("pages").toString()).isEqualTo("[{\"t\":\"Home\",\"u\":\"\",\"n\":1},{\"t\":\"DNS\",\"u\":\"dns/\",\"n\":1}]");
        // stop words do not count: "what", "is", "a"; "an"; "not", "at", "the"
        assertThat(d.get("docs").toString()).isEqualTo("[[0,\"\",\"page\",0,1],"
                + "[1,\"\",\"page\",0,3],"
                + "[1,\"What is a CNAME?\",\"page\",1,3],"
                + "[1,\"Apex\",\"page\",1,1]]");
        assertThat(d.get("sums").toString()).isEqualTo("[4,2,8]");
        assertThat(d.get("texts").toString()).isEqualTo("[0]");
        assertThat(d.get("shards").toString()).isEqualTo("[\"al\",\"ap\",\"cn\",\"di\",\"dn\",\"ho\","
                + "\"in\",\"na\",\"te\",\"we\",\"ww\"]");
        // each section's anchor, then its text
        assertThat(site.read("search/x/0.js")).isEqualTo("lecternSearchText(0,[\"\",\"Welcome.\",\"\",\"Names Intro text.\","
                + "\"what-is-a-cname\",\"An alias. dig www\",\"apex\",\"Not at the apex.\"]);\n");
        // per word: title, heading and text postings, each section as twice its distance to the one before, plus
        // one if its count (else 1) follows
        assertThat(site.read("search/t/ap.js")).isEqualTo("lecternSearchShard(\"ap\",{\"apex\":[[],[6],[6]]});\n");
        assertThat(site.read("search/t/dn.js")).isEqualTo("lecternSearchShard(\"dn\",{\"dns\":[[2,2,2],[],[]]});\n");
        // trimmed: "alias." is indexed as "alias"; "names" once in section 1's text
        assertThat(site.read("search/t/al.js")).isEqualTo("lecternSearchShard(\"al\",{\"alias\":[[],[],[4]]});\n");
        assertThat(site.read("search/words.js")).isEqualTo(
                "lecternSearchWords(\"alias apex cname dig dns home intro names text welcome www\");\n");
        assertThat(Files.readString(site.out().resolve("search/lunr.min.js"))).contains("lunr", "2.3.9");
    }

    // Checks that text which would close the script early ("</script>") is escaped in the data.
    @Test
    void scriptSafe() throws Exception {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n\nType `x</script><b>` here.\n").build();
        assertThat(site.read("search/x/0.js")).doesNotContain("</script").contains("<\\/script>");
        assertThat(data(site.read("search/x/0.js"), "lecternSearchText(0,").get(1).asText()).isEqualTo("Type x</script><b> here.");
        assertThat(site.read("search/t/x_003c.js")).doesNotContain("</script").contains("\"x<\\/script><b\"");
    }

    // Checks that section text is cut into chunks of about 16 kB, each listed by its first section.
    @Test
    void textInChunks() throws Exception {
        StringBuilder md = new StringBuilder("# Home\n\n");
        for (int i = 0; i < 40; i++) md.append("## Part ").append(i).append("\n\n").append("word ".repeat(200)).append("\n\n");
        TestSite site = TestSite.create(tmp).file("content/index.md", md.toString()).build();
        JsonNode d = data(site.read("search/index.js"), "lecternSearch(");
        // 40 sections of about 1 kB (the empty top of the page has none): 16 to a chunk
        assertThat(d.get("texts").toString()).isEqualTo("[0,16,32]");
        assertThat(data(site.read("search/x/1.js"), "lecternSearchText(1,")).hasSize(2 * 16);
        assertThat(data(site.read("search/x/2.js"), "lecternSearchText(2,")).hasSize(2 * 8);
        assertThat(site.out().resolve("search/x/3.js")).doesNotExist();
        // "word" 200 times in each section's text: the count follows each section (2 x 1 + 1 = 3: the next one)
        assertThat(site.read("search/t/wo.js")).startsWith("lecternSearchShard(\"wo\",{\"word\":[[],[],[1,200,3,200,3,200,");
    }

    // Checks the words and shard names: Lunr's tokenizer, trimmer and stop words, and file names for any character.
    @Test
    void tokensAsLunrMakesThem() {
        assertThat(LunrTokens.of("The CNAME-record's TTL (in seconds), e.g. 3600\u00a0s; --- it is \u2014 fine."))
                .containsExactly("cname", "record's", "ttl", "seconds", "e.g", "3600", "s", "", "fine");
        assertThat(LunrTokens.of(null)).isEmpty();
        assertThat(LunrTokens.of("\u00e9cole caf\u00e9 na\u00efve")).containsExactly("cole", "caf", "na\u00efve");
        assertThat(LunrTokens.shardName("nginx")).isEqualTo("ng");
        assertThat(LunrTokens.shardName("x")).isEqualTo("x");
        assertThat(LunrTokens.shardName("_a")).isEqualTo("_005fa");
        assertThat(LunrTokens.shardName("\u00e9t")).isEqualTo("_00e9t");
        assertThat(LunrTokens.shardName("3\ud83d\ude00")).isEqualTo("3_d83d");
    }

    // Checks that the stop words are Lunr's own, read from the lunr.js of the WebJar.
    @Test
    void stopWordsAreLunrs() throws Exception {
        String lunr;
        try (var in = getClass().getClassLoader().getResourceAsStream("META-INF/resources/webjars/lunr/2.3.9/lunr.js")) {
            lunr = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String list = lunr.substring(lunr.indexOf("lunr.stopWordFilter = lunr.generateStopWordFilter(["));
        list = list.substring(0, list.indexOf("])"));
        java.util.Set<String> words = new java.util.HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([a-z]+)'").matcher(list);
        while (m.find()) words.add(m.group(1));
        assertThat(words).hasSize(119);
        assertThat(LunrTokens.STOP_WORDS).isEqualTo(words);
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

    // Checks that the one-pass JSON string writer writes what Jackson and the script escapes write.
    @Test
    void stringsAsJacksonWritesThem() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (String t : new String[] {"", "plain", "\"quoted\" \\ back", "a</script><b>", "</", "x/y </ z",
                "tab\tline\ncr\rbs\bff\f", "\u0000\u0001\u001f\u007f", "\u2028 and \u2029", "\u00e9 \ud83d\ude00"}) {
            String expected = mapper.writeValueAsString(t).replace("</", "<\\/").replace("\u2028", "\\u2028")
                    .replace("\u2029", "\\u2029");
            assertThat(SearchIndex.string(new StringBuilder(), t).toString()).as(t).isEqualTo(expected);
            assertThat(mapper.readValue(expected, String.class)).isEqualTo(t);
        }
        assertThat(SearchIndex.string(new StringBuilder(), null).toString()).isEqualTo("null");
    }
}

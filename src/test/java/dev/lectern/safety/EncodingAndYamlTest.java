package dev.lectern.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not UTF-8, and YAML anchors and aliases, are errors at their position. */
class EncodingAndYamlTest {
    static final String BAD_BYTE = "error: invalid UTF-8: byte 0xE9 cannot start or continue a character here; "
            + "save the file as UTF-8";

    @TempDir
    Path tmp;

    TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.create(tmp).file("content/index.md", "# Home\n\nText.\n");
    }

    private void latin1(String rel, String text) throws IOException {
        Path f = tmp.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.write(f, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void latin1Page() throws IOException {
        latin1("content/cafe.md", "# Café\n\nUn café, s'il vous plaît.\n");
        assertThat(site.build().printed()).containsExactly("content/cafe.md:1:6: " + BAD_BYTE);
    }

    @Test
    void badByteAfterMultiByteCharactersCountsCharacters() throws IOException {
        Path f = tmp.resolve("content/p.md");
        byte[] good = "# P\n\n\u00fcber \u2014 ".getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(good, good.length + 2);
        all[good.length] = (byte) 0xE9;
        all[good.length + 1] = '\n';
        Files.write(f, all);
        assertThat(site.build().printed()).containsExactly("content/p.md:3:8: " + BAD_BYTE);
    }

    @Test
    void latin1SiteYamlAndGlossary() throws IOException {
        latin1("content/site.yaml", "title: Caf\u00e9\n");
        latin1("content/glossary.yaml", "- term: DNS\n  definition: Le syst\u00e8me\n");
        assertThat(site.build().printed()).containsExactly(
                "content/glossary.yaml:2:22: " + BAD_BYTE.replace("0xE9", "0xE8"), "content/site.yaml:1:11: " + BAD_BYTE);
    }

    @Test
    void aliasInFrontMatter() {
        site.file("content/p.md", "---\ntitle: &t Page\ndescription: *t\n---\nText.\n").build();
        assertThat(site.printed()).containsExactly("content/p.md:2:8: error: front matter: YAML anchors (`&t`) are "
                + "not supported; write each value out in full");
    }

    @Test
    void aliasInAQuiz() {
        site.file("content/p.md", """
                # P

                ```quiz
                questions:
                  - q: Which?
                    answers:
                      - text: A
                        correct: true
                      - *a
                ```
                """).build();
        assertThat(site.printed()).containsExactly("content/p.md:9:9: error: YAML aliases (`*a`) are not supported; "
                + "write the value out in full");
    }

    @Test
    void anchorAndMergeKeyInADiagram() {
        site.file("content/p.md", """
                # P

                ```diagram
                nodes:
                  web: &base {kind: server}
                  db:
                    <<: *base
                ```
                """).build();
        assertThat(site.printed()).containsExactly("content/p.md:5:8: error: diagram: YAML anchors (`&base`) are not supported; "
                + "write each value out in full");
    }

    @Test
    void aliasInSiteYamlAndGlossary() {
        site.file("content/site.yaml", "title: &t Course\ndescription: *t\n")
                .file("content/glossary.yaml", "- term: DNS\n  definition: names\n  aliases: [*x]\n").build();
        assertThat(site.printed()).containsExactly(
                "content/glossary.yaml:3:13: error: YAML aliases (`*x`) are not supported; write the value out in full",
                "content/site.yaml:1:8: error: YAML anchors (`&t`) are not supported; write each value out in full");
    }
}

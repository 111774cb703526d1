package dev.lectern.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accepted answers holding {@code <!--} or {@code </script>} stay inside the quiz's JSON, which stays valid JSON. */
class QuizDataTest {
    @TempDir
    Path tmp;

    @Test
    void commentAndScriptEndInAnAcceptedAnswer() throws Exception {
        TestSite site = TestSite.create(tmp).file("content/index.md", """
                # Home

                ```quiz
                questions:
                  - q: How does an HTML comment start?
                    accept: ["<!--", "</script><script>alert(1)</script>", "a & b > c"]
                ```
                """).build();
        assertThat(site.printed()).isEmpty();
        String html = site.read("index.html");
        String raw = html.substring(html.indexOf("class=\"quiz-data\">") + 18);
        raw = raw.substring(0, raw.indexOf("</script>"));
        assertThat(raw).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        Element data = site.page("index.html").selectFirst("script.quiz-data");
        assertThat(data.data()).isEqualTo(raw);
        JsonNode json = new ObjectMapper().readTree(raw);
        assertThat(json.get(0).get("accept").toString())
                .isEqualTo("[\"<!--\",\"</script><script>alert(1)</script>\",\"a & b > c\"]");
    }
}

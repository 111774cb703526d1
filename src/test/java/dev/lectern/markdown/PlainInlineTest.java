package dev.lectern.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.render.OutputPage;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shortcut for plain inline text must give exactly what flexmark gives for the same text. */
class PlainInlineTest {
    @TempDir
    Path tmp;

    // Checks, on fixed and 600 random strings the shortcut takes, that flexmark renders each to the same HTML.
    @Test
    void sameAsFlexmark() {
        List<String> texts = new ArrayList<>(List.of("Only the physical machine in the data centre",
                "The user's browser", "Port 80 for HTTP, 443 for HTTPS", "C# and F#, 100% (or 99.9%) = up!",
                "He said \"no\" - twice", "TCP/IP; a+b; cost $5; why?", "Überprüfung der Domäne", "x"));
        Random random = new Random(8);
        String alphabet = "abcXYZ019 .,;?'\"()/%-+=$#!";
        while (texts.size() < 600) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(30);
            for (int i = 0; i < n; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            if (PlainInline.html(sb.toString()) != null) texts.add(sb.toString());
        }
        StringBuilder page = new StringBuilder("# Texts\n\n");
        StringBuilder expected = new StringBuilder();
        for (String t : texts) {
            assertThat(PlainInline.html(t)).as(t).isNotNull();
            page.append(t).append("\n\n");
            expected.append("<p>").append(PlainInline.html(t)).append("</p>\n");
        }
        TestSite site = TestSite.create(tmp).file("content/index.md", page.toString());
        BuildResult result = new Build(site.options().withWrite(false)).run();
        OutputPage home = result.pages().stream().filter(p -> p.url().isEmpty()).findFirst().orElseThrow();
        assertThat(home.source().bodyHtml()).isEqualTo(expected.toString());
    }

    // Checks that text with Markdown in it, or that could start a block, is left to flexmark.
    @Test
    void markdownIsNotPlain() {
        for (String t : List.of("a *b*", "a_b_", "see [x](y)", "`code`", "a <b>", "a & b", "www.example.org",
                "WWW.example.org", "see Www.example.org",
                "https://x.org", "me@example.org", "1. item", "- item", "# h", "> quote", "a  b", " a", "a ",
                "line\nbreak", "a\\b", "~~x~~", "a: b", "a | b", "")) {
            assertThat(PlainInline.html(t)).as(t).isNull();
        }
    }
}

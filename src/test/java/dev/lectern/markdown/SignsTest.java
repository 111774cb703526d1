package dev.lectern.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link Signs} answers, in one pass, exactly what the {@code contains} and checks it replaced answered. */
class SignsTest {
    // Checks every answer against the check it replaced, on fixed texts, the course's pages and 20,000 random texts
    // made of the characters the signs are made of.
    @Test
    void sameAnswersAsTheChecksTheyReplace() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "8", "8<", "8<-", "--8<-- \"a.md\"", "[!", "[", "> [!NOTE]", "==", "===",
                "{", "{:", "{ :", "{  #id", "{.c", "{x", "{{", "{%", "!!", "!!!", "??", "???", "*", "*[", "quiz", "qui",
                "a quiz", "diagra", "diagram", "@", ":", ":/", ":\\", "&", "&a", "&#", "& ", "&1", "www.", "ww.", "WwW.",
                "www\\.", "w\\.", ".www", "...", "x.ww.", "\\.", "quizdiagram", "é&é", "&é"));
        for (Path root : List.of(Path.of("content"), Path.of("src/test/resources/sites"))) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) texts.add(Files.readString(f));
            }
        }
        Random random = new Random(21);
        // the signs' characters and parts of them, so that each sign is made now and then, whole or broken
        String[] parts = {"8", "8<", "<-", "-", "[", "!", "!!", "=", "==", "*", "?", "??", "{", "}", ":", "#", ".", "/", "\\", "@",
                "&", "%", "w", "ww", "W", "qui", "z", "quiz", "diagra", "m", "diagram", " ", "\n", "é", "x"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) b.append(parts[random.nextInt(parts.length)]);
            texts.add(b.toString());
        }
        int[] yes = new int[9];
        for (String t : texts) {
            Signs s = Signs.of(t);
            boolean[] want = {t.contains("8<-"), t.contains("[!"), t.contains("==="), t.contains("{:"),
                    t.contains("!!!") || t.contains("???"), t.contains("*["), t.contains("{{") || t.contains("{%"),
                    MarkdownRenderer.hasAttributeList(t),
                    MarkdownRenderer.hasBareLinkSign(t)};
            boolean[] got = {s.snippet(), s.githubCallout(), s.tabs(), s.colonAttributes(), s.callout(), s.abbreviation(),
                    s.templateSyntax(), s.attributeList(), s.bareLink()};
            assertThat(got).as(t).isEqualTo(want);
            for (int k = 0; k < want.length; k++) if (want[k]) yes[k]++;
        }
        // every sign was seen present many times, so each answer was tested both ways
        for (int k = 0; k < yes.length; k++) assertThat(yes[k]).as("texts with sign " + k).isGreaterThan(20);
    }
}

package dev.lectern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record, don't re-read (issue 15): no stage after rendering parses a page's HTML, so jsoup stays where
 * its job is HTML from outside Lectern. Read from the sources: every mention of {@code org.jsoup.}
 * (imports and names written out in full) outside the classes below fails the test; a class that no
 * longer needs jsoup must leave the list too, so the list stays true.
 */
class JsoupUseTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/lectern");
    private static final Pattern MENTION = Pattern.compile("\\borg\\.jsoup\\.");

    /** The classes that may use jsoup, each with why: all of it HTML that Lectern did not write. */
    static final Map<String, String> ALLOWED = Map.of(
            "markdown/RawHtmlRefs.java", "the ids and links of an author's raw HTML (raw_html: true)",
            "markdown/SafeUrls.java", "character references in a URL as the author wrote it",
            "config/MkDocsConfig.java", "mkdocs.yml's copyright, HTML written by the author, as text",
            "search/Sections.java", "the sections of a page whose raw HTML decides its structure",
            "glossary/GlossaryMarker.java", "the text runs of a page whose raw HTML decides its structure");

    // Checks that only the listed classes mention jsoup, and that each listed class still does.
    @Test
    void jsoupOnlyWhereItsJobIsHtmlFromOutside() {
        assertThat(users(SOURCES)).as("classes of src/main that use jsoup").isEqualTo(new TreeSet<>(ALLOWED.keySet()));
    }

    // Checks that the scan finds a mention, imported or written out in full, and nothing in other text (so the test above can fail).
    @Test
    void aMentionIsFound(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/Imports.java"), "import org.jsoup.Jsoup;\nclass Imports {}\n");
        Files.writeString(dir.resolve("a/InFull.java"), "class InFull { Object d = org.jsoup.Jsoup.parse(\"\"); }\n");
        Files.writeString(dir.resolve("a/Prose.java"), "/** Like jsoup's text(). */ class Prose {}\n");
        assertThat(users(dir)).containsExactly("a/Imports.java", "a/InFull.java");
    }

    /** The source files below {@code root} that mention jsoup, as paths relative to it. */
    static Set<String> users(Path root) {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = MENTION.matcher(Files.readString(f));
                if (m.find()) found.add(root.relativize(f).toString().replace('\\', '/'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}

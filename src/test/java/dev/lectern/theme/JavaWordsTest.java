package dev.lectern.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Java that writes markup or sentences into pages holds no words a reader sees: those are in the
 * theme's partials ({@code partials/text/*.jte} and the others). A source scan, so it is a heuristic: a
 * string literal of two words or more ("Link to this section") is prose, and prose is allowed only in a
 * statement that reports to the author (a diagnostic, an exception). Words of one word ("Note") are not
 * caught; those the partials' own tests (ThemeStringsTest) pin down.
 */
class JavaWordsTest {
    /** The classes that make a page's markup or words from data, and were moved to the theme's words. */
    private static final List<String> RENDERERS = List.of(
            "markdown/LecternNodeRenderer.java", "diagram/SvgWriter.java", "diagram/Status.java",
            "diagram/FailureAnalysis.java", "diagram/DiagramQuiz.java", "diagram/TextAlternative.java",
            "diagram/Kind.java", "diagram/DiagramBlock.java", "diagram/Words.java", "check/BrokenLinks.java",
            "blocks/TerminalBlock.java", "glossary/GlossaryMarker.java");
    private static final Path SOURCES = Path.of("src/main/java/dev/lectern");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** Two words of letters in a row: prose, not a class name, a key or a path. */
    private static final Pattern PROSE = Pattern.compile("(?<![\\w-])[A-Za-z][a-z]+ [a-z]{2,}(?![\\w-])");
    /** Attributes whose values a reader hears or sees. */
    private static final Pattern READ_ATTRIBUTE = Pattern.compile("(?:aria-label|title|alt|placeholder)=\"([^\"]*)");
    /** Markup in a literal: a tag, or the end of one begun in the literal before. */
    private static final Pattern TAG = Pattern.compile("<[^>]*(>|$)|^[^<]*>");
    /** Literals of a message for the author built apart from its diagnostic call (file, then the literals). */
    private static final java.util.Map<String, List<String>> AUTHOR_ONLY = java.util.Map.of(
            "diagram/DiagramBlock.java", List.of("` is a SPOF (", "` is none (", "`: `expect_spofs` is ["));
    /** A statement that speaks to the author, not the reader. */
    private static final Pattern FOR_AUTHOR = Pattern.compile("diagnostics\\(?\\)?\\.|Exception\\(|\\.error\\(|\\.warning\\(|"
            + "unknownKey\\(|StringBuilder\\(\"diagram `");

    // Checks that every string literal of two words or more in the renderers is part of a diagnostic.
    @Test
    void noReaderProseInRenderers() throws IOException {
        List<String> found = new ArrayList<>();
        for (String file : RENDERERS) found.addAll(prose(file, Files.readString(SOURCES.resolve(file))));
        assertThat(found).isEmpty();
    }

    // Checks that the scan finds prose a reader would see, and lets a diagnostic's through.
    @Test
    void scanFindsProse() {
        String java = "class A {\n  String a() {\n    return \"<a aria-label=\\\"Link to this section\\\">#</a>\";\n  }\n"
                + "  void b() {\n    diagnostics.error(file, 1, 1,\n        \"code fence is never closed\");\n  }\n"
                + "  String c() { return \"css/code.css\" + \"Note\" + \"<p class=\\\"callout callout-\"; }\n"
                + "  void d() {\n    diagnostics.error(f, 1, 1, \"one; \" + x\n        + \"two words\");\n"
                + "    out.append(\"<p>Single points\");\n  }\n}\n";
        assertThat(prose("A.java", java)).containsExactly("A.java:3: <a aria-label=\\\"Link to this section\\\">#</a>",
                "A.java:13: <p>Single points");
    }

    /** The literals of {@code java} that hold prose outside statements for the author, as {@code file:line: text}. */
    static List<String> prose(String file, String java) {
        List<String> out = new ArrayList<>();
        String code = withoutComments(java);
        // the code with the literals' insides blanked: where statements start and end
        StringBuilder blank = new StringBuilder(code);
        Matcher l = LITERAL.matcher(code);
        while (l.find()) for (int i = l.start(1); i < l.end(1); i++) blank.setCharAt(i, ' ');
        String bare = blank.toString();
        Matcher m = LITERAL.matcher(code);
        while (m.find()) {
            String literal = m.group(1).replace("\\\"", "\"");
            StringBuilder read = new StringBuilder(TAG.matcher(literal).replaceAll(" "));
            Matcher a = READ_ATTRIBUTE.matcher(literal);
            while (a.find()) read.append(' ').append(a.group(1)).append(' ');
            String words = read.toString();
            if (!PROSE.matcher(words).find() || AUTHOR_ONLY.getOrDefault(file, List.of()).contains(m.group(1))) continue;
            int start = Math.max(bare.lastIndexOf(';', m.start()), bare.lastIndexOf('{', m.start()));
            start = Math.max(start, bare.lastIndexOf('}', m.start()));
            int end = bare.indexOf(';', m.end());
            String statement = code.substring(start + 1, end < 0 ? code.length() : end);
            if (FOR_AUTHOR.matcher(statement).find()) continue;
            int line = (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            out.add(file + ":" + line + ": " + m.group(1));
        }
        return out;
    }

    /** The code with its comments blanked (line breaks kept, so line numbers stay); strings are left alone. */
    private static String withoutComments(String java) {
        StringBuilder s = new StringBuilder(java.length());
        int i = 0;
        while (i < java.length()) {
            char c = java.charAt(i);
            if (c == '"') {
                int j = i + 1;
                while (j < java.length() && java.charAt(j) != '"' && java.charAt(j) != '\n') j += java.charAt(j) == '\\' ? 2 : 1;
                s.append(java, i, Math.min(j + 1, java.length()));
                i = j + 1;
            } else if (java.startsWith("//", i)) {
                while (i < java.length() && java.charAt(i) != '\n') i++;
            } else if (java.startsWith("/*", i)) {
                int j = java.indexOf("*/", i + 2);
                j = j < 0 ? java.length() : j + 2;
                for (int k = i; k < j; k++) if (java.charAt(k) == '\n') s.append('\n');
                i = j;
            } else if (c == '\'') {
                int j = i + 1;
                while (j < java.length() && java.charAt(j) != '\'') j += java.charAt(j) == '\\' ? 2 : 1;
                s.append(java, i, Math.min(j + 1, java.length()));
                i = j + 1;
            } else {
                s.append(c);
                i++;
            }
        }
        return s.toString();
    }
}

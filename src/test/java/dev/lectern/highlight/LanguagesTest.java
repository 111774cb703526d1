package dev.lectern.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The highlighting rules with their look-ahead guards ({@link Languages}) find the tokens the rules without them
 * found: the rules as they were before the guards are kept here as the reference.
 */
class LanguagesTest {
    /** The rules before the guards, as they were. */
    private static final class Before {
        private static final String DQ = "\"(?:[^\"\\\\\\n]|\\\\.)*\"";
        private static final String SQ = "'(?:[^'\\\\\\n]|\\\\.)*'";
        private static final String NUMBER = "\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b";

        final Language SHELL = Language.rules()
                .rule("c", "(?<![^\\s;])#.*$")
                .rule("s", "\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'")
                .rule("v", "\\$\\{[^}\\n]*\\}|\\$\\(|\\$[A-Za-z_][A-Za-z0-9_]*|\\$[0-9?#@*!$]")
                .rule("m", "^\\s*\\$(?= )")
                .rule("k", "\\b(?:if|then|else|elif|fi|for|while|until|do|done|case|esac|in|function|return|export|local|readonly|source|sudo|set)\\b")
                .rule("a", "(?<=\\s)--?[A-Za-z][\\w-]*")
                .rule("n", NUMBER)
                .build();

        final Language NGINX = Language.rules()
                .rule("c", "#.*$")
                .rule("s", DQ + "|" + SQ)
                .rule("v", "\\$[A-Za-z_][A-Za-z0-9_]*")
                .rule("f", "(?<=^|[{;]|^\\s{1,40})[a-z_][a-z0-9_]*(?=\\s|;)")
                .rule("n", "\\b\\d+(?:\\.\\d+)*[kKmMsShHdD]?\\b")
                .build();

        final Language PYTHON = Language.rules()
                .rule("c", "#.*$")
                .rule("s", "(?:[rRbBfFuU]{1,2})?(?:\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''|" + DQ + "|" + SQ + ")")
                .rule("m", "^\\s*@[\\w.]+")
                .rule("k", "\\b(?:False|None|True|and|as|assert|async|await|break|class|continue|def|del|elif|else|except|finally|for|from|global|if|import|in|is|lambda|nonlocal|not|or|pass|raise|return|try|while|with|yield)\\b")
                .rule("f", "\\b(?:print|len|range|open|int|str|dict|list|set|tuple|isinstance|super|self)\\b")
                .rule("n", NUMBER)
                .build();

        final Language SQL = Language.rules().ignoreCase()
                .rule("c", "--.*$|/\\*[\\s\\S]*?\\*/")
                .rule("s", "'(?:[^']|'')*'")
                .rule("t", "`[^`\\n]*`")
                .rule("k", "\\b(?:select|from|where|and|or|not|null|is|in|insert|into|values|update|set|delete|create|table|index|view|drop|alter|add|primary|key|foreign|references|unique|join|left|right|inner|outer|on|as|group|by|order|having|limit|offset|distinct|union|all|begin|commit|rollback|transaction|grant|revoke|to|identified|user|database|show|use|default|auto_increment|int|integer|varchar|text|char|bigint|boolean|date|timestamp|decimal|like|between|exists|case|when|then|else|end|asc|desc|count|sum|avg|min|max|replica|source|master|change|start|stop|slave)\\b")
                .rule("n", NUMBER)
                .build();

        final Language HTML = Language.rules()
                .rule("c", "<!--[\\s\\S]*?-->")
                .rule("m", "<!(?i:doctype)[^>]*>")
                .rule("t", "</?[A-Za-z][\\w:-]*|/?>")
                .rule("a", "(?<=\\s)[A-Za-z_:][\\w:.-]*(?=\\s*=)")
                .rule("s", "(?<==)\\s*(?:\"[^\"]*\"|'[^']*')")
                .build();

        final Language HTTP = Language.rules()
                .rule("m", "^(?:GET|HEAD|POST|PUT|DELETE|PATCH|OPTIONS|CONNECT|TRACE)(?= )")
                .rule("k", "\\bHTTP/\\d(?:\\.\\d)?\\b")
                .rule("n", "(?<=HTTP/\\d(?:\\.\\d)? )\\d{3}\\b")
                .rule("a", "^[A-Za-z][\\w-]*(?=:)")
                .embed("body", "(?<=\\n\\n)[\\s\\S]+", "html")
                .build();

        final Language YAML = Language.rules()
                .rule("c", "(?<![^\\s])#.*$")
                .rule("a", "^[ \\t]*(?:- +)?[\\w][\\w .\\-/]*(?=:(?:\\s|$))")
                .rule("s", DQ + "|" + SQ)
                .rule("k", "(?<=:\\s|-\\s|\\[|,\\s?)(?:true|false|null|yes|no|~)(?=\\s*$|,|\\])")
                .rule("n", "(?<=:\\s|-\\s)-?\\d+(?:\\.\\d+)?(?=\\s*$)")
                .rule("m", "^---$|[&*][\\w-]+")
                .build();

        final Language INI = Language.rules()
                .rule("c", "^\\s*[;#].*$")
                .rule("t", "^\\s*\\[[^\\]\\n]*\\]")
                .rule("a", "^\\s*[\\w.\\-]+(?=\\s*[=:])")
                .rule("s", DQ + "|" + SQ)
                .rule("n", NUMBER)
                .build();

        final Language JSON = Language.rules()
                .rule("a", DQ + "(?=\\s*:)")
                .rule("s", DQ)
                .rule("k", "\\b(?:true|false|null)\\b")
                .rule("n", "-?" + NUMBER)
                .build();

        final Language JAVA = Language.rules()
                .rule("c", "//.*$|/\\*[\\s\\S]*?\\*/")
                .rule("s", "\"\"\"[\\s\\S]*?\"\"\"|" + DQ + "|'(?:[^'\\\\\\n]|\\\\.)+'")
                .rule("m", "@[A-Za-z][\\w.]*")
                .rule("k", "\\b(?:abstract|assert|boolean|break|byte|case|catch|char|class|const|continue|default|do|double|else|enum|extends|final|finally|float|for|if|implements|import|instanceof|int|interface|long|native|new|package|private|protected|public|record|return|short|static|strictfp|super|switch|synchronized|this|throw|throws|transient|try|var|void|volatile|while|yield|true|false|null)\\b")
                .rule("t", "\\b[A-Z][A-Za-z0-9_]*\\b")
                .rule("n", "\\b\\d[\\d_]*(?:\\.\\d+)?[lLfFdD]?\\b")
                .build();
    }

    /** Each token as {@link Highlighter#highlight} finds it: start, end and kind, in order. */
    private static List<String> tokens(Language lang, String code) {
        List<String> out = new ArrayList<>();
        Matcher m = lang.pattern().matcher(code);
        int at = 0;
        while (at < code.length() && found(m, at, out)) {
            if (m.end() == m.start()) {
                out.add(m.start() + " empty");
                at = m.start() + 1;
                continue;
            }
            out.add(m.start() + "-" + m.end() + " " + lang.kindOf(m));
            at = m.end();
        }
        return out;
    }

    /**
     * {@code m.find(at)}; a rule that repeats a group per character (a string) overflows the stack on a long enough
     * text in another language's block: noted as a token (see {@link #same}).
     */
    private static boolean found(Matcher m, int at, List<String> out) {
        try {
            return m.find(at);
        } catch (StackOverflowError e) {
            out.add(at + " overflow");
            return false;
        }
    }

    /**
     * The same tokens; where the rules before overflowed the stack (a string rule repeating a group per character,
     * now unrolled), the same tokens up to there and no overflow now.
     */
    private static void same(Language before, Language now, String code) {
        List<String> was = tokens(before, code);
        List<String> is = tokens(now, code);
        if (!was.isEmpty() && was.get(was.size() - 1).endsWith(" overflow")) {
            assertThat(is).as("%s", code).noneMatch(t -> t.endsWith(" overflow"))
                    .startsWith(was.subList(0, was.size() - 1).toArray(String[]::new));
        } else {
            assertThat(is).as("%s", code).isEqualTo(was);
        }
    }

    /** Every language: the rules before and now. */
    private static List<Language[]> pairs() {
        Before b = new Before();
        return List.of(new Language[] {b.SHELL, Languages.SHELL}, new Language[] {b.NGINX, Languages.NGINX},
                new Language[] {b.PYTHON, Languages.PYTHON}, new Language[] {b.SQL, Languages.SQL},
                new Language[] {b.HTML, Languages.HTML}, new Language[] {b.HTTP, Languages.HTTP},
                new Language[] {b.YAML, Languages.YAML}, new Language[] {b.INI, Languages.INI},
                new Language[] {b.JSON, Languages.JSON}, new Language[] {b.JAVA, Languages.JAVA});
    }

    // Checks random code of the pieces the rules look for (keywords, quotes, comment signs, flags, numbers, the contexts
    // of the look-behinds, every line terminator, non-ASCII letters), in every language: the tokens found before.
    @Test
    void randomCodeGivesTheSameTokens() {
        String[] parts = {"a", "z", "Q", "Z", "_", "x1", "0", "42", "3.5e+2", "1_000L", "80", "10k", " ", "  ", "\t", "\n",
                "\n\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u000b", "\f", "#", "$", "${", "}", "$(", "-", "--",
                "-a", "--flag", "{", ";", "=", ":", ": ", "- ", "[", "]", ",", "~", "\"", "'", "`", "<", ">", "/", "</", "<!--",
                "-->", "<!DOCTYPE", "@", ".", "*", "&", "\u00e9", "\u212a", "if", "then", "fi", "sudo", "set", "listen",
                "server", "def", "None", "True", "print", "self", "select", "SELECT", "from", "Key", "HTTP/1.1", "HTTP/2 ",
                "GET ", "200", "true", "false", "null", "yes", "no", "class", "String", "/*", "*/", "//", "\"\"\"", "'''",
                "---"};
        Random random = new Random(17);
        List<Language[]> pairs = pairs();
        for (int i = 0; i < 30_000; i++) {
            StringBuilder code = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) code.append(parts[random.nextInt(parts.length)]);
            Language[] pair = pairs.get(i % pairs.size());
            same(pair[0], pair[1], code.toString());
        }
    }

    // Checks every fenced block of the course, the fixture sites and the test corpora, in every language.
    @Test
    void theCoursesCodeGivesTheSameTokens() throws IOException {
        java.util.regex.Pattern fence = java.util.regex.Pattern.compile("^```[^\\n]*\\n(.*?)^```",
                java.util.regex.Pattern.MULTILINE | java.util.regex.Pattern.DOTALL);
        int blocks = 0;
        for (String root : new String[] {"content", "src/test/resources/sites", "src/test/resources/corpora"}) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            }
            for (Path f : files) {
                Matcher m = fence.matcher(Files.readString(f));
                while (m.find()) {
                    blocks++;
                    for (Language[] pair : pairs()) same(pair[0], pair[1], m.group(1));
                }
            }
        }
        assertThat(blocks).isGreaterThan(50);
    }
}

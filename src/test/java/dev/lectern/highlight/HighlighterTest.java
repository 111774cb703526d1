package dev.lectern.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Build-time highlighting: token spans per language, escaping, indentation kept, unknown languages left alone. */
class HighlighterTest {
    private final Highlighter h = new Highlighter();

    // Checks shell: comment, command flag, variable, string; and that the text is escaped.
    @Test
    void shell() {
        assertThat(h.highlight("dig +short $HOST \"a<b\" # look up\n", "bash")).isEqualTo(
                "dig +short <span class=\"tok-v\">$HOST</span> <span class=\"tok-s\">&quot;a&lt;b&quot;</span> "
                        + "<span class=\"tok-c\"># look up</span>\n");
    }

    // Checks nginx: directives at the start of statements (indented too), numbers, variables.
    @Test
    void nginx() {
        assertThat(h.highlight("server {\n    listen 80;\n    try_files $uri =404;\n}", "nginx")).isEqualTo(
                "<span class=\"tok-f\">server</span> {\n    <span class=\"tok-f\">listen</span> <span class=\"tok-n\">80</span>;\n"
                        + "    <span class=\"tok-f\">try_files</span> <span class=\"tok-v\">$uri</span> =<span class=\"tok-n\">404</span>;\n}");
    }

    // Checks python keywords, strings and comments, SQL keywords in any case.
    @Test
    void pythonAndSql() {
        assertThat(h.highlight("def f(x):  # hi\n    return 'a'", "python")).isEqualTo(
                "<span class=\"tok-k\">def</span> f(x):  <span class=\"tok-c\"># hi</span>\n    "
                        + "<span class=\"tok-k\">return</span> <span class=\"tok-s\">&#39;a&#39;</span>");
        assertThat(h.highlight("select id from t where n = 1;", "sql")).isEqualTo(
                "<span class=\"tok-k\">select</span> id <span class=\"tok-k\">from</span> t <span class=\"tok-k\">where</span> "
                        + "n = <span class=\"tok-n\">1</span>;");
    }

    // Checks HTTP: method, version, status, header names, and the body highlighted as HTML.
    @Test
    void http() {
        assertThat(h.highlight("HTTP/1.1 200 OK\nServer: nginx\n\n<p>", "http")).isEqualTo(
                "<span class=\"tok-k\">HTTP/1.1</span> <span class=\"tok-n\">200</span> OK\n"
                        + "<span class=\"tok-a\">Server</span>: nginx\n\n<span class=\"tok-t\">&lt;p</span><span class=\"tok-t\">&gt;</span>");
        assertThat(h.highlight("GET / HTTP/1.1", "http")).startsWith("<span class=\"tok-m\">GET</span> / ");
    }

    // Checks YAML keys and booleans, INI sections and keys, JSON keys versus string values.
    @Test
    void dataFormats() {
        assertThat(h.highlight("title: Course\ndraft: true", "yaml")).isEqualTo(
                "<span class=\"tok-a\">title</span>: Course\n<span class=\"tok-a\">draft</span>: <span class=\"tok-k\">true</span>");
        assertThat(h.highlight("[mysqld]\nport = 3306", "ini")).isEqualTo(
                "<span class=\"tok-t\">[mysqld]</span>\n<span class=\"tok-a\">port</span> = <span class=\"tok-n\">3306</span>");
        assertThat(h.highlight("{\"a\": \"b\", \"n\": null}", "json")).isEqualTo(
                "{<span class=\"tok-a\">&quot;a&quot;</span>: <span class=\"tok-s\">&quot;b&quot;</span>, "
                        + "<span class=\"tok-a\">&quot;n&quot;</span>: <span class=\"tok-k\">null</span>}");
    }

    // Checks HTML tags, attributes and values, and Java keywords, types, annotations and comments.
    @Test
    void htmlAndJava() {
        assertThat(h.highlight("<a href=\"/\">x</a>", "html")).isEqualTo(
                "<span class=\"tok-t\">&lt;a</span> <span class=\"tok-a\">href</span>=<span class=\"tok-s\">&quot;/&quot;</span>"
                        + "<span class=\"tok-t\">&gt;</span>x<span class=\"tok-t\">&lt;/a</span><span class=\"tok-t\">&gt;</span>");
        assertThat(h.highlight("@Override public String s() { return null; } // x", "java")).isEqualTo(
                "<span class=\"tok-m\">@Override</span> <span class=\"tok-k\">public</span> <span class=\"tok-t\">String</span> s() { "
                        + "<span class=\"tok-k\">return</span> <span class=\"tok-k\">null</span>; } <span class=\"tok-c\">// x</span>");
    }

    // Checks that an unknown language is left to the caller (null) and aliases resolve.
    @Test
    void unknownLanguage() {
        assertThat(h.highlight("x", "brainfuck")).isNull();
        assertThat(Highlighter.supports("SH")).isTrue();
        assertThat(h.highlight("a", "text")).isNull();
    }

    // Checks that a long unclosed string is still highlighted in every language with string rules (a rule
    // repeating a group per character overflowed java.util.regex's stack at about 3,000 characters).
    @Test
    void longUnclosedStrings() {
        String body = "a b ".repeat(50_000);
        for (String language : new String[] {"bash", "nginx", "python", "sql", "yaml", "ini", "json", "java"}) {
            for (String quote : new String[] {"\"", "'"}) {
                String code = "x = " + quote + body + "\nx = 1";
                assertThat(h.highlight(code, language)).as(language + " " + quote).isNotNull().contains(body);
            }
        }
    }

    // Checks that code the rules cannot read without overflowing the stack (200,000 escapes in one unclosed
    // string) is shown plain (null: the caller escapes it) instead of failing the page.
    @Test
    void codeTheRulesCannotReadIsShownPlain() {
        assertThat(h.highlight("echo \"" + "\\a".repeat(200_000), "bash")).isNull();
        assertThat(h.highlight("echo \"a\\\"b\"", "bash")).contains("tok-s");
    }
}

package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.cli.Main;
import dev.lectern.testing.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern export-quizzes}: the GIFT text of one question of each type, GIFT escaping, JSON, errors. */
class QuizExportTest {
    @TempDir
    Path tmp;

    // Checks GIFT's escapes: a backslash before ~ = # { } : and before a backslash; newlines as \n.
    @Test
    void giftEscaping() {
        assertThat(QuizExport.escape("a~b=c#d{e}f:g\\h\ni")).isEqualTo("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni");
    }

    // Checks the GIFT export of the fixture page with one question of each type, word for word.
    @Test
    void giftOfEveryType() throws Exception {
        TestSite.fixture("quiz", tmp);
        String gift = run("export-quizzes", "--content", tmp.resolve("content").toString(), "--cache",
                TestSite.CACHE.toString(), "--theme", TestSite.THEME.toString());
        assertThat(gift).isEqualTo("""
                // Quiz bank exported by Lectern in Moodle GIFT format.

                $CATEGORY: lectern/dns-quiz

                // Check yourself: DNS (%s)

                ::dns-quiz-quiz-1-q1::[markdown]What does a DNS lookup of `www.foobar.com` give the browser? {
                \t=The server's IP address, such as 203.0.113.10
                \t~The page's HTML#HTML comes later, from the web server, over HTTP.
                \t~The TLS certificate#The certificate comes from the server during the TLS handshake.
                \t####DNS maps names to addresses; it never carries the page itself.
                }

                ::dns-quiz-quiz-1-q2::[markdown]Which records hold a host name as their data? Select all that apply. {
                \t~%%50%%CNAME
                \t~%%50%%MX
                \t~%%-100%%A#An A record holds an IPv4 address.
                \t####CNAME and MX both point at names.
                }

                ::dns-quiz-quiz-1-q3::[markdown]A CNAME record can sit at the zone apex (`foobar.com`). {FALSE
                \t####The apex needs SOA and NS records, which cannot coexist with a CNAME.
                }

                ::dns-quiz-quiz-1-q4::[markdown]Which port does HTTPS use by default? {
                \t=443
                \t=port 443
                \t####HTTPS listens on 443; plain HTTP on 80.
                }

                ::dns-quiz-quiz-1-q5::[markdown]How many seconds may a resolver cache a record with TTL 3600? (seconds) {#3600:5
                \t####The TTL is in seconds.
                }

                ::dns-quiz-quiz-1-q6::[markdown]Put the steps of loading the page in order. {
                \t=The browser asks DNS for the address -> 1st
                \t=The browser opens a TCP connection -> 2nd
                \t=The browser sends the HTTP request -> 3rd
                \t####Name first, then connection, then request.
                }

                ::dns-quiz-quiz-1-q7::[markdown]Match each component to its role. {
                \t=Nginx -> serves static files and proxies
                \t=Gunicorn -> runs the Python code
                \t=MySQL -> stores data
                \t####Web server, application server, database.
                }

                """.formatted(tmp.resolve("content/dns/quiz.md").toString()));
    }

    // Checks that special characters in questions are escaped, and that regex-only short answers are left out with a note.
    @Test
    void giftEscapesAndSkips() {
        Quiz quiz = new Quiz("q", "T", List.of(
                Question.choice("c1", "Is {x} = 1: yes#no?", List.of(new Question.Choice("a~b", true, "why: ok"),
                        new Question.Choice("c", false, null)), null),
                new Question("r1", QuestionType.TEXT, "Why?", List.of(), null, List.of("/no (spare|second)/"), null, 0,
                        List.of(), List.of(), null, null, 9, 5)), "p/", "P", "p.md", 3);
        QuizExport.Result r = QuizExport.gift(List.of(quiz));
        assertThat(r.text()).contains("::c1::[markdown]Is \\{x\\} \\= 1\\: yes\\#no? {\n\t=a\\~b#why\\: ok\n\t~c\n}");
        assertThat(r.text()).contains("// left out: r1 (only regular-expression answers)").doesNotContain("::r1::");
        assertThat(r.notes()).containsExactly(
                "p.md:9: question `r1` left out of the GIFT export: its accepted answers are all regular expressions");
    }

    // Checks the JSON export to a file: every question with its type-specific fields, match as an ordered list.
    @Test
    void jsonToFile() throws Exception {
        TestSite.fixture("quiz", tmp);
        Path out = tmp.resolve("bank.json");
        String printed = run("export-quizzes", "--format", "json", "--out", out.toString(), "--content",
                tmp.resolve("content").toString(), "--cache", TestSite.CACHE.toString(), "--theme",
                TestSite.THEME.toString());
        assertThat(printed).isEqualTo("Exported 1 quiz, 7 questions to " + out + " (json)\n");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(out));
        var qs = json.get("quizzes").get(0).get("questions");
        assertThat(qs).hasSize(7);
        assertThat(qs.get(4).get("number").asDouble()).isEqualTo(3600.0);
        assertThat(qs.get(6).get("match").get(1).get("left").asText()).isEqualTo("Gunicorn");
        assertThat(qs.get(1).get("answers").get(2).get("correct").asBoolean()).isFalse();
    }

    // Checks that a content error stops the export with exit code 1 and the error line.
    @Test
    void errorsStopTheExport() {
        TestSite.fixture("quiz", tmp).file("content/dns/bad.md", "# Bad\n\n```quiz\nquestions:\n  - q: X\n    answer: maybe\n```\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "export-quizzes", "--content",
                tmp.resolve("content").toString(), "--cache", TestSite.CACHE.toString(), "--theme",
                TestSite.THEME.toString());
        assertThat(code).isEqualTo(Main.CONTENT_ERRORS);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo(tmp.resolve("content/dns/bad.md") + ":6:13: error: a true/false question "
                + "needs `answer: true` or `answer: false`, not `maybe`\nerror: 1 error found; nothing was exported\n");
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        return out.toString();
    }
}

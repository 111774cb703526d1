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

    // Checks GIFT details no fixture question reaches: a number without tolerance has no ":0", and the positions of
    // a long order question read 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th (not 11st), 21st, 22nd, 23rd.
    @Test
    void giftNumbersAndOrdinals() {
        List<String> items = new java.util.ArrayList<>();
        for (int i = 1; i <= 23; i++) items.add("i" + i);
        Quiz quiz = new Quiz("q", null, List.of(
                new Question("n1", QuestionType.NUMBER, "How many?", List.of(), null, List.of(), 3.0, 0, List.of(),
                        List.of(), null, null, 4, 5),
                new Question("n2", QuestionType.NUMBER, "About?", List.of(), null, List.of(), 2.5, 0.5, List.of(),
                        List.of(), null, null, 6, 5),
                new Question("o1", QuestionType.ORDER, "Order?", List.of(), null, List.of(), null, 0, List.copyOf(items),
                        List.of(), null, null, 8, 5)), "p/", "P", "p.md", 3);
        String gift = QuizExport.gift(List.of(quiz)).text();
        assertThat(gift).contains("::n1::[markdown]How many? {#3\n}", "::n2::[markdown]About? {#2.5:0.5\n}");
        for (String position : List.of("i1 -> 1st", "i2 -> 2nd", "i3 -> 3rd", "i4 -> 4th", "i10 -> 10th", "i11 -> 11th",
                "i12 -> 12th", "i13 -> 13th", "i14 -> 14th", "i21 -> 21st", "i22 -> 22nd", "i23 -> 23rd")) {
            assertThat(gift).contains("\t=" + position + "\n");
        }
    }

    // Checks the JSON of optional fields: a quiz's title and a choice's why, explanation and hint only where written.
    @Test
    void jsonOptionalFields() throws Exception {
        Question plain = Question.choice("c1", "Which?", List.of(new Question.Choice("a", true, null),
                new Question.Choice("b", false, "because")), null);
        Question full = new Question("t1", QuestionType.TRUEFALSE, "True?", List.of(), true, List.of(), null, 0,
                List.of(), List.of(), "Explained.", "A hint.", 5, 5);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(QuizExport.json(List.of(
                new Quiz("q1", "Titled", List.of(plain), "p/", "P", "p.md", 3),
                new Quiz("q2", null, List.of(full), "p/", "P", "p.md", 9))));
        var quizzes = json.get("quizzes");
        assertThat(quizzes.get(0).get("title").asText()).isEqualTo("Titled");
        assertThat(quizzes.get(1).has("title")).isFalse();
        var choices = quizzes.get(0).get("questions").get(0).get("answers");
        assertThat(choices.get(0).has("why")).isFalse();
        assertThat(choices.get(1).get("why").asText()).isEqualTo("because");
        var q1 = quizzes.get(0).get("questions").get(0);
        assertThat(q1.has("explain")).isFalse();
        assertThat(q1.has("hint")).isFalse();
        var q2 = quizzes.get(1).get("questions").get(0);
        assertThat(q2.get("explain").asText()).isEqualTo("Explained.");
        assertThat(q2.get("hint").asText()).isEqualTo("A hint.");
        assertThat(q2.get("answer").asBoolean()).isTrue();
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

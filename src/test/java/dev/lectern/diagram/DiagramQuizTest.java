package dev.lectern.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.quiz.Question;
import dev.lectern.quiz.QuestionType;
import dev.lectern.quiz.Quiz;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-check that quiz: auto generates from the failure analysis. */
class DiagramQuizTest {
    @TempDir
    Path tmp;

    private static Quiz quiz(String yaml) {
        Diagram d = Designs.parse(yaml);
        return DiagramQuiz.build(d, FailureAnalysis.analyse(d, Designs.WORDS), "p-diagram-1", "p/", "P", "p.md", 3, Designs.WORDS);
    }

    private static List<String> correct(Question q) {
        return q.choices().stream().filter(Question.Choice::correct).map(Question.Choice::text).toList();
    }

    // Checks the three questions on the distributed design: the SPOFs, a failed primary, a failed redundant web server.
    @Test
    void distributedDesign() {
        Quiz quiz = quiz(Designs.DISTRIBUTED);
        assertThat(quiz.questions()).extracting(Question::id)
                .containsExactly("p-diagram-1-spof", "p-diagram-1-fail-spof", "p-diagram-1-fail-redundant");
        Question spofs = quiz.questions().get(0);
        assertThat(spofs.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(spofs.q()).isEqualTo("Which components are single points of failure here?");
        assertThat(correct(spofs)).containsExactly("DNS", "HAProxy", "Server 1", "MySQL primary");
        assertThat(spofs.choices()).extracting(Question.Choice::text).contains("Nginx 1", "Gunicorn 2");

        Question primary = quiz.questions().get(1);
        assertThat(primary.q()).isEqualTo("If the component \u201cMySQL primary\u201d fails, what does the visitor see?");
        assertThat(correct(primary)).containsExactly("Pages that only read may still load, but nothing can be saved.");
        assertThat(primary.explain()).contains("A request travels Visitor's browser \u2192 HAProxy \u2192 Nginx 1 "
                + "\u2192 Gunicorn 1 \u2192 MySQL primary");

        Question web = quiz.questions().get(2);
        assertThat(web.q()).isEqualTo("If the component \u201cNginx 1\u201d fails, what does the visitor see?");
        assertThat(correct(web)).containsExactly("Nothing changes for the visitor.");
        assertThat(web.explain()).isEqualTo("Requests take another path: visitors notice nothing. Nothing here monitors "
                + "it, so operators may not notice. Without Nginx 1, "
                + "requests still travel Visitor's browser \u2192 HAProxy \u2192 Nginx 2 \u2192 Gunicorn 2 \u2192 MySQL primary.");
    }

    // Checks the one-server design: every component is a SPOF, so there is no redundant-node question.
    @Test
    void oneServerDesign() {
        Quiz quiz = quiz(Designs.ONE_SERVER);
        assertThat(quiz.questions()).hasSize(2);
        assertThat(correct(quiz.questions().get(0))).containsExactly("DNS: www.foobar.com -> 203.0.113.10",
                "Server 203.0.113.10", "Nginx", "Gunicorn + application code", "MySQL");
        Question db = quiz.questions().get(1);
        assertThat(correct(db)).containsExactly("The site is down for everyone.");
        assertThat(db.explain()).isEqualTo("No working database: requests end in an error page, so the site is down for everyone. Operators hear of it from visitors: nothing here monitors it. A request travels "
                + "Visitor's browser \u2192 Nginx \u2192 Gunicorn + application code \u2192 MySQL; without MySQL no other "
                + "path reaches a database.");
    }

    // Checks that equal labels are told apart by their container.
    @Test
    void equalLabelsNameTheirContainer() {
        Quiz quiz = quiz(Designs.DISTRIBUTED.replace("Nginx 1", "Nginx").replace("Nginx 2", "Nginx"));
        assertThat(quiz.questions().get(0).choices()).extracting(Question.Choice::text)
                .contains("Nginx in Server 1", "Nginx in Server 2");
    }

    // Checks the quiz in a built page: the quiz hooks, quiz assets, escaped labels, and the build's quiz count.
    @Test
    void renderedWithTheQuizMachinery() {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n\n```diagram\nquiz: auto\n"
                + Designs.ONE_SERVER.replace("label: MySQL", "label: \"*MySQL* www.example.com\"") + "```\n").build();
        assertThat(site.printed()).isEmpty();
        assertThat(site.result().quizzes()).isEqualTo(1);
        Document page = site.page("index.html");
        assertThat(page.select("form.quiz[data-quiz=home-diagram-1] fieldset[data-question]")).hasSize(2);
        assertThat(page.select("script[src*=js/quiz.], script[src*=js/diagram.]")).hasSize(2);
        assertThat(page.select("form.quiz em, form.quiz a")).isEmpty();
        assertThat(page.select("form.quiz label").eachText()).contains("*MySQL* www.example.com");
    }
}

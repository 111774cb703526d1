package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Golden;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture {@code sites/quiz} (one question of each type, a Q&amp;A page) built with the real theme:
 * golden HTML of the quiz, the hooks, CSP-safe output, the Progress and Review pages.
 * {@code -Dgolden.update=true} rewrites the golden file and fails until the diff is reviewed.
 */
class QuizSiteTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/quiz-every-type.html");

    @TempDir
    static Path tmp;

    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.fixture("quiz", tmp).build();
    }

    // Checks that the fixture builds without diagnostics and counts its quiz and generated pages.
    @Test
    void builds() {
        assertThat(site.printed()).isEmpty();
        assertThat(site.result().summary()).startsWith("8 pages, 1 quiz, 0 diagrams, 0 warnings in ");
    }

    // Checks the quiz's HTML against the golden file (only the <form>, so theme changes elsewhere do not matter).
    @Test
    void goldenHtml() {
        Element form = site.page("dns/quiz/index.html").selectFirst("form.quiz");
        assertThat(form).isNotNull();
        Golden.assertMatches(GOLDEN, form.outerHtml() + "\n");
    }

    // Checks the stable hooks: data-quiz on the form, data-question and data-type on each question.
    @Test
    void hooks() {
        Document d = site.page("dns/quiz/index.html");
        assertThat(d.select("form.quiz").attr("data-quiz")).isEqualTo("dns-quiz-quiz-1");
        assertThat(d.select("[data-question]").eachAttr("data-type")).containsExactly("single", "multiple",
                "truefalse", "text", "number", "order", "match");
        assertThat(d.select("[data-question]").eachAttr("data-question")).containsExactly("dns-quiz-quiz-1-q1",
                "dns-quiz-quiz-1-q2", "dns-quiz-quiz-1-q3", "dns-quiz-quiz-1-q4", "dns-quiz-quiz-1-q5",
                "dns-quiz-quiz-1-q6", "dns-quiz-quiz-1-q7");
        assertThat(d.select("fieldset[data-question] > legend")).hasSize(7);
        assertThat(d.select("input[type=radio]")).hasSize(5);
        assertThat(d.select("input[type=checkbox]")).hasSize(3);
        // choices sit inside their label; radios of one question share a short name, unique within the form
        for (Element input : d.select("form.quiz input[type=radio], form.quiz input[type=checkbox]")) {
            assertThat(input.parent().tagName()).isEqualTo("label");
            assertThat(input.id()).isEmpty();
        }
        assertThat(d.select("input[type=radio]").eachAttr("name")).containsExactly("q1", "q1", "q1", "q3", "q3");
        for (Element input : d.select("form.quiz input[type=text], form.quiz select")) {
            assertThat(d.select("label[for=" + input.id() + "]")).as(input.id()).hasSize(1);
        }
    }

    // Checks that without JavaScript every question has its answer and explanation behind "Show answer".
    @Test
    void answersWithoutJavaScript() {
        Document d = site.page("dns/quiz/index.html");
        for (Element q : d.select("fieldset[data-question]")) {
            Element details = q.selectFirst("details.quiz-answer");
            assertThat(details).as(q.id()).isNotNull();
            assertThat(details.selectFirst("summary").text()).isEqualTo("Show answer");
            assertThat(details.select(".quiz-explain")).as(q.id()).hasSize(1);
        }
        assertThat(d.select("#q-dns-quiz-quiz-1-q1 details").text()).contains("Answer: The server's IP address",
                "The page's HTML \u2014 HTML comes later");
        assertThat(d.select("#q-dns-quiz-quiz-1-q5 details").text()).contains("Answer: 3600 (± 5)");
    }

    // Checks that the page carries no markup that works only with JavaScript: quiz.js builds it (see QuizBrowserTest).
    @Test
    void noScriptOnlyMarkupInHtml() {
        Document d = site.page("dns/quiz/index.html");
        String html = d.selectFirst("form.quiz").outerHtml();
        for (String hook : new String[] {"quiz-controls", "quiz-move", "quiz-order-moves", "quiz-tag", "quiz-feedback",
                "quiz-foot", "quiz-score", "data-action", "aria-live", "aria-describedby"}) {
            assertThat(html).as(hook).doesNotContain(hook);
        }
        assertThat(d.select(".quiz-key, .quiz-key-section")).isEmpty();
        // the one hidden element is the hint, which is content that a button shows
        assertThat(d.select("form.quiz [hidden]").eachAttr("class")).containsExactly("quiz-hint");
        assertThat(d.select("form.quiz button")).isEmpty();
    }

    // Checks that quiz assets load only on the quiz page, deferred, and that pages need no inline code or styles.
    @Test
    void assetsAndCsp() {
        Document quiz = site.page("dns/quiz/index.html");
        // Asset names may carry a content hash: quiz.1a2b3c4d.js
        assertThat(quiz.select("script[src*=js/quiz.]")).hasSize(1);
        assertThat(quiz.selectFirst("script[src*=js/quiz.]").hasAttr("defer")).isTrue();
        assertThat(quiz.select("link[href*=css/quiz.]")).hasSize(1);
        assertThat(site.page("index.html").select("script[src*=js/quiz.], link[href*=css/quiz.]")).isEmpty();
        for (String page : new String[] {"index.html", "dns/quiz/index.html", "dns/faq/index.html",
                "progress/index.html", "review/index.html"}) {
            Document d = site.page(page);
            assertThat(d.select("[style]")).as(page).isEmpty();
            assertThat(d.select("script:not([src]):not([type=application/json])")).as(page).isEmpty();
            assertThat(d.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().startsWith("on"))).as(page).isEmpty();
        }
    }

    // Checks that a Q&A page wraps each question heading (and only those) in a card.
    @Test
    void qaCards() {
        Document d = site.page("dns/faq/index.html");
        assertThat(d.select(".qa-card > h2").eachAttr("id")).containsExactly("what-is-a-ttl",
                "can-a-cname-sit-at-the-apex");
        assertThat(d.select(".qa-card").eachAttr("aria-labelledby")).containsExactly("what-is-a-ttl",
                "can-a-cname-sit-at-the-apex");
        assertThat(d.select(".qa-card").first().select(".qa-answer h3").text()).startsWith("Where is it set?");
        assertThat(d.select(".page-body > h2").eachAttr("id")).containsExactly("further-reading");
    }

    // Checks the Review page: one flashcard per question heading, answers with links re-pointed and no ids.
    @Test
    void reviewPage() {
        Document d = site.page("review/index.html");
        assertThat(d.select(".flashcard").eachAttr("data-card")).containsExactly("dns-faq--what-is-a-ttl",
                "dns-faq--can-a-cname-sit-at-the-apex");
        assertThat(d.select(".flashcard-q").eachText()).containsExactly("What is a TTL?", "Can a CNAME sit at the apex?");
        Element first = d.selectFirst(".flashcard");
        assertThat(first.select(".flashcard-body a").eachAttr("href")).containsExactly("../dns/quiz/#check-yourself",
                "../dns/faq/#what-is-a-ttl");
        assertThat(first.select(".flashcard-body [id]")).isEmpty();
        assertThat(first.selectFirst("details > summary").text()).isEqualTo("Show answer");
        assertThat(first.select("[data-rate]").eachAttr("data-rate")).containsExactly("knew", "again");
    }

    // Checks the Progress page: each quiz listed under its page with its question ids and a link to it.
    @Test
    void progressPage() {
        Document d = site.page("progress/index.html");
        assertThat(d.select(".progress-page").eachAttr("data-page-key")).containsExactly("dns-quiz");
        Element quiz = d.selectFirst("[data-quiz=dns-quiz-quiz-1]");
        assertThat(quiz.attr("data-questions")).isEqualTo("dns-quiz-quiz-1-q1 dns-quiz-quiz-1-q2 dns-quiz-quiz-1-q3 "
                + "dns-quiz-quiz-1-q4 dns-quiz-quiz-1-q5 dns-quiz-quiz-1-q6 dns-quiz-quiz-1-q7");
        assertThat(quiz.selectFirst("a").attr("href")).isEqualTo("../dns/quiz/#quiz-dns-quiz-quiz-1");
        assertThat(d.select("[data-progress-summary]").attr("data-total")).isEqualTo("7");
        assertThat(site.page("index.html").select(".header-links a").eachAttr("href"))
                .containsExactly("progress/", "review/");
    }
}

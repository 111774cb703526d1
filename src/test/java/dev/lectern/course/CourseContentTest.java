package dev.lectern.course;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.diag.Diagnostics;
import dev.lectern.glossary.Glossary;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.quiz.Question;
import dev.lectern.quiz.QuestionType;
import dev.lectern.quiz.Quiz;
import dev.lectern.render.OutputPage;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course in {@code content/} as a product: it builds cleanly and keeps the size the course issue
 * asks for, so that a later edit cannot silently drop explainers, quizzes, diagrams or glossary terms.
 */
class CourseContentTest {
    static final List<String> SECTIONS = List.of("foundations/", "stack/", "one-server/", "failures/", "fixes/");

    @TempDir
    static Path tmp;

    static TestSite site;
    static List<RenderedPage> pages;

    @BeforeAll
    static void build() {
        site = TestSite.course(tmp).build();
        pages = site.result().pages().stream().map(OutputPage::source).filter(p -> p != null).toList();
    }

    static List<RenderedPage> explainers() {
        return pages.stream().filter(p -> "qa".equals(p.source().layout())).toList();
    }

    static List<Quiz> quizzes(RenderedPage p) {
        return p.blocks().stream().map(b -> b.output().data()).filter(d -> d instanceof Quiz).map(d -> (Quiz) d).toList();
    }

    // Checks that the course builds with zero errors and zero warnings.
    @Test
    void buildsWithoutErrorsOrWarnings() {
        assertThat(site.printed()).isEmpty();
        assertThat(site.result().written()).isTrue();
    }

    // Checks at least 16 explainers, in the sections of the request's path then the failures and fixes, each section with pages.
    @Test
    void explainersInCourseOrder() {
        List<RenderedPage> explainers = explainers();
        assertThat(explainers).hasSizeGreaterThanOrEqualTo(16);
        Map<String, Integer> perSection = new LinkedHashMap<>();
        for (RenderedPage p : explainers) {
            String url = p.source().url();
            String section = SECTIONS.stream().filter(url::startsWith).findFirst().orElse("(none): " + url);
            perSection.merge(section, 1, Integer::sum);
        }
        // in course order, the sections come in the order of the request's path, then failures and fixes
        assertThat(perSection.keySet()).containsExactlyElementsOf(SECTIONS);
        assertThat(perSection.get("failures/")).isGreaterThanOrEqualTo(3);
        assertThat(perSection.get("fixes/")).isGreaterThanOrEqualTo(3);
    }

    // Checks that every explainer ends with a quiz, that there are 60+ questions, and that every question type is used.
    @Test
    void everyExplainerHasAQuizAndEveryTypeIsUsed() {
        int questions = 0;
        Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
        for (RenderedPage p : explainers()) {
            List<Quiz> own = quizzes(p);
            assertThat(own).as(p.source().displayPath() + " has a quiz").isNotEmpty();
            for (Quiz q : own) {
                questions += q.size();
                for (Question question : q.questions()) types.add(question.type());
            }
        }
        assertThat(questions).isGreaterThanOrEqualTo(60);
        assertThat(types).containsExactlyInAnyOrder(QuestionType.values());
    }

    // Checks that every wrong choice of a hand-written choice question says why it is wrong.
    @Test
    void everyWrongOptionSaysWhy() {
        for (RenderedPage p : explainers()) {
            List<Quiz> written = p.blocks().stream().filter(b -> b.kind().equals("quiz"))
                    .map(b -> (Quiz) b.output().data()).toList();
            assertThat(written).as(p.source().displayPath()).isNotEmpty();
            for (Quiz q : written) {
                for (Question question : q.questions()) {
                    for (Question.Choice c : question.choices()) {
                        if (!c.correct()) {
                            assertThat(c.why()).as(p.source().displayPath() + ": " + question.q() + " / " + c.text())
                                    .isNotBlank();
                        }
                    }
                }
            }
        }
    }

    // Checks the four classic designs plus per-topic diagrams, with single points of failure found.
    @Test
    void diagrams() {
        long diagrams = pages.stream().mapToLong(p -> p.countBlocks("diagram")).sum();
        assertThat(diagrams).isGreaterThanOrEqualTo(8);
        for (String page : List.of("one-server/one-server-design/index.html", "fixes/distributed/index.html",
                "fixes/secured-monitored/index.html", "fixes/scaled-up/index.html")) {
            Document d = site.page(page);
            assertThat(d.select("[data-diagram]")).as(page).isNotEmpty();
            assertThat(d.select(".is-spof[data-node]")).as(page + " marks SPOFs").isNotEmpty();
        }
    }

    // Checks the glossary size, its page, and the review page of explainer questions.
    @Test
    void glossaryAndReview() {
        Glossary glossary = Glossary.load(tmp.resolve("content/glossary.yaml"), "content/glossary.yaml", new Diagnostics());
        assertThat(glossary.terms()).hasSizeGreaterThanOrEqualTo(40);
        // one entry (a <dt> with the term's id, then its definition) per term of glossary.yaml
        org.jsoup.select.Elements entries = site.page("glossary/index.html").select("dl.glossary > dt[id]");
        assertThat(entries.eachAttr("id")).containsExactlyInAnyOrderElementsOf(
                glossary.terms().stream().map(dev.lectern.glossary.Term::id).toList());
        for (org.jsoup.nodes.Element dt : entries) {
            org.jsoup.nodes.Element dd = dt.nextElementSibling();
            assertThat(dd == null ? null : dd.tagName()).as(dt.id()).isEqualTo("dd");
            assertThat(dd.text()).as(dt.id()).isNotBlank();
        }
        List<String> questions = explainers().stream().flatMap(p -> p.headings().stream())
                .filter(h -> h.level() == 2 && h.text().strip().endsWith("?")).map(h -> h.text().strip()).toList();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(60);
        // the review page holds one flashcard per question heading, with its text
        assertThat(site.page("review/index.html").select("article.flashcard h3.flashcard-q").eachText())
                .containsExactlyInAnyOrderElementsOf(questions);
    }

    // Checks the accuracy points the course must keep: www as an A record in the one-server design, 8.8.8.8 explained.
    @Test
    void accuracyAnchors() {
        String records = site.page("foundations/dns-records/index.html").text();
        assertThat(records).contains("CNAME").containsIgnoringCase("A record");
        String all = String.join("\n", pages.stream().map(RenderedPage::plainText).toList());
        assertThat(all).contains("8.8.8.8");
        assertThat(all).containsIgnoringCase("resolver");
    }
}

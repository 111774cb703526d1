package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the theme's {@code partials/review.jte} is given and what the reader sees on the Review page:
 * a group per Q&amp;A page in course order, a card per question heading with its storage key, the
 * answer's links re-pointed from its page to the Review page (relative, same-page and outside links),
 * the page's own quiz and ids left out, and the link back to the question. Each test builds its own site.
 */
class ReviewPartialTest {
    @TempDir
    Path tmp;

    static final String FAQ = """
            ---
            title: Deep questions
            layout: qa
            weight: 1
            ---

            ## What is X?

            See [the other page](../other.md), [the next card](#why-not-y), [a sibling's part](sib.md#part),
            [outside](https://example.org/a) and [mail](mailto:a@example.org).

            ![A picture](pic.svg)

            ### Where is X?

            Everywhere.

            ```quiz
            questions:
              - q: In the answer?
                answer: true
            ```

            ## Why not Y?

            Because.

            ## Further reading

            Not a question.
            """;

    static final String MORE = """
            ---
            title: More questions
            layout: qa
            weight: 2
            ---

            ## Is it last?

            Yes: [back](faq.md).

            ## What does it look like?

            ```diagram
            nodes:
              user: {kind: user, label: Browser}
              web: {kind: web, label: Nginx}
            edges:
              - user -> web
            ```
            """;

    private TestSite site() {
        return TestSite.create(tmp).file("content/index.md", "# Home\n")
                .file("content/net/other.md", "---\ntitle: Other\nweight: 3\n---\n\n## Why is this no card?\n\nNo `layout: qa`.\n")
                .file("content/net/deep/faq.md", FAQ).file("content/net/deep/more.md", MORE)
                .file("content/net/deep/sib.md", "---\ntitle: Sib\nweight: 4\n---\n\n## Part\n\nText.\n")
                .file("content/net/deep/pic.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    }

    private Document review() {
        TestSite built = site().build();
        assertThat(built.printed()).isEmpty();
        return built.page("review/index.html");
    }

    // Checks a group per Q&A page (its key, title and link) and a card per question heading ending in "?",
    // with its storage key, its question, the link back to it, and the number of cards for progress.js.
    @Test
    void groupsAndCards() {
        Document d = review();
        assertThat(d.selectFirst("title").text()).startsWith("Review");
        assertThat(d.select(".review-cards").attr("data-total")).isEqualTo("4");
        assertThat(d.select("section.review-group").eachAttr("aria-labelledby")).containsExactly(
                "review-net-deep-faq", "review-net-deep-more");
        assertThat(d.select("section.review-group > h2").eachAttr("id")).containsExactly(
                "review-net-deep-faq", "review-net-deep-more");
        assertThat(d.select("section.review-group > h2 a").eachAttr("href")).containsExactly("../net/deep/faq/",
                "../net/deep/more/");
        assertThat(d.select("section.review-group > h2").eachText()).containsExactly("Deep questions", "More questions");
        assertThat(d.select(".flashcard").eachAttr("data-card")).containsExactly("net-deep-faq--what-is-x",
                "net-deep-faq--why-not-y", "net-deep-more--is-it-last", "net-deep-more--what-does-it-look-like");
        assertThat(d.select(".flashcard-q").eachText()).containsExactly("What is X?", "Why not Y?", "Is it last?",
                "What does it look like?");
        assertThat(d.select(".flashcard-source a").eachAttr("href")).containsExactly("../net/deep/faq/#what-is-x",
                "../net/deep/faq/#why-not-y", "../net/deep/more/#is-it-last",
                "../net/deep/more/#what-does-it-look-like");
        assertThat(d.select(".review-group").first().select(".flashcard")).hasSize(2);
    }

    // Checks an answer as copied: links and images re-pointed from the Q&A page to the Review page, links that
    // leave the site kept, the page's quiz, script and ids left out, the answer's text and sub-headings kept.
    @Test
    void answersRepointedAndStripped() {
        Element body = review().selectFirst(".flashcard[data-card=net-deep-faq--what-is-x] .flashcard-body");
        assertThat(body.select("a").eachAttr("href")).containsExactly("../net/other/", "../net/deep/faq/#why-not-y",
                "../net/deep/sib/#part", "https://example.org/a", "mailto:a@example.org", "../net/deep/faq/#what-is-x");
        assertThat(body.select("img").eachAttr("src")).containsExactly("../net/deep/pic.svg");
        assertThat(body.select("h3").eachText()).containsExactly("Where is X?");
        assertThat(body.select("[id], form, script, fieldset, .heading-anchor")).isEmpty();
        assertThat(body.text()).contains("Everywhere.").doesNotContain("In the answer?");
        Element last = review().selectFirst(".flashcard[data-card=net-deep-more--is-it-last] .flashcard-body");
        assertThat(last.select("a").eachAttr("href")).containsExactly("../net/deep/faq/", "../net/deep/more/#is-it-last");
    }

    // Checks a diagram copied into an answer: its icon symbols keep ids made unique by the card's number, with
    // every <use> pointing at one of them, and the review page loads the diagram's styles but not its script.
    @Test
    void copiedDiagramAndItsStyles() {
        Document d = review();
        Element body = d.selectFirst(".flashcard[data-card=net-deep-more--what-does-it-look-like] .flashcard-body");
        List<String> ids = body.select("symbol").eachAttr("id");
        assertThat(ids).isNotEmpty().allMatch(id -> id.startsWith("r4-"));
        assertThat(body.select("[id]").eachAttr("id")).containsExactlyElementsOf(ids);
        for (Element use : body.select("use")) assertThat(ids).contains(use.attr("href").substring(1));
        assertThat(d.select("link[href*=css/quiz.], link[href*=css/progress.], link[href*=css/diagram.]")).hasSize(3);
        assertThat(d.select("script[src*=js/progress.]")).hasSize(1);
        assertThat(d.select("script[src*=js/quiz.], script[src*=js/diagram.]")).isEmpty();
    }
}

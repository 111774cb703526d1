package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** How an answer is copied onto the review page: ids dropped but those {@code <use>} needs, script-only parts gone. */
class ReviewAnswerTest {
    static final String DIAGRAM = "<figure class=\"diagram\" id=\"diagram-1\"><svg role=\"img\"><title>T</title>"
            + "<defs><symbol id=\"diagram-1-i-web\"><path d=\"M0 0h1\"/></symbol></defs>"
            + "<g data-node=\"web\" aria-label=\"Nginx\"><use href=\"#diagram-1-i-web\" x=\"1\" y=\"2\"/></g></svg>"
            + "<p class=\"diagram-scroll-hint\" hidden>Scroll sideways.</p>"
            + "<p id=\"diagram-1-flow-title\">Request path</p></figure>";

    // Checks that a copied diagram keeps its icon symbols, with ids prefixed per card and <use> re-pointed,
    // while other ids and the parts hidden until the page's script runs are dropped.
    @Test
    void copiedDiagramKeepsItsSymbols() {
        Document d = Jsoup.parseBodyFragment(ReviewPage.answer(DIAGRAM, "one/", "r7-"));
        assertThat(d.select("[id]").eachAttr("id")).containsExactly("r7-diagram-1-i-web");
        assertThat(d.select("use").attr("href")).isEqualTo("#r7-diagram-1-i-web");
        assertThat(d.select("[hidden], .diagram-scroll-hint")).isEmpty();
        assertThat(d.select("p").text()).isEqualTo("Request path");
    }
}

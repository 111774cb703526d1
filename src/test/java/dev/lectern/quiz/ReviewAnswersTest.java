package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers as the Review page shows them, whatever makes them: no heading anchors, quizzes, scripts or
 * hidden parts, every id unique to its card (and every {@code <use>} pointing into its own card), every
 * link and image re-pointed so that it reaches, from {@code review/}, what it reached from its page.
 */
class ReviewAnswersTest {
    @TempDir
    static Path tmp;

    static TestSite site;

    static final String FAQ = """
            ---
            title: DNS questions
            layout: qa
            ---

            ## What is a TTL?

            How long a resolver keeps a record, the TTL. See [the quiz](quiz.md#check-yourself), [the apex
            question](#can-a-cname-sit-at-the-apex), [the list](index.md), [this page](faq.md) and the
            picture ![a resolver](resolver.svg).[^1]

            ### Where is it set?

            In the zone, per record.

            ```quiz
            title: Set where?
            questions:
              - q: Where is a TTL set?
                answers:
                  - text: In the zone
                    correct: true
                  - text: In the browser
                hint: Think of the zone file.
            ```

            [^1]: As RFC 1035 says.

            ## Can a CNAME sit at the apex?

            No, the apex needs SOA and NS records; the TTL applies there too.

            ```diagram
            title: One server
            nodes:
              user: {kind: user, label: Browser}
              web: {kind: web, label: Nginx}
            edges:
              - user -> web: HTTP request
            ```

            ## Further reading

            The quiz page.
            """;

    @BeforeAll
    static void build() {
        site = TestSite.fixture("quiz", tmp).delete("content/dns/faq.md").file("content/dns/faq.md", FAQ)
                .file("content/dns/resolver.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n")
                .file("content/glossary.yaml", "- term: TTL\n  definition: How long an answer may be cached.\n  link: dns/faq.md\n")
                .build();
    }

    // Checks that the build is clean, so that every link of the review page passed the site's link check too.
    @Test
    void buildsWithoutWarnings() {
        assertThat(site.printed()).isEmpty();
    }

    // Checks that an answer keeps none of its page's heading anchors, quizzes, scripts or parts hidden until a script runs.
    @Test
    void noAnchorsQuizzesScriptsOrHiddenParts() {
        Document d = site.page("review/index.html");
        assertThat(d.select(".flashcard-body")).hasSize(2);
        assertThat(d.select(".flashcard-body .heading-anchor, .flashcard-body form, .flashcard-body script, "
                + ".flashcard-body [hidden]")).isEmpty();
        assertThat(d.select(".flashcard-body h3").eachText()).containsExactly("Where is it set?");
        assertThat(d.select(".flashcard-body svg use")).isNotEmpty();
        assertThat(d.select(".flashcard-body .term")).isNotEmpty();
    }

    // Checks that every id in an answer carries its card's prefix, and that every reference to an id stays in its card.
    @Test
    void idsArePrefixedPerCard() {
        Document d = site.page("review/index.html");
        List<String> prefixes = new ArrayList<>();
        for (Element body : d.select(".flashcard-body")) {
            List<String> ids = body.select("[id]").eachAttr("id");
            String prefix = ids.isEmpty() ? null : ids.get(0).replaceFirst("^(r[0-9]+-).*", "$1");
            for (String id : ids) assertThat(id).startsWith(prefix).matches("r[0-9]+-.+");
            if (prefix != null) prefixes.add(prefix);
            for (Element use : body.select("use")) {
                assertThat(use.attr("href")).startsWith("#");
                assertThat(ids).contains(use.attr("href").substring(1));
            }
            for (Element e : body.select("[aria-labelledby], [aria-describedby], [aria-controls], label[for]")) {
                for (String attr : List.of("aria-labelledby", "aria-describedby", "aria-controls", "for")) {
                    for (String ref : e.attr(attr).split(" ")) if (!ref.isEmpty()) assertThat(ids).contains(ref);
                }
            }
        }
        assertThat(prefixes).doesNotHaveDuplicates().isNotEmpty();
        assertThat(d.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    // Checks that every link and image of an answer reaches from review/ the file and id it reached from its page.
    @Test
    void linksAreRepointed() {
        Document d = site.page("review/index.html");
        List<String> urls = new ArrayList<>();
        for (Element e : d.select(".flashcard-body a[href], .flashcard-body img[src]")) {
            urls.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
        }
        assertThat(urls).contains("../dns/quiz/#check-yourself", "../dns/faq/#can-a-cname-sit-at-the-apex",
                "../dns/", "../dns/faq/", "../dns/resolver.svg", "../glossary/#ttl");
        URI review = URI.create("https://example.org/review/");
        for (String url : urls) {
            URI target = review.resolve(url);
            assertThat(target.getHost()).as(url).isEqualTo("example.org");
            String path = target.getPath().substring(1);
            Path file = site.out().resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
            assertThat(Files.isRegularFile(file)).as(url).isTrue();
            if (target.getFragment() != null && !path.startsWith("review/")) {
                assertThat(site.page(site.out().relativize(file).toString()).getElementById(target.getFragment()))
                        .as(url).isNotNull();
            }
        }
    }
}

package dev.lectern.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The glossary: its page, first-use marking with tooltips, and the errors and warnings of glossary.yaml. */
class GlossaryTest {
    @TempDir
    Path tmp;

    private static final String GLOSSARY = """
            - term: CNAME record
              definition: "An alias of another name."
              link: dns.md#what-is-a-cname
              aliases: [CNAME]
            - term: TTL
              definition: "How long an answer may be cached."
              link: dns.md
            """;

    private TestSite site(String glossary, String dns) {
        return TestSite.create(tmp).file("content/index.md", "# Home\n\nStart here.\n")
                .file("content/glossary.yaml", glossary).file("content/dns.md", dns).build();
    }

    // Checks that only the first use on a page is marked, with a link to the entry and a tooltip described by it.
    @Test
    void marksFirstUseWithTooltip() {
        TestSite s = site(GLOSSARY, "# DNS\n\nA CNAME points elsewhere. Another CNAME record and its TTL.\n\n## What is a CNAME?\n\nText.\n");
        assertThat(s.printed()).isEmpty();
        Document d = s.page("dns/index.html");
        assertThat(d.select(".term")).extracting(Element::text).containsExactly("CNAME", "TTL");
        Element term = d.selectFirst(".term");
        assertThat(term.attr("href")).isEqualTo("../glossary/#cname-record");
        Element tip = d.getElementById(term.attr("aria-describedby"));
        assertThat(tip.attr("role")).isEqualTo("tooltip");
        assertThat(tip.text()).isEqualTo("An alias of another name.");
        assertThat(d.select("link[href*=/glossary.]")).hasSize(1);
        assertThat(s.page("index.html").select("link[href*=/glossary.]")).isEmpty();
    }

    // Checks that terms in code, headings, links, quiz blocks and acronyms in other case are not marked.
    @Test
    void leavesCodeHeadingsAndLinksAlone() {
        TestSite s = site(GLOSSARY, "# DNS\n\n## What is a CNAME?\n\n`CNAME` and [a CNAME](index.md), a ttl.\n\n"
                + "```text\nCNAME\n```\n\n```quiz\nquestions:\n  - q: What does a CNAME set, besides its TTL?\n"
                + "    answers:\n      - text: An alias (CNAME)\n        correct: true\n      - text: A TTL only\n```\n\n"
                + "The TTL.\n");
        assertThat(s.printed()).isEmpty();
        Document d = s.page("dns/index.html");
        assertThat(d.select("fieldset")).hasSize(1);
        assertThat(d.select("fieldset").text()).contains("What does a CNAME set", "An alias (CNAME)");
        assertThat(d.select(".term")).extracting(Element::text).containsExactly("TTL");
        assertThat(d.select("fieldset .term")).isEmpty();
        assertThat(d.select("h2").text()).isEqualTo("What is a CNAME?#");
    }

    // Checks the same on a page whose raw HTML (raw_html: true) makes the glossary read its text from the HTML rather
    // than from the recorded Markdown: the quiz block stays unmarked there too (the marker's skipped classes).
    @Test
    void leavesQuizBlocksAloneOnARawHtmlPage() {
        TestSite s = TestSite.create(tmp).file("content/site.yaml", "title: T\nraw_html: true\n")
                .file("content/index.md", "# Home\n\nStart here.\n").file("content/glossary.yaml", GLOSSARY)
                .file("content/dns.md", "# DNS\n\n## What is a CNAME?\n\n<p class=\"note\">Raw HTML.</p>\n\n"
                        + "```quiz\nquestions:\n  - q: What does a CNAME set, besides its TTL?\n"
                        + "    answers:\n      - text: An alias (CNAME)\n        correct: true\n      - text: A TTL only\n```\n\n"
                        + "The TTL.\n").build();
        assertThat(s.printed()).isEmpty();
        Document d = s.page("dns/index.html");
        assertThat(d.select("p.note").text()).isEqualTo("Raw HTML.");
        assertThat(d.select("fieldset").text()).contains("What does a CNAME set", "An alias (CNAME)");
        assertThat(d.select(".term")).extracting(Element::text).containsExactly("TTL");
        assertThat(d.select("fieldset .term")).isEmpty();
    }

    // Checks the marks where escaped text is around the term (matched unescaped, spliced at the escaped offsets),
    // in the label of a tab, and that a Q&A page's cards still hold their headings after the marks went in.
    @Test
    void marksAmongEscapesTabsAndQaCards() {
        TestSite s = site(GLOSSARY, "---\nlayout: qa\n---\n# DNS\n\n## Why \"CNAME\"?\n\nA <b> & \"CNAME\" & more.\n\n"
                + "## And the TTL?\n\n=== \"TTL & more\"\n\n    Body.\n");
        Document d = s.page("dns/index.html");
        assertThat(d.select(".term")).extracting(Element::text).containsExactly("CNAME", "TTL");
        assertThat(d.selectFirst(".term").parent().parent().ownText()).isEqualTo("A <b> & \"\" & more.");
        assertThat(d.select(".tabbed-label .term")).extracting(Element::text).containsExactly("TTL");
        assertThat(d.select("section.qa-card > h2")).extracting(Element::id).containsExactly("why-cname", "and-the-ttl");
        assertThat(d.select("section.qa-card .qa-answer .term")).hasSize(2);
    }

    // Checks that a page with raw HTML (raw_html: true) is marked from its HTML: not inside <kbd>, in the text after.
    @Test
    void rawHtmlPageMarkedFromItsHtml() {
        TestSite s = TestSite.create(tmp).file("content/site.yaml", "title: T\nraw_html: true\n")
                .file("content/index.md", "# Home\n\nStart here.\n").file("content/glossary.yaml", GLOSSARY)
                .file("content/dns.md", "# DNS\n\nPress <kbd>TTL</kbd> for a <span class=\"x\">TTL &amp; CNAME</span>.\n").build();
        Document d = s.page("dns/index.html");
        assertThat(d.select(".term")).extracting(Element::text).containsExactly("TTL", "CNAME");
        assertThat(d.select("kbd").text()).isEqualTo("TTL");
        assertThat(d.select("span.x > .term-wrap")).hasSize(2);
    }

    // Checks the glossary page: entries in order with ids, aliases, and a link to the explaining page.
    @Test
    void glossaryPage() {
        TestSite s = site(GLOSSARY, "# DNS\n\nCNAME and TTL.\n\n## What is a CNAME?\n");
        Document g = s.page("glossary/index.html");
        assertThat(g.select("h1").text()).isEqualTo("Glossary");
        assertThat(g.select("dt")).extracting(Element::id).containsExactly("cname-record", "ttl");
        assertThat(g.select("dd").first().text()).isEqualTo(
                "An alias of another name. Also: CNAME. Read more in \u201cDNS\u201d");
        assertThat(g.selectFirst("dd a").attr("href")).isEqualTo("../dns/#what-is-a-cname");
    }

    // Checks the warnings: an unused term, a link to a missing page, a link to a missing heading.
    @Test
    void warnings() {
        TestSite s = site("""
                - term: TTL
                  definition: "x"
                  link: nowhere.md
                - term: Zone
                  definition: "y"
                  link: dns.md#nope
                """, "# DNS\n\nThe TTL.\n");
        assertThat(s.printed()).containsExactly(
                "content/glossary.yaml:3:9: warning: glossary link `nowhere.md` of `TTL` leads to no page: there is no content/nowhere.md",
                "content/glossary.yaml:4:3: warning: glossary term `Zone` is never used in the course; use it in a page, add the form used as an alias, or remove it",
                "content/glossary.yaml:6:9: warning: glossary link `dns.md#nope` of `Zone`: dns.md has no heading with the id `nope`");
    }

    // Checks that bad YAML is an error at its line and column, and the site is not written.
    @Test
    void badYamlIsAnError() {
        TestSite s = site("- term: TTL\n  definition: \"unclosed\n", "# DNS\n\nThe TTL.\n");
        assertThat(s.printed()).containsExactly(
                "content/glossary.yaml:2:15: error: invalid YAML: a quoted text starts here but its closing quote is missing "
                        + "(hint: end it with the same quote mark)");
        assertThat(s.result().written()).isFalse();
    }

    // Checks unknown keys (with a hint), a missing definition, and a duplicate term.
    @Test
    void entryErrors() {
        TestSite s = site("""
                - term: TTL
                  defintion: "x"
                - term: TTL
                  definition: "y"
                - term: ttl
                  definition: "z"
                """, "# DNS\n\nThe TTL.\n");
        assertThat(s.printed()).containsExactly(
                "content/glossary.yaml:1:3: error: glossary entry `TTL` has no `definition:`",
                "content/glossary.yaml:2:3: error: unknown glossary key `defintion`; did you mean `definition`?",
                "content/glossary.yaml:5:3: error: glossary term `ttl` is defined twice (first at line 3)");
    }
}

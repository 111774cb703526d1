package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.markdown.PageRefs;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordingOutput} driven as jte's generated code drives it (literal pieces, then
 * {@code setContext} and each value): what it records is what the written HTML holds, read with
 * {@link HtmlScan}.
 */
class RecordingOutputTest {
    private final StringOutput html = new StringOutput();
    private final Map<String, PageRefs> footer = Map.of("<a href=\"licence/\">Licence</a>",
            new PageRefs(java.util.Set.of(), List.of(new PageRefs.Target("a", "licence/", -1))));
    private final RecordingOutput out = new RecordingOutput(html, OwaspHtmlTemplateOutput::new, footer::get);

    private void value(String tag, String attribute, Object v) {
        out.setContext(tag, attribute);
        if (v instanceof Integer i) out.writeUserContent(i);
        else out.writeUserContent((String) v);
        out.setContext(tag, null);
    }

    // Checks the cases a template writes: values in attributes (several in one, escaped, unsafe), comments, script and title text, quoting, references, repeated ids, a body and footer HTML.
    @Test
    void recordsWhatTheHtmlHolds() {
        out.writeContent("<!DOCTYPE html><html><head><title>a <a href=\"no\"> title</title>\n<LINK REL=stylesheet HREF=style.css>");
        out.writeContent("<script src='x.js' defer></script><script>var s = '<a href=\"in-script\">';</script>\n</head><body>");
        out.writeContent("<!-- <a href=\"in-comment\" id=\"c\"> --><a class=\"skip\" href=\"#main\">skip</a><a class=\"t\"");
        out.writeContent(" href=\"");
        value("a", "href", "../a&b\"c/");
        out.writeContent("\"");
        out.writeContent(" title=\"");
        value("a", "title", "x > y");
        out.writeContent("\">home</a>\n<p class=\"q\" id=\"q-");
        value("p", "id", 3);
        out.writeContent("-m");
        value("p", "id", 4);
        out.writeContent("\" id=\"second\">text ");
        out.setContext("p", null);
        out.writeUserContent("<a href=\"escaped\">");
        out.writeContent("</p><a href=\"?x=1&amp;y=2&#35;z\" id=one>amp</a><a href=\"");
        value("a", "href", "javascript:alert(1)");
        out.writeContent("\">unsafe</a><main id=\"main\">");
        out.writeUserContent(new PageRenderer.HtmlContent("<h2 id=\"in-body\">B</h2><a href=\"body/\">b</a>"));
        out.writeContent("</main><img src=\"");
        value("img", "src", "pic.svg");
        out.writeContent("\" alt=\"<a href='alt'>\"><footer>");
        out.writeUnsafeContent("<a href=\"licence/\">Licence</a>");
        out.writeContent("</footer></body></html>");

        RecordingOutput.Recorded r = out.recorded();
        String page = html.toString();
        HtmlScan scan = HtmlScan.of(page);
        assertThat(r.complete()).isTrue();
        assertThat(page.substring(r.bodyAt(), r.bodyAt() + r.bodyLength())).isEqualTo("<h2 id=\"in-body\">B</h2><a href=\"body/\">b</a>");
        List<HtmlScan.Ref> around = scan.refs().stream()
                .filter(ref -> ref.offset() < r.bodyAt() || ref.offset() >= r.bodyAt() + r.bodyLength()).toList();
        assertThat(r.refs().targets()).extracting(PageRefs.Target::url).containsExactlyElementsOf(
                around.stream().map(HtmlScan.Ref::target).toList());
        assertThat(r.refs().targets()).extracting(PageRefs.Target::url).containsExactly("style.css", "x.js", "#main",
                "../a&b\"c/", "?x=1&y=2#z", "", "pic.svg", "licence/");
        assertThat(r.refs().targets().subList(0, 7)).extracting(PageRefs.Target::offset)
                .containsExactlyElementsOf(around.subList(0, 7).stream().map(HtmlScan.Ref::offset).toList());
        java.util.Set<String> ids = new java.util.HashSet<>(r.refs().ids());
        ids.add("in-body");
        assertThat(ids).isEqualTo(scan.ids());
        assertThat(r.refs().ids()).containsExactlyInAnyOrder("q-3-m4", "one", "main");
    }

    // Checks that HTML written with $unsafe{...} whose records are not known leaves the page not recorded, and says where.
    @Test
    void unknownHtmlIsNotRecorded() {
        out.writeContent("<p>");
        out.writeUnsafeContent("<a href=\"x\">x</a>");
        out.writeContent("</p>");
        assertThat(out.recorded().complete()).isFalse();
        // written from no template here: the place is not known
        assertThat(out.recorded().refs().unrecorded()).containsExactly(new PageRefs.Unrecorded("", 0));
    }
}

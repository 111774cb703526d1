package dev.lectern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits while {@code lectern serve} runs: reload events, the error overlay's payload, deleted pages. */
class PreviewReloadTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Whether an event is the one that follows a page's reload once the search files are written. */
    static boolean searchOnly(LiveClient.Event e) {
        return e.data().matches("\\{\"build\":[0-9]+,\"paths\":\\[\"search/[^\"]+\"(,\"search/[^\"]+\")*\\]\\}");
    }

    // Saving a page sends one reload event naming its file, after which the new text is served.
    @Test
    void editSendsReloadAndServesNewContent(@TempDir Path tmp) throws Exception {
        TestSite.fixture("basic", tmp);
        try (PreviewFixture site = PreviewFixture.start(tmp); LiveClient live = new LiveClient(site.eventsUrl())) {
            assertThat(live.next(WAIT)).isEqualTo(new LiveClient.Event("hello", "{\"build\":1,\"errors\":[]}"));
            String page = Files.readString(tmp.resolve("content/dns/resolution.md"));
            site.write("content/dns/resolution.md", page + "\nA freshly saved sentence.\n");
            LiveClient.Event e = live.next(WAIT);
            assertThat(e.name()).isEqualTo("reload");
            assertThat(e.data()).startsWith("{\"build\":2,\"paths\":[").contains("\"dns/resolution/index.html\"")
                    .doesNotContain("\"dns/records/index.html\"");
            assertThat(Http.get(site.port(), "/dns/resolution/").body()).contains("A freshly saved sentence.");
            // The search files are written after the reload; a search right away waits for them rather than get
            // the old ones (the index names the text chunks; the one chunk holds the new sentence).
            assertThat(Http.get(site.port(), "/search/index.js").body()).contains("\"texts\":[0]");
            assertThat(Http.get(site.port(), "/search/x/0.js").body()).contains("A freshly saved sentence.");
            LiveClient.Event search = live.next(WAIT);
            assertThat(search.name()).isEqualTo("reload");
            assertThat(search.data()).startsWith("{\"build\":2,").contains("\"search/index.js\"", "\"search/x/0.js\"",
                    "\"search/t/fr.js\"");
            assertThat(searchOnly(search)).as(search.data()).isTrue();
        }
    }

    // A bad edit sends the errors, file:line:col, and the last good page keeps being served; fixing clears them.
    @Test
    void badEditSendsErrorsAndKeepsTheLastGoodPage(@TempDir Path tmp) throws Exception {
        TestSite.fixture("basic", tmp);
        try (PreviewFixture site = PreviewFixture.start(tmp); LiveClient live = new LiveClient(site.eventsUrl())) {
            live.next(WAIT);
            String good = Files.readString(tmp.resolve("content/dns/records.md"));
            site.write("content/dns/records.md", good.replace("weight: 2", "wieght: 2") + "\nNot yet published.\n");
            LiveClient.Event e = live.next(WAIT);
            assertThat(e).isEqualTo(new LiveClient.Event("errors", "{\"build\":2,\"errors\":[\"" + tmp + "/content/dns/records.md:4:1:"
                    + " error: unknown front matter key `wieght`; did you mean `weight`?\"]}"));
            Http.Reply page = Http.get(site.port(), "/dns/records/");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("What is an A record?").doesNotContain("Not yet published.");
            assertThat(site.err.toString()).contains(tmp + "/content/dns/records.md:4:1: error: unknown front matter key"
                    + " `wieght`; did you mean `weight`?\n");
            // A page opened now shows the overlay too: its stream starts with the errors.
            try (LiveClient late = new LiveClient(site.eventsUrl())) {
                assertThat(late.next(WAIT).data()).contains("unknown front matter key");
            }
            site.write("content/dns/records.md", good);
            // The fixed file is the one build 1 published: nothing of the site changes, so the event is "ok" (the
            // overlay goes, the page stays) rather than a reload, and it names no paths.
            LiveClient.Event fixed = live.next(WAIT);
            assertThat(fixed).isEqualTo(new LiveClient.Event("ok", "{\"build\":3}"));
            assertThat(site.out.toString()).contains("Rebuilt #3 in ").contains(": 0 files changed\n");
        }
    }

    // Deleting a page removes it from the site; deleting one that others link to reports those links.
    @Test
    void deletedPageIsRemovedAndLinksToItReported(@TempDir Path tmp) throws Exception {
        TestSite.fixture("basic", tmp);
        TestSite.create(tmp).file("content/stack/extra.md", "# Extra\n\nNobody links here.\n");
        try (PreviewFixture site = PreviewFixture.start(tmp); LiveClient live = new LiveClient(site.eventsUrl())) {
            live.next(WAIT);
            assertThat(Http.get(site.port(), "/stack/extra/").status()).isEqualTo(200);
            Files.delete(tmp.resolve("content/stack/extra.md"));
            LiveClient.Event removed = live.next(WAIT);
            assertThat(removed.name()).isEqualTo("reload");
            assertThat(removed.data()).contains("\"stack/extra/index.html\"");
            assertThat(Http.get(site.port(), "/stack/extra/").status()).isEqualTo(404);

            Files.delete(tmp.resolve("content/dns/resolution.md"));
            LiveClient.Event broken = live.until(e -> !searchOnly(e), WAIT);
            assertThat(broken.name()).isEqualTo("errors");
            assertThat(broken.data()).contains("\"" + tmp + "/content/dns/records.md:8:40: error: broken link `resolution.md`:"
                    + " there is no page dns/resolution.md\"");
            assertThat(Http.get(site.port(), "/dns/resolution/").status()).isEqualTo(200);
        }
    }

    // A CSS-only change sends a css event naming the stylesheet (the page swaps it without reloading).
    @Test
    void cssChangeSendsCssEvent(@TempDir Path tmp) throws Exception {
        TestSite.fixture("basic", tmp);
        RebuildTestSupport.copyTree(TestSite.THEME, tmp.resolve("theme"));
        try (PreviewFixture site = PreviewFixture.start(tmp, tmp.resolve("theme"), null, "127.0.0.1", 0);
             LiveClient live = new LiveClient(site.eventsUrl())) {
            live.next(WAIT);
            String css = Files.readString(tmp.resolve("theme/assets/css/lectern.css"));
            site.write("theme/assets/css/lectern.css", css + "\n.page-body { outline: 0; }\n");
            assertThat(live.next(WAIT)).isEqualTo(
                    new LiveClient.Event("css", "{\"build\":2,\"paths\":[\"assets/css/lectern.css\"]}"));
            // a preview serves the stylesheet as written, so authors read their own CSS in the browser's tools
            assertThat(Http.get(site.port(), "/assets/css/lectern.css").body()).endsWith("\n.page-body { outline: 0; }\n");
        }
    }

    // A folder created while serving is watched: its pages appear, and later edits inside it are seen.
    @Test
    void newFoldersAreWatched(@TempDir Path tmp) throws Exception {
        TestSite.fixture("basic", tmp);
        try (PreviewFixture site = PreviewFixture.start(tmp); LiveClient live = new LiveClient(site.eventsUrl())) {
            live.next(WAIT);
            Files.createDirectories(tmp.resolve("content/extra/deeper"));
            Files.writeString(tmp.resolve("content/extra/deeper/page.md"), "# Deep page\n\nFirst words.\n");
            LiveClient.Event added = live.until(e -> e.data().contains("\"extra/deeper/page/index.html\""), WAIT);
            assertThat(added.name()).isEqualTo("reload");
            site.write("content/extra/deeper/page.md", "# Deep page\n\nSecond words.\n");
            LiveClient.Event edited = live.until(e -> e.name().equals("reload") && !searchOnly(e), WAIT);
            assertThat(edited.data()).contains("\"extra/deeper/page/index.html\"");
            assertThat(Http.get(site.port(), "/extra/deeper/page/").body()).contains("Second words.");
        }
    }

    // A template syntax error saved while serving (an @if without @endif on line 9 of page.jte's 12) is reported at
    // the template's file and line (jte's: the end, where the @endif is missing), in the terminal and to open pages,
    // and the last good pages stay served; a page saved meanwhile gets the same error (the broken template is not
    // swapped for the last good one); saving the fixed template rebuilds the pages with it, the saved page too.
    @Test
    void templateSyntaxErrorWhileServingThenFixed(@TempDir Path tmp) throws Exception {
        TestSite.fixture("basic", tmp);
        RebuildTestSupport.copyTree(TestSite.THEME, tmp.resolve("theme"));
        Path template = tmp.resolve("theme/templates/page.jte");
        String good = Files.readString(template);
        String anchor = "  <div class=\"page-body\">";
        assertThat(good.lines().toList()).hasSize(12).element(8).isEqualTo(anchor + "${page.body()}</div>");
        try (PreviewFixture site = PreviewFixture.start(tmp, tmp.resolve("theme"), null, "127.0.0.1", 0);
             LiveClient live = new LiveClient(site.eventsUrl())) {
            assertThat(live.next(WAIT).name()).isEqualTo("hello");
            site.write("theme/templates/page.jte", good.replace(anchor, anchor + "@if(page.quizzes() > 0)"));
            LiveClient.Event broken = live.until(e -> !e.name().equals("ok"), WAIT);
            assertThat(broken.name()).isEqualTo("errors");
            String error = tmp + "/theme/templates/page.jte:12: error: template error: Missing @endif";
            assertThat(broken.data()).isEqualTo("{\"build\":2,\"errors\":[\"" + error + "\"]}");
            assertThat(site.err.toString()).contains(error + "\n")
                    .containsPattern("error: build #2 failed in \\d+ ms with 1 error; still serving build #1; fix and save");
            Http.Reply page = Http.get(site.port(), "/dns/records/");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("What is an A record?");

            // a page saved while the template is still broken: the error again, not a build with the last good
            // templates that would hide it (and the page on disk stays the last good one)
            String records = Files.readString(tmp.resolve("content/dns/records.md"));
            site.write("content/dns/records.md", records + "\nSaved while broken.\n");
            LiveClient.Event again = live.until(e -> !e.name().equals("ok"), WAIT);
            assertThat(again.data()).isEqualTo("{\"build\":3,\"errors\":[\"" + error + "\"]}");
            assertThat(Http.get(site.port(), "/dns/records/").body()).doesNotContain("Saved while broken.");

            site.write("theme/templates/page.jte", good.replace(anchor, "  <p>Fixed template.</p>\n" + anchor));
            LiveClient.Event fixed = live.until(e -> e.name().equals("reload"), WAIT);
            assertThat(fixed.data()).contains("\"dns/records/index.html\"");
            assertThat(Http.get(site.port(), "/dns/records/").body()).contains("<p>Fixed template.</p>", "What is an A record?",
                    "Saved while broken.");
        }
    }

}

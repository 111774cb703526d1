package dev.lectern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Chromium;
import dev.lectern.testing.Needs;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code lectern serve} in Chromium: a save reloads at the same scroll position, CSS swaps in place, errors overlay. */
@Needs(Tool.CHROMIUM)
@ExtendWith(Chromium.Extension.class)
class PreviewBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String QUIZ = "\n```quiz\nquestions:\n  - q: Does a CNAME work at the apex?\n"
            + "    answers:\n      - text: \"Yes\"\n      - text: \"No\"\n        correct: true\n```\n";

    @TempDir
    static Path tmp;
    static ChromeDriver browser;
    static PreviewFixture site;
    static String page;

    @BeforeAll
    static void start(Chromium chromium) throws Exception {
        TestSite.fixture("basic", tmp);
        RebuildTestSupport.copyTree(TestSite.THEME, tmp.resolve("theme"));
        StringBuilder long_ = new StringBuilder("---\ntitle: A long page\n---\n");
        for (int i = 1; i <= 80; i++) long_.append("\nParagraph ").append(i).append(" of a page long enough to scroll.\n");
        page = long_.append(QUIZ).toString();
        Files.writeString(tmp.resolve("content/long.md"), page);
        site = chromium.closing(PreviewFixture.start(tmp, tmp.resolve("theme"), null, "127.0.0.1", 0));
        browser = chromium.driver();
    }

    private Object js(String script) {
        return browser.executeScript(script);
    }

    private void open() {
        browser.get(site.preview.url() + "long/");
        awaitConnected();
    }

    /** The live-reload stream is open once the page got its hello. */
    private void awaitConnected() {
        new WebDriverWait(browser, WAIT).until(d -> js("return document.documentElement.getAttribute('data-lectern-build')") != null);
    }

    /**
     * Waits until the open page has handled {@code event}: it then marks itself with that event's build,
     * whether it was left alone or reloaded (a reloaded page gets it in its hello), so a page that
     * should have reloaded has done so by then. A later build's mark counts too: events are handled in
     * order, and one save can make two builds when the watcher sees its events apart (the second has
     * nothing to change, but the page marks its number).
     */
    private void awaitHandled(LiveClient.Event event) {
        String build = event.data().replaceFirst("^\\{\"build\":(\\d+),.*", "$1");
        assertThat(build).as(event.data()).matches("\\d+");
        int wanted = Integer.parseInt(build);
        new WebDriverWait(browser, WAIT).withMessage(() -> "the page marks build "
                + js("return document.documentElement.getAttribute('data-lectern-build')") + ", not " + wanted
                + " or later (" + event.data() + ")").until(d -> {
            Object marked = js("return document.documentElement.getAttribute('data-lectern-build')");
            return marked != null && marked.toString().matches("\\d+") && Integer.parseInt(marked.toString()) >= wanted;
        });
    }

    // Saving the page reloads it with the new text at the same scroll position; saved quiz progress stays.
    @Test
    void saveReloadsAtTheSameScrollPosition() throws Exception {
        open();
        js("localStorage.setItem('lectern-test-progress', 'kept'); window.scrollTo({top: 1200, behavior: 'instant'}); window.notReloaded = true;");
        assertThat(((Number) js("return window.scrollY")).intValue()).isEqualTo(1200);
        site.write("content/long.md", page.replace("Paragraph 3 of", "Paragraph 3 (edited) of"));
        new WebDriverWait(browser, WAIT).until(d -> js("return window.notReloaded") == null
                && browser.getPageSource().contains("Paragraph 3 (edited) of"));
        new WebDriverWait(browser, WAIT).until(d -> ((Number) js("return window.scrollY")).intValue() == 1200);
        assertThat(js("return localStorage.getItem('lectern-test-progress')")).isEqualTo("kept");
        site.write("content/long.md", page);
    }

    // Saving another page (which also changes the search index) leaves this one alone; an image it shows reloads it.
    @Test
    void otherChangesReloadOnlyThePagesThatUseThem() throws Exception {
        open();
        js("window.notReloaded = true;");
        Path records = tmp.resolve("content/dns/records.md");
        String before = Files.readString(records);
        try (LiveClient live = new LiveClient(site.eventsUrl())) {
            live.next(WAIT);
            site.write("content/dns/records.md", before + "\nAnother sentence.\n");
            LiveClient.Event e = live.until(ev -> ev.name().equals("reload"), WAIT);
            assertThat(e.data()).contains("\"dns/records/index.html\"").doesNotContain("\"search/");
            // the search files follow in an event of their own, once they are written
            LiveClient.Event index = live.until(ev -> ev.name().equals("reload"), WAIT);
            assertThat(index.data()).startsWith(e.data().replaceFirst(",.*", "") + ",\"paths\":[").contains("\"search/index.js\"");
            assertThat(PreviewReloadTest.searchOnly(index)).as(index.data()).isTrue();
            awaitHandled(index);
            assertThat(js("return window.notReloaded")).as("another page's save does not reload this one").isEqualTo(true);
            site.write("content/dns/records.md", before);
            live.until(ev -> ev.name().equals("reload"), WAIT);
            // long.md does not show img/dot.svg; index.md does: a new image reloads only pages that use it.
            Path dot = tmp.resolve("content/img/dot.svg");
            site.write("content/img/dot.svg", Files.readString(dot).replace("</svg>", "<!-- v2 --></svg>"));
            awaitHandled(live.until(ev -> ev.data().contains("\"img/dot.svg\""), WAIT));
            assertThat(js("return window.notReloaded")).as("an image this page does not show").isEqualTo(true);
            browser.get(site.preview.url());
            awaitConnected();
            js("window.notReloaded = true;");
            site.write("content/img/dot.svg", Files.readString(dot).replace("<!-- v2 -->", "<!-- v3 -->"));
            new WebDriverWait(browser, WAIT).until(d -> js("return window.notReloaded") == null);
        }
    }

    // A broken quiz shows the errors over the last good page; fixing it removes the overlay.
    @Test
    void brokenQuizShowsTheOverlayUntilFixed() throws Exception {
        open();
        site.write("content/long.md", page.replace("        correct: true\n", ""));
        new WebDriverWait(browser, WAIT).until(d -> !d.findElements(By.id("lectern-live-overlay")).isEmpty());
        String overlay = browser.findElement(By.id("lectern-live-overlay")).getText();
        assertThat(overlay).contains("Build failed: 1 error").contains("/content/long.md:").contains(": error: ");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Paragraph 80");
        site.write("content/long.md", page);
        new WebDriverWait(browser, WAIT).until(d -> d.findElements(By.id("lectern-live-overlay")).isEmpty());
    }

    // A CSS-only change restyles the open page without reloading it.
    @Test
    void cssChangeSwapsTheStylesheetWithoutReload() throws Exception {
        open();
        js("window.notReloaded = true;");
        Path css = tmp.resolve("theme/assets/css/lectern.css");
        String before = Files.readString(css);
        Object build = js("return document.documentElement.getAttribute('data-lectern-build')");
        site.write("theme/assets/css/lectern.css", before + "\nbody { outline: 3px solid rgb(1, 2, 3); }\n");
        new WebDriverWait(browser, WAIT).until(d -> "rgb(1, 2, 3)".equals(
                js("return getComputedStyle(document.body).outlineColor")));
        // the page marks the new build once it handled the event (a reloaded page would, after its reload)
        new WebDriverWait(browser, WAIT).until(d -> !build.equals(
                js("return document.documentElement.getAttribute('data-lectern-build')")));
        assertThat(js("return window.notReloaded")).isEqualTo(true);
        site.write("theme/assets/css/lectern.css", before);
    }
}

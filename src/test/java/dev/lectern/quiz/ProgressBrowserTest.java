package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.testing.Chromium;
import dev.lectern.testing.Needs;
import dev.lectern.testing.Tool;
import dev.lectern.testing.StaticServer;
import dev.lectern.testing.TestSite;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Progress a reader can see, in Chromium under a sub-path: "Mark as read" on pages without a quiz, ticks and
 * per-section counts in the outline (collapsed sections too), the home widget (answered of total, quiz pages
 * passed, a bar, "Continue: page"), and progress moved between browsers as a JSON file.
 */
@Needs(Tool.CHROMIUM)
@ExtendWith(Chromium.Extension.class)
class ProgressBrowserTest {
    @TempDir
    static Path tmp;

    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start(Chromium chromium) {
        TestSite site = TestSite.fixture("quiz", tmp.resolve("site")).basePath("/course/").build();
        assertThat(site.printed()).isEmpty();
        server = chromium.serve(site.out(), "/course/");
        browser = chromium.driver();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private void fresh() {
        browser.get(server.url(""));
        js("localStorage.clear()");
        browser.navigate().refresh();
    }

    // Checks Mark as read, the outline's ticks and section count (collapsed too), and the home widget with its Continue link.
    @Test
    void markAsReadOutlineAndHomeWidget() {
        fresh();
        assertThat(find("[data-progress-text]").getText())
                .isEqualTo("Answers you check in the quizzes are saved in this browser, and show up here.");
        assertThat(find("[data-progress-more]").isDisplayed()).isFalse();
        assertThat(find("[data-start]").getText()).isEqualTo("Start with DNS");

        // a page with a quiz has no button, nor has a section's table of contents; the Q&A page has one
        for (String page : new String[] {"dns/quiz/", "dns/"}) {
            browser.get(server.url(page));
            assertThat(browser.findElements(By.cssSelector("[data-mark-read]"))).as(page).isEmpty();
        }
        browser.get(server.url("dns/faq/"));
        WebElement read = find("[data-mark-read]");
        assertThat(read.getText()).isEqualTo("Mark as read");
        read.click();
        assertThat(read.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(read.getText()).isEqualTo("\u2713 Read");
        // the Q&A page's outline entry is ticked, and its section counts one of its two pages done
        assertThat(find(".outline a[aria-current=page] .outline-progress").getAttribute("textContent")).isEqualTo("\u2713(read)");
        assertThat(find(".outline-section-link .outline-count").getAttribute("textContent"))
                .isEqualTo("1/2(1 of 2 pages done)");
        // pressed again, the mark goes; pressed once more, it is back
        find("[data-mark-read]").click();
        assertThat(browser.findElements(By.cssSelector(".outline-count"))).isEmpty();
        find("[data-mark-read]").click();

        // the home page: its outline section is collapsed and still shows the count
        browser.get(server.url(""));
        WebElement section = find(".outline-section");
        assertThat(section.findElement(By.cssSelector("details")).getAttribute("open")).isNull();
        assertThat(section.findElement(By.cssSelector(".outline-count")).isDisplayed()).isTrue();
        assertThat(find("[data-progress-text]").getText())
                .isEqualTo("0 of 7 questions answered (0 correct), 0 of 1 quiz page passed.");
        WebElement go = find("[data-progress-continue] a");
        assertThat(find("[data-progress-continue]").getText()).isEqualTo("Continue: DNS quiz");
        assertThat(go.getAttribute("href")).isEqualTo(server.url("dns/quiz/"));
        assertThat(find("[data-start]").getText()).isEqualTo("Continue: DNS quiz");
        assertThat(find("[data-progress-bar]").getAttribute("max")).isEqualTo("7");

        // answer one question right: the widget counts it and the bar moves
        go.click();
        WebElement q3 = find("#q-dns-quiz-quiz-1-q3");
        js("arguments[0].click()", q3.findElement(By.cssSelector("input[value=false]")));
        js("arguments[0].click()", q3.findElement(By.cssSelector("[data-action=check]")));
        browser.get(server.url(""));
        assertThat(find("[data-progress-text]").getText())
                .isEqualTo("1 of 7 questions answered (1 correct), 0 of 1 quiz page passed.");
        assertThat(find("[data-progress-bar]").getAttribute("value")).isEqualTo("1");
    }

    // Checks that the Progress page's download holds the saved progress and that loading it elsewhere restores it.
    @Test
    void exportThenImportMovesProgress() throws Exception {
        fresh();
        browser.get(server.url("dns/faq/"));
        find("[data-mark-read]").click();
        browser.get(server.url("progress/"));
        WebElement download = find("[data-export]");
        assertThat(download.getAttribute("download")).isEqualTo("lectern-progress.json");
        String href = download.getAttribute("href");
        assertThat(href).startsWith("data:application/json;charset=utf-8,");
        String json = URLDecoder.decode(href.substring(href.indexOf(',') + 1), StandardCharsets.UTF_8);
        JsonNode saved = new ObjectMapper().readTree(json);
        assertThat(saved.get("format").asText()).isEqualTo("lectern-progress");
        assertThat(saved.get("read").has("dns-faq")).isTrue();

        // another browser: nothing saved, then the file is loaded
        js("localStorage.clear()");
        browser.navigate().refresh();
        Path file = Files.writeString(tmp.resolve("lectern-progress.json"), json);
        WebElement input = find("[data-import]");
        js("arguments[0].hidden = false", input);
        input.sendKeys(file.toString());
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> {
            try {
                d.switchTo().alert().accept();
                return true;
            } catch (org.openqa.selenium.NoAlertPresentException e) {
                return false;
            }
        });
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !find("[data-transfer-status]").getText().isEmpty());
        assertThat(find("[data-transfer-status]").getText())
                .isEqualTo("Progress loaded from lectern-progress.json: 0 answers, 1 page marked as read.");
        assertThat(js("return JSON.parse(localStorage.getItem('lectern-progress')).read")).isInstanceOf(Map.class)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsOnlyKeys("dns-faq");
        assertThat(js("return 'format' in JSON.parse(localStorage.getItem('lectern-progress'))")).isEqualTo(false);

        // a file that is not saved progress changes nothing
        Path bad = Files.writeString(tmp.resolve("notes.json"), "{\"read\": [1, 2]}");
        input.sendKeys(bad.toString());
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d ->
                find("[data-transfer-status]").getText().startsWith("That file"));
        assertThat(find("[data-transfer-status]").getText())
                .isEqualTo("That file is not progress saved by this course (notes.json); nothing was changed.");
        assertThat(js("return Object.keys(JSON.parse(localStorage.getItem('lectern-progress')).read)"))
                .isEqualTo(java.util.List.of("dns-faq"));
    }

    // Checks that a theme's home page writing the study list as before (data-study: JSON rows [key, url, title, questions]) still gets its widget.
    @Test
    void homeWidgetFromAThemesDataStudy() {
        fresh();
        browser.get(server.url("dns/faq/"));
        find("[data-mark-read]").click();
        browser.get(server.url(""));
        String expected = find("[data-progress-text]").getText();
        assertThat(expected).isEqualTo("0 of 7 questions answered (0 correct), 0 of 1 quiz page passed.");
        // the widget as such a theme writes it (keys as the build makes them: the URL, "/" turned to "-"), then progress.js once more
        js("var w = document.querySelector('[data-progress-widget]');"
                + "var rows = w.getAttribute('data-study-rows').split('\\n').map(function (r) { r = r.split('\\t');"
                + "  return [r[0].replace(/\\/+$/, '').replace(/\\//g, '-'), r[0], r[1], +r[2]]; });"
                + "w.removeAttribute('data-study-rows'); w.setAttribute('data-study', JSON.stringify(rows));"
                + "w.querySelector('[data-progress-text]').textContent = 'waiting';"
                + "var s = document.createElement('script'); s.src = document.querySelector('script[src*=\"/progress.\"]').src;"
                + "document.body.appendChild(s);");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !find("[data-progress-text]").getText().equals("waiting"));
        assertThat(find("[data-progress-text]").getText()).isEqualTo(expected);
        assertThat(find("[data-progress-continue]").getText()).isEqualTo("Continue: DNS quiz");
    }
}

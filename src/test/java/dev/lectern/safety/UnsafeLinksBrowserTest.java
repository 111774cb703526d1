package dev.lectern.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.BuildOptions;
import dev.lectern.serve.Preview;
import dev.lectern.testing.Chromium;
import dev.lectern.testing.Needs;
import dev.lectern.testing.Tool;
import dev.lectern.testing.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every dangerous link of issue 13, in page text and in every quiz field, clicked in Chromium: from the
 * built files (file://) and through {@code lectern serve}. No dialog opens. The quiz with {@code <!--}
 * in an accepted answer still checks answers.
 */
@Needs(Tool.CHROMIUM)
@ExtendWith(Chromium.Extension.class)
class UnsafeLinksBrowserTest {
    /** The link targets that ran script or passed through before; each becomes a link "xN". */
    static final List<String> HOSTILE = List.of("JaVaScRiPt:alert(1)", "JAVASCRIPT:alert(1)", "&#106;avascript:alert(1)",
            "&#x6A;avascript:alert(1)", "javascript&colon;alert(1)", "java&#9;script:alert(1)",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "javascript:alert(1)");
    static final String QUIZ_LINK = "[quiz-x](javascript:alert(1))";

    @TempDir
    static Path tmp;
    static ChromeDriver browser;
    static TestSite site;
    static int expectedLinks;
    static Chromium chromium;

    @BeforeAll
    static void start(Chromium given) {
        chromium = given;
        StringBuilder md = new StringBuilder("# Home\n\n");
        for (int i = 0; i < HOSTILE.size(); i++) md.append("- [x").append(i).append("](").append(HOSTILE.get(i).replace("(", "\\(").replace(")", "\\)")).append(")\n");
        md.append("- <javascript:alert(1)>\n- [ref][r]\n\n[r]: javascript:alert(1)\n\n");
        String q = "\"" + QUIZ_LINK + "\"";
        md.append("```quiz\nquestions:\n  - q: ").append(q).append("\n    answers:\n      - text: ").append(q)
                .append("\n        correct: true\n        why: ").append(q).append("\n      - text: \"other ")
                .append(QUIZ_LINK).append("\"\n    explain: ").append(q).append("\n    hint: ").append(q)
                .append("\n  - q: order\n    order: [").append(q).append(", b]\n  - q: match\n    match: {")
                .append(q).append(": ").append(q).append(", b: c}\n")
                .append("  - q: How does an HTML comment start?\n    accept: [\"<!--\", \"</script>\"]\n```\n");
        site = TestSite.create(tmp).file("content/index.md", md.toString()).build();
        assertThat(site.result().ok()).as(String.join("\n", site.printed())).isTrue();
        // every link the built page has in its body (all inert); quiz.js adds copies (the printed answer key)
        expectedLinks = site.page("index.html").select(".page-body a").size();
        browser = chromium.driver();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static boolean alertShown() {
        try {
            String text = browser.switchTo().alert().getText();
            browser.switchTo().alert().dismiss();
            return text != null;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    /** A real click; a link inside a choice's label (the label takes the pointer) gets the element's own click. */
    private void click(WebElement a) {
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", a);
        try {
            a.click();
        } catch (org.openqa.selenium.ElementNotInteractableException e) {
            js("arguments[0].click()", a);
        }
    }

    /**
     * Waits until the page has run the tasks a click queued (a {@code javascript:} link's script is one):
     * a frame, then a task after it. A dialog opened meanwhile fails at once, before the driver dismisses it.
     */
    private void settled(String what) {
        try {
            ((JavascriptExecutor) browser).executeAsyncScript(
                    "var done = arguments[arguments.length - 1]; requestAnimationFrame(() => setTimeout(done, 0));");
        } catch (org.openqa.selenium.UnhandledAlertException e) {
            throw new AssertionError(what + ": " + e.getAlertText(), e);
        }
    }

    /** Opens the page, shows everything hidden (answers, hints), clicks every link of the body; returns how many. */
    private int clickEveryLink(String url) throws InterruptedException {
        browser.get(url);
        js("document.querySelectorAll('details').forEach(d => d.open = true);"
                + "document.querySelectorAll('.page-body [hidden]').forEach(e => e.hidden = false);");
        List<WebElement> links = browser.findElements(By.cssSelector(".page-body a"));
        int clicked = 0;
        for (int i = 0; i < links.size(); i++) {
            WebElement a = browser.findElements(By.cssSelector(".page-body a")).get(i);
            String text = a.getText();
            click(a);
            settled("a dialog after clicking link `" + text + "` on " + url);
            assertThat(alertShown()).as("a dialog after clicking link `" + text + "` on " + url).isFalse();
            assertThat(browser.getCurrentUrl()).as("after clicking `" + text + "`").isEqualTo(url);
            clicked++;
        }
        return clicked;
    }

    private void quizStillChecks(String url) {
        browser.get(url);
        WebElement q = browser.findElement(By.cssSelector("[data-question$='-q4']"));
        WebElement input = q.findElement(By.cssSelector("input[type=text]"));
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", input);
        input.sendKeys("<!--");
        q.findElement(By.cssSelector("[data-action=check]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> "correct".equals(q.getAttribute("data-state")));
    }

    @Test
    void builtFilesRunNoScript() throws Exception {
        String url = site.out().resolve("index.html").toUri().toString();
        assertThat(clickEveryLink(url)).isGreaterThanOrEqualTo(expectedLinks);
        assertThat(expectedLinks).isGreaterThan(HOSTILE.size() + 2 + 8);
        // the check itself can fail: a script link added to the page does open a dialog
        js("document.querySelector('.page-body').insertAdjacentHTML('beforeend', "
                + "'<a id=\"control\" href=\"javascript:alert(1)\">control</a>')");
        click(browser.findElement(By.id("control")));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> alertShown());
        quizStillChecks(url);
    }

    @Test
    void previewServerRunsNoScript() throws Exception {
        BuildOptions options = BuildOptions.builder().content(tmp.resolve("content")).theme(TestSite.THEME)
                .out(tmp.resolve("preview-site")).cache(TestSite.CACHE).preview(true).build();
        // closed after the browser: its live-reload stream would hold the server's stop
        Preview preview = chromium.closing(new Preview(options, "127.0.0.1", 0,
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true)));
        preview.start();
        assertThat(clickEveryLink(preview.url())).isGreaterThanOrEqualTo(expectedLinks);
        quizStillChecks(preview.url());
    }
}

package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Browser;
import dev.lectern.testing.Chromium;
import dev.lectern.testing.Needs;
import dev.lectern.testing.Tool;
import dev.lectern.testing.StaticServer;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * "Try again" keeps the reader's work (order, matches with wrong rows marked, typed text selected, picks),
 * "Reset quiz" asks first, and match choices show their whole text at phone and desktop widths.
 */
@Needs(Tool.CHROMIUM)
@ExtendWith(Chromium.Extension.class)
class QuizRetryBrowserTest {
    private static final String Q = "#q-dns-quiz-quiz-1-q";
    private static final String LONG_MATCH = """
            ---
            title: Nginx directives
            ---

            ```quiz
            questions:
              - q: Match each Nginx directive to what it does.
                match:
                  "`server_name`": Names the sites a `server` block answers for, one or more host names
                  "`root`": Sets the directory that request paths are appended to when a file is looked up
                  "`proxy_pass`": Forwards the request to another server and passes its answer back to the client
                  "`try_files`": Checks files in order and falls back to the last argument if none exists
            ```
            """;

    @TempDir
    static Path tmp;

    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start(Chromium chromium) {
        TestSite site = TestSite.fixture("quiz", tmp).file("content/dns/directives.md", LONG_MATCH).build();
        assertThat(site.printed()).isEmpty();
        server = chromium.serve(site.out(), "/");
        browser = chromium.driver();
    }

    private void open(String path) {
        browser.get(server.url(path));
        js("localStorage.clear()");
        browser.navigate().refresh();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private WebElement q(int n) {
        return browser.findElement(By.cssSelector(Q + n));
    }

    private void click(WebElement e) {
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
        e.click();
    }

    private void press(int n, String action) {
        click(q(n).findElement(By.cssSelector("[data-action=" + action + "]")));
    }

    private List<String> orderItems() {
        return q(6).findElements(By.cssSelector(".quiz-order > li")).stream().map(e -> e.getAttribute("data-item")).toList();
    }

    // Checks Try again on each kind of question: the answer stays as it was, ready to be corrected.
    @Test
    void tryAgainKeepsTheAnswer() {
        open("dns/quiz/");
        // multiple choice: the pick stays picked, its mark goes
        click(q(2).findElement(By.cssSelector("input[value='0']")).findElement(By.xpath("..")));
        press(2, "check");
        press(2, "retry");
        assertThat(q(2).findElement(By.cssSelector("input[value='0']")).isSelected()).isTrue();
        assertThat(q(2).findElements(By.cssSelector(".quiz-tag, [data-state]"))).isEmpty();

        // short answer: the typed text stays, selected and focused, so typing replaces it
        WebElement text = q(4).findElement(By.cssSelector("input[type=text]"));
        text.sendKeys("port 80");
        press(4, "check");
        assertThat(q(4).getAttribute("data-state")).isEqualTo("incorrect");
        press(4, "retry");
        assertThat(text.getAttribute("value")).isEqualTo("port 80");
        assertThat(browser.findElement(By.cssSelector(".quiz-score")).getText()).isEqualTo("Score: 0 of 7 correct, 2 to try again.");
        assertThat(browser.switchTo().activeElement()).isEqualTo(text);
        assertThat(js("return [arguments[0].selectionStart, arguments[0].selectionEnd]", text)).isEqualTo(List.of(0L, 7L));
        text.sendKeys("443");
        press(4, "check");
        assertThat(q(4).getAttribute("data-state")).isEqualTo("correct");

        // order: the order stays as the reader left it
        List<String> before = orderItems();
        press(6, "check");
        press(6, "retry");
        assertThat(orderItems()).isEqualTo(before);
        assertThat(q(6).findElements(By.cssSelector("[data-state]"))).isEmpty();

        // match: every row keeps its choice; the wrong rows stay marked (until changed), the right one does not
        List<WebElement> selects = q(7).findElements(By.cssSelector("select"));
        new Select(selects.get(0)).selectByValue("0");
        new Select(selects.get(1)).selectByValue("2");
        new Select(selects.get(2)).selectByValue("1");
        press(7, "check");
        press(7, "retry");
        assertThat(selects.stream().map(s -> s.getAttribute("value")).toList()).containsExactly("0", "2", "1");
        List<WebElement> rows = q(7).findElements(By.cssSelector(".quiz-match-row"));
        assertThat(rows.stream().map(r -> String.valueOf(r.getAttribute("data-state"))).toList())
                .containsExactly("null", "incorrect", "incorrect");
        assertThat(rows.get(1).findElement(By.cssSelector(".quiz-tag")).getText()).isEqualTo("\u2717 Incorrect");
        assertThat(browser.switchTo().activeElement()).isEqualTo(selects.get(1));
        new Select(selects.get(1)).selectByValue("1");
        assertThat(rows.get(1).getAttribute("data-state")).isNull();
        assertThat(rows.get(1).findElements(By.cssSelector(".quiz-tag"))).isEmpty();
        new Select(selects.get(2)).selectByValue("2");
        press(7, "check");
        assertThat(q(7).getAttribute("data-state")).isEqualTo("correct");
    }

    // Checks that "Reset quiz" asks first: Cancel keeps every answer, OK clears them and the saved progress.
    @Test
    void resetAsksFirst() {
        open("dns/quiz/");
        click(q(3).findElement(By.cssSelector("input[value='true']")).findElement(By.xpath("..")));
        press(3, "check");
        WebElement reset = browser.findElement(By.cssSelector(".quiz-foot [data-action=reset]"));
        click(reset);
        Alert ask = browser.switchTo().alert();
        assertThat(ask.getText()).isEqualTo("Reset this quiz? Every answer you gave on it will be cleared.");
        ask.dismiss();
        assertThat(q(3).getAttribute("data-state")).isEqualTo("incorrect");
        assertThat(js("return Object.keys(JSON.parse(localStorage.getItem('lectern-progress')).questions)"))
                .isEqualTo(List.of("dns-quiz-quiz-1-q3"));

        click(reset);
        browser.switchTo().alert().accept();
        assertThat(q(3).getAttribute("data-state")).isNull();
        assertThat(q(3).findElement(By.cssSelector("input[value='true']")).isSelected()).isFalse();
        assertThat(js("return JSON.parse(localStorage.getItem('lectern-progress')).questions")).isEqualTo(Map.of());
    }

    // Checks at 390 and 1280 px that every match choice, once chosen, shows its whole text inside its select.
    @Test
    void matchChoicesShowTheirWholeText() {
        for (int width : new int[] {390, 1280}) {
            Browser.viewport(browser, width, 900);
            try {
                open("dns/directives/");
                assertThat(js("return innerWidth")).isEqualTo((long) width);
                List<WebElement> selects = browser.findElements(By.cssSelector(".quiz-match select"));
                assertThat(selects).hasSize(4);
                for (WebElement select : selects) {
                    List<WebElement> options = select.findElements(By.cssSelector("option"));
                    assertThat(options).hasSize(5);
                    for (WebElement option : options) {
                        new Select(select).selectByValue(option.getAttribute("value"));
                        // what the closed select shows, its box, and the select's own box
                        @SuppressWarnings("unchecked")
                        Map<String, Object> m = (Map<String, Object>) js("""
                                var s = arguments[0], c = s.querySelector('selectedcontent');
                                var a = c.getBoundingClientRect(), b = s.getBoundingClientRect();
                                return {text: c.textContent, clipped: c.scrollWidth > c.clientWidth || c.scrollHeight > c.clientHeight,
                                  inside: a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom && a.width > 0,
                                  pageWide: document.documentElement.scrollWidth <= window.innerWidth}""", select);
                        String label = width + " px: " + option.getText();
                        assertThat(m.get("text")).as(label).isEqualTo(option.getAttribute("textContent"));
                        assertThat(m.get("clipped")).as(label).isEqualTo(false);
                        assertThat(m.get("inside")).as(label).isEqualTo(true);
                        assertThat(m.get("pageWide")).as(label).isEqualTo(true);
                    }
                }
            } finally {
                Browser.resetViewport(browser);
            }
        }
    }
}

package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Chromium;
import dev.lectern.testing.Needs;
import dev.lectern.testing.StaticServer;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.Tool;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * Taking the fixture quiz (one question of each type) in real Chromium: wrong then right answers with
 * feedback, progress restored after a reload, the sidebar mark, keyboard-only ordering and matching,
 * and the Progress and Review pages.
 */
@Needs(Tool.CHROMIUM)
@ExtendWith(Chromium.Extension.class)
class QuizBrowserTest {
    private static final String Q = "#q-dns-quiz-quiz-1-q";

    @TempDir
    static Path tmp;

    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start(Chromium chromium) {
        TestSite site = TestSite.fixture("quiz", tmp).basePath("/course/").build();
        assertThat(site.printed()).isEmpty();
        server = chromium.serve(site.out(), "/course/");
        browser = chromium.driver();
    }

    @BeforeEach
    void freshProgress() {
        browser.get(server.url("dns/quiz/"));
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

    private void check(int n) {
        click(q(n).findElement(By.cssSelector("[data-action=check]")));
    }

    private void retry(int n) {
        click(q(n).findElement(By.cssSelector("[data-action=retry]")));
    }

    private void pick(int n, String value) {
        click(q(n).findElement(By.cssSelector(".quiz-choices input[value='" + value + "']")).findElement(By.xpath("..")));
    }

    private String feedback(int n) {
        String text = q(n).findElement(By.cssSelector(".quiz-feedback")).getAttribute("textContent");
        return text.replaceAll("\\s+", " ").strip();
    }

    private void assertState(int n, String state, String verdict) {
        assertThat(q(n).getAttribute("data-state")).as("question " + n).isEqualTo(state);
        assertThat(feedback(n)).as("question " + n).startsWith(verdict);
    }

    private List<String> orderItems() {
        return q(6).findElements(By.cssSelector(".quiz-order > li")).stream().map(e -> e.getAttribute("data-item")).toList();
    }

    // Checks every question type answered wrong (feedback, why, hint), then right (explanation), then the score.
    @Test
    void everyTypeWrongThenRight() {
        // single choice, with the hint first
        click(q(1).findElement(By.cssSelector("[data-action=hint]")));
        assertThat(browser.findElement(By.cssSelector(Q + "1-hint")).getText()).isEqualTo("Hint: Think of a phone book.");
        check(1);
        assertThat(feedback(1)).isEqualTo("Pick an answer first.");
        assertThat(q(1).getAttribute("data-state")).isNull();
        pick(1, "1");
        check(1);
        assertState(1, "incorrect", "\u2717 Not quite.");
        WebElement picked = q(1).findElement(By.cssSelector(".quiz-choices > li:has(input[value='1'])"));
        assertThat(picked.getAttribute("data-state")).isEqualTo("incorrect");
        assertThat(picked.findElement(By.cssSelector(".quiz-tag")).getText()).isEqualTo("\u2717 Wrong choice");
        assertThat(picked.findElement(By.cssSelector(".quiz-why")).getText())
                .isEqualTo("HTML comes later, from the web server, over HTTP.");
        assertThat(browser.switchTo().activeElement().getAttribute("data-action")).isEqualTo("retry");
        retry(1);
        pick(1, "0");
        check(1);
        assertState(1, "correct", "\u2713 Correct!");
        assertThat(feedback(1)).contains("DNS maps names to addresses; it never carries the page itself.");

        // multiple choice: one right pick is not enough
        pick(2, "0");
        check(2);
        assertState(2, "incorrect", "\u2717 Not quite.");
        assertThat(feedback(2)).contains("At least one correct answer is missing.");
        retry(2);
        pick(2, "1");
        check(2);
        assertState(2, "correct", "\u2713 Correct!");

        // true/false
        pick(3, "true");
        check(3);
        assertState(3, "incorrect", "\u2717 Not quite.");
        retry(3);
        pick(3, "false");
        check(3);
        assertState(3, "correct", "\u2713 Correct!");

        // short answer: case and surrounding space ignored
        WebElement text = q(4).findElement(By.cssSelector("input[type=text]"));
        text.sendKeys("80");
        check(4);
        assertState(4, "incorrect", "\u2717 Not quite.");
        retry(4);
        q(4).findElement(By.cssSelector("input[type=text]")).sendKeys("  Port 443 " + Keys.ENTER);
        assertState(4, "correct", "\u2713 Correct!");

        // number with tolerance 5
        q(5).findElement(By.cssSelector("input")).sendKeys("3590");
        check(5);
        assertState(5, "incorrect", "\u2717 Not quite.");
        retry(5);
        q(5).findElement(By.cssSelector("input")).sendKeys("3,604");
        check(5);
        assertState(5, "correct", "\u2713 Correct!");

        // ordering: the shuffled start is never right
        assertThat(orderItems()).isNotEqualTo(List.of("0", "1", "2"));
        check(6);
        assertState(6, "incorrect", "\u2717 Not quite.");
        assertThat(feedback(6)).containsPattern("[23] of 3 items are out of place.");
        retry(6);
        for (int target = 0; target < 3; target++) {
            while (orderItems().indexOf(String.valueOf(target)) > target) {
                WebElement item = q(6).findElement(By.cssSelector(".quiz-order > li[data-item='" + target + "']"));
                click(item.findElement(By.cssSelector("[data-move=up]")));
            }
        }
        assertThat(orderItems()).containsExactly("0", "1", "2");
        check(6);
        assertState(6, "correct", "\u2713 Correct!");

        // matching
        List<WebElement> selects = q(7).findElements(By.cssSelector("select"));
        for (int i = 0; i < 3; i++) new Select(selects.get(i)).selectByValue(String.valueOf((i + 1) % 3));
        check(7);
        assertState(7, "incorrect", "\u2717 Not quite.");
        assertThat(feedback(7)).contains("3 of 3 matches are wrong.");
        retry(7);
        selects = q(7).findElements(By.cssSelector("select"));
        for (int i = 0; i < 3; i++) new Select(selects.get(i)).selectByValue(String.valueOf(i));
        check(7);
        assertState(7, "correct", "\u2713 Correct!");

        assertThat(browser.findElement(By.cssSelector(".quiz-score")).getText()).isEqualTo("Score: 7 of 7 correct.");
        assertThat(browser.findElement(By.cssSelector("form.quiz")).getAttribute("data-score")).isEqualTo("7/7");

        // reload: every question comes back answered and correct, with its answer filled in
        browser.navigate().refresh();
        for (int n = 1; n <= 7; n++) assertThat(q(n).getAttribute("data-state")).as("question " + n).isEqualTo("correct");
        assertThat(q(4).findElement(By.cssSelector("input")).getAttribute("value")).isEqualTo("  Port 443 ");
        assertThat(orderItems()).containsExactly("0", "1", "2");
        assertThat(browser.findElement(By.cssSelector(".quiz-score")).getText()).isEqualTo("Score: 7 of 7 correct.");
        // the sidebar marks the page: an icon plus words for screen readers
        WebElement mark = browser.findElement(By.cssSelector(".outline [data-quizzes] > a[aria-current=page] .outline-progress"));
        assertThat(mark.getAttribute("textContent")).isEqualTo("\u2713(quiz passed)");

        // the Progress page lists the state of the quiz and of the course
        browser.get(server.url("progress/"));
        assertThat(browser.findElement(By.cssSelector(".progress-big")).getText()).isEqualTo("7 of 7 questions correct");
        assertThat(browser.findElement(By.cssSelector("[data-quiz='dns-quiz-quiz-1']")).getAttribute("data-state"))
                .isEqualTo("done");
        assertThat(browser.findElement(By.cssSelector("[data-quiz='dns-quiz-quiz-1'] [data-progress-state]")).getText())
                .isEqualTo("\u2713 7 of 7 correct");
        // the home page widget sums it up
        browser.get(server.url(""));
        assertThat(browser.findElement(By.cssSelector("[data-progress-text]")).getText())
                .isEqualTo("7 of 7 questions answered (7 correct), 1 of 1 quiz page passed.");
    }

    // Checks that quiz.js builds the JavaScript-only parts the HTML leaves out: buttons, live regions, move buttons.
    @Test
    void scriptBuildsTheControls() {
        for (int n = 1; n <= 7; n++) {
            assertThat(q(n).findElements(By.cssSelector(".quiz-controls > [data-action=check]"))).as("question " + n).hasSize(1);
            WebElement retry = q(n).findElement(By.cssSelector(".quiz-controls > [data-action=retry]"));
            assertThat(retry.isDisplayed()).as("question " + n).isFalse();
            WebElement fb = q(n).findElement(By.cssSelector(".quiz-feedback"));
            assertThat(fb.getAttribute("role") + " " + fb.getAttribute("aria-live")).isEqualTo("status polite");
            // the feedback region sits just before "Show answer", after the controls (and the hint)
            assertThat(js("return arguments[0].nextElementSibling.matches('details.quiz-answer')", fb)).isEqualTo(true);
        }
        WebElement hint = q(1).findElement(By.cssSelector("[data-action=hint]"));
        assertThat(hint.getAttribute("aria-controls")).isEqualTo("q-dns-quiz-quiz-1-q1-hint");
        assertThat(hint.getAttribute("aria-expanded")).isEqualTo("false");
        List<WebElement> items = q(6).findElements(By.cssSelector(".quiz-order > li"));
        for (WebElement item : items) {
            String text = item.findElement(By.cssSelector("span")).getText();
            assertThat(item.findElements(By.cssSelector(".quiz-move")).stream().map(b -> b.getAttribute("aria-label")))
                    .containsExactly("Move up: " + text, "Move down: " + text);
        }
        String live = q(6).findElement(By.cssSelector(".quiz-order")).getAttribute("aria-describedby");
        assertThat(browser.findElement(By.id(live)).getAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.findElement(By.cssSelector(".quiz-foot .quiz-score")).getText()).isEqualTo("Not started: 7 questions.");
        assertThat(browser.findElements(By.cssSelector(".quiz-foot [data-action=reset]"))).hasSize(1);
        // a wrong pick shows its "why" (the part after the dash) and a tag; Try again removes both
        pick(1, "2");
        check(1);
        WebElement picked = q(1).findElement(By.cssSelector(".quiz-choices > li:has(input[value='2'])"));
        assertThat(picked.findElement(By.cssSelector(".quiz-why")).getText())
                .isEqualTo("The certificate comes from the server during the TLS handshake.");
        retry(1);
        assertThat(q(1).findElements(By.cssSelector(".quiz-tag, .quiz-why"))).isEmpty();
    }

    // Checks that a wrong answer is restored as wrong after a reload, and that "Reset quiz" clears saved progress.
    @Test
    void wrongAnswerRestoredThenReset() {
        pick(3, "true");
        check(3);
        browser.navigate().refresh();
        assertThat(q(3).getAttribute("data-state")).isEqualTo("incorrect");
        assertThat(q(3).findElement(By.cssSelector("input[value=true]")).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".outline [data-quizzes] > a[aria-current=page] .outline-progress"))
                .getAttribute("textContent")).isEqualTo("\u25D0 0/7(quiz: 0 of 7 correct)");
        click(browser.findElement(By.cssSelector("[data-action=reset]")));
        browser.switchTo().alert().accept();
        assertThat(q(3).getAttribute("data-state")).isNull();
        browser.navigate().refresh();
        assertThat(q(3).getAttribute("data-state")).isNull();
        assertThat(js("return JSON.parse(localStorage.getItem('lectern-progress')).questions")).isEqualTo(java.util.Map.of());
    }

    // Checks the ordering and matching questions with the keyboard alone: Tab, Enter, typing into selects.
    @Test
    void keyboardOnlyOrderAndMatch() {
        // Start from the number question's Check button; from here on only keys are sent.
        js("arguments[0].focus()", q(5).findElement(By.cssSelector("[data-action=check]")));
        Actions keys = new Actions(browser);
        keys.sendKeys(Keys.TAB).perform();
        List<WebElement> buttons = q(6).findElements(By.cssSelector(".quiz-move"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(buttons.get(0));
        // Bubble the items into order with "move down" buttons, walking the focus with Tab and Shift+Tab.
        for (int pass = 0; pass < 3; pass++) {
            for (int pos = 0; pos < 2; pos++) {
                List<String> order = orderItems();
                if (Integer.parseInt(order.get(pos)) < Integer.parseInt(order.get(pos + 1))) continue;
                focusButton(pos * 2 + 1);
                keys.sendKeys(Keys.ENTER).perform();
            }
        }
        assertThat(orderItems()).containsExactly("0", "1", "2");
        assertThat(q(6).findElement(By.cssSelector(".quiz-order + [aria-live]")).getAttribute("textContent"))
                .startsWith("Moved to position ");
        focusButton(5);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("data-action")).isEqualTo("check");
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(q(6).getAttribute("data-state")).isEqualTo("correct");

        // Tab on to the first select of the matching question, then pick each match by typing.
        for (int i = 0; i < 6 && !"select".equals(browser.switchTo().activeElement().getTagName()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("q-dns-quiz-quiz-1-q7-m0");
        keys.sendKeys("serves").sendKeys(Keys.TAB).perform();
        keys.sendKeys("runs").sendKeys(Keys.TAB).perform();
        keys.sendKeys("stores").sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("data-action")).isEqualTo("check");
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(q(7).getAttribute("data-state")).isEqualTo("correct");
        assertThat(feedback(7)).contains("Web server, application server, database.");
    }

    // Checks Alt+Arrow on an order item: the item moves, the focus stays on its button, the move is announced.
    @Test
    void altArrowsMoveAnOrderItem() {
        List<WebElement> items = q(6).findElements(By.cssSelector(".quiz-order > li"));
        String first = items.get(0).getAttribute("data-item");
        WebElement down = items.get(0).findElement(By.cssSelector("[data-move=down]"));
        js("arguments[0].focus()", down);
        new Actions(browser).keyDown(Keys.ALT).sendKeys(Keys.ARROW_DOWN).keyUp(Keys.ALT).perform();
        assertThat(orderItems().get(1)).isEqualTo(first);
        WebElement active = browser.switchTo().activeElement();
        assertThat(active.getAttribute("data-move")).isEqualTo("down");
        assertThat(js("return arguments[0].closest('li').getAttribute('data-item')", active)).isEqualTo(first);
        assertThat(q(6).findElement(By.cssSelector(".quiz-order + [aria-live]")).getAttribute("textContent"))
                .startsWith("Moved to position 2 of 3: ");
        new Actions(browser).keyDown(Keys.ALT).sendKeys(Keys.ARROW_UP).keyUp(Keys.ALT).perform();
        assertThat(orderItems().get(0)).isEqualTo(first);
        assertThat(browser.switchTo().activeElement().getAttribute("data-move")).isEqualTo("down");
    }

    /** Moves the focus among the ordering question's move buttons (up, down, up, down ...) with Tab keys only. */
    private void focusButton(int index) {
        List<WebElement> buttons = q(6).findElements(By.cssSelector(".quiz-move"));
        int at = buttons.indexOf(browser.switchTo().activeElement());
        assertThat(at).as("focus is on a move button").isNotNegative();
        Actions keys = new Actions(browser);
        for (; at < index; at++) keys.sendKeys(Keys.TAB);
        for (; at > index; at--) keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT);
        keys.perform();
        assertThat(browser.switchTo().activeElement()).isEqualTo(q(6).findElements(By.cssSelector(".quiz-move")).get(index));
    }

    // Checks the Review page: reveal an answer, mark it "knew it", and find the mark again after a reload.
    @Test
    void reviewFlashcards() {
        browser.get(server.url("review/"));
        WebElement card = browser.findElement(By.cssSelector(".flashcard[data-card='dns-faq--what-is-a-ttl']"));
        assertThat(card.findElement(By.cssSelector(".flashcard-body")).isDisplayed()).isFalse();
        click(card.findElement(By.cssSelector("summary")));
        assertThat(card.findElement(By.cssSelector(".flashcard-body")).getText()).startsWith("The number of seconds");
        click(card.findElement(By.cssSelector("[data-rate=knew]")));
        assertThat(browser.findElement(By.cssSelector("[data-review-summary]")).getText())
                .isEqualTo("Knew it: 1 \u00b7 Not yet: 0 \u00b7 Not rated: 1 (of 2 cards)");
        browser.navigate().refresh();
        card = browser.findElement(By.cssSelector(".flashcard[data-card='dns-faq--what-is-a-ttl']"));
        assertThat(card.getAttribute("data-rating")).isEqualTo("knew");
        assertThat(card.findElement(By.cssSelector("[data-rate=knew]")).getAttribute("aria-pressed")).isEqualTo("true");
        click(browser.findElement(By.cssSelector("[data-review-filter]")));
        assertThat(card.isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".flashcard[data-card='dns-faq--can-a-cname-sit-at-the-apex']"))
                .isDisplayed()).isTrue();
    }

    // Checks print: controls and feedback hidden, questions printed, one answer key at the end of the page.
    @Test
    void printShowsQuestionsAndAnswerKeyAtTheEnd() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            browser.navigate().refresh();
            assertThat(q(1).isDisplayed()).isTrue();
            assertThat(q(1).findElement(By.cssSelector("[data-action=check]")).isDisplayed()).isFalse();
            assertThat(q(1).findElement(By.cssSelector(".quiz-answer")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.cssSelector(".quiz-foot")).isDisplayed()).isFalse();
            WebElement key = browser.findElement(By.cssSelector(".page-body > .quiz-key-section"));
            assertThat(key.isDisplayed()).isTrue();
            assertThat(js("return document.querySelector('.page-body').lastElementChild === arguments[0]", key)).isEqualTo(true);
            assertThat(key.findElements(By.cssSelector(".quiz-key li p.quiz-correct, .quiz-key li > p"))).isNotEmpty();
            assertThat(key.getText()).startsWith("Answer key").contains("Answer: The server's IP address",
                    "Answer: False", "Answer: 3600 (\u00b1 5)");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    // Checks the page without JavaScript: no Check buttons, each answer opens from its "Show answer", and prints without answers.
    @Test
    void withoutJavaScriptAnswersOpenFromDetails() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
        try {
            browser.navigate().refresh();
            assertThat(q(1).findElements(By.cssSelector(".quiz-controls, button"))).isEmpty();
            assertThat(q(6).findElements(By.cssSelector(".quiz-move"))).isEmpty();
            WebElement details = q(3).findElement(By.cssSelector("details.quiz-answer"));
            assertThat(details.isDisplayed()).isTrue();
            assertThat(details.findElement(By.cssSelector(".quiz-answer-body")).isDisplayed()).isFalse();
            click(details.findElement(By.cssSelector("summary")));
            assertThat(details.findElement(By.cssSelector(".quiz-answer-body")).getText()).isEqualTo(
                    "Answer: False\nThe apex needs SOA and NS records, which cannot coexist with a CNAME.");
            // printed without JavaScript (so without the answer key), the questions print and the answers stay hidden
            browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
            browser.navigate().refresh();
            WebElement body = q(1).findElement(By.cssSelector(".quiz-answer-body"));
            // (Selenium's isDisplayed calls anything in a closed <details> hidden, so ask the layout)
            assertThat(js("return arguments[0].checkVisibility() && arguments[0].getBoundingClientRect().height > 0", body))
                    .isEqualTo(false);
            assertThat(q(1).findElement(By.cssSelector("summary")).isDisplayed()).isFalse();
            assertThat(q(1).findElement(By.cssSelector(".quiz-q-text")).isDisplayed()).isTrue();
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
        }
    }
}

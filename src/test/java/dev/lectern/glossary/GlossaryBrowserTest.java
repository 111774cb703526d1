package dev.lectern.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Chromium;
import dev.lectern.testing.Needs;
import dev.lectern.testing.StaticServer;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.Tool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Glossary tooltips on the real course in Chromium: mouse hover, keyboard focus and Escape, touch taps. */
@Needs(Tool.CHROMIUM)
@ExtendWith(Chromium.Extension.class)
class GlossaryBrowserTest {
    @TempDir
    static Path tmp;

    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start(Chromium chromium) {
        TestSite site = TestSite.course(tmp).build();
        assertThat(site.printed()).isEmpty();
        server = chromium.serve(site.out());
        browser = chromium.driver();
    }

    private WebElement tipOf(WebElement term) {
        return browser.findElement(By.id(term.getAttribute("aria-describedby")));
    }

    // Checks that hovering a term shows its definition and moving away hides it.
    @Test
    void mouseHover() {
        browser.get(server.url("foundations/dns-records/"));
        WebElement term = browser.findElement(By.cssSelector(".page-body .term"));
        assertThat(tipOf(term).isDisplayed()).isFalse();
        new Actions(browser).moveToElement(term).perform();
        assertThat(tipOf(term).isDisplayed()).isTrue();
        new Actions(browser).moveToElement(browser.findElement(By.tagName("h1"))).perform();
        assertThat(tipOf(term).isDisplayed()).isFalse();
    }

    // Checks that Tab reaches a term, its tooltip shows with the definition, Escape hides it, and Enter opens the entry.
    @Test
    void keyboard() {
        browser.get(server.url("foundations/dns-records/"));
        WebElement term = browser.findElement(By.cssSelector(".page-body .term"));
        browser.executeScript("document.getElementById('main').focus()");
        WebElement active = browser.switchTo().activeElement();
        for (int i = 0; i < 200 && !active.equals(term); i++) {
            active.sendKeys(Keys.TAB);
            active = browser.switchTo().activeElement();
        }
        assertThat(active).isEqualTo(term);
        WebElement tip = tipOf(term);
        assertThat(tip.isDisplayed()).isTrue();
        assertThat(tip.getText()).isNotBlank();
        active.sendKeys(Keys.ESCAPE);
        assertThat(tip.isDisplayed()).isFalse();
        String id = term.getAttribute("href").replaceAll(".*#", "");
        active.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).isEqualTo(server.url("glossary/#" + id));
        assertThat(browser.findElement(By.id(id)).getTagName()).isEqualTo("dt");
    }

    // Checks with touch emulation that a first tap shows the tooltip without leaving, a tap elsewhere hides it, and a second tap follows the link.
    @Test
    void touch() {
        browser.get(server.url("foundations/dns-records/"));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 1));
        try {
            WebElement term = browser.findElement(By.cssSelector(".page-body .term"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", term);
            tap(term);
            assertThat(browser.getCurrentUrl()).isEqualTo(server.url("foundations/dns-records/"));
            assertThat(tipOf(term).isDisplayed()).isTrue();
            tap(browser.findElement(By.tagName("h1")));
            assertThat(tipOf(term).isDisplayed()).isFalse();
            tap(term);
            assertThat(tipOf(term).isDisplayed()).isTrue();
            tap(term);
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().startsWith(server.url("glossary/#")));
        } finally {
            browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        }
    }

    /**
     * A touch tap, then a wait until the page has handled its click: a listener of the test's, added after the
     * page's own, counts clicks on the document (a tap that follows a link leaves the page instead).
     */
    @SuppressWarnings("unchecked")
    private void tap(WebElement e) {
        long before = ((Number) browser.executeScript("if (window.taps === undefined) { window.taps = 0;"
                + " document.addEventListener('click', function () { window.taps++; }); } return window.taps;")).longValue();
        Map<String, Object> r = (Map<String, Object>) browser.executeScript(
                "var r = arguments[0].getBoundingClientRect(); return {x: r.left + 4, y: r.top + r.height / 2};", e);
        Map<String, Object> point = Map.of("x", r.get("x"), "y", r.get("y"));
        browser.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchStart", "touchPoints", List.of(point)));
        browser.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> {
            Object taps = browser.executeScript("return window.taps");
            return taps == null || ((Number) taps).longValue() > before;
        });
    }
}

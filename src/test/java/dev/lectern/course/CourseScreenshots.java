package dev.lectern.course;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Browser;
import dev.lectern.testing.Needs;
import dev.lectern.testing.StaticServer;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Screenshots of the course for a person to look at, not a check run with the suite (its name does
 * not end in {@code Test}): the home page with progress (one quiz answered) and a quiz after a wrong
 * answer and "Try again", at 390 and 1280 px wide, as PNGs in {@code target/screenshots/}. Run it
 * with {@code mvn -B -o test -Dtest=CourseScreenshots}.
 */
@Needs(Tool.CHROMIUM)
class CourseScreenshots {
    private static final String QUIZ = "#quiz-foundations-dns-records-quiz-1";
    private static final String Q = "#q-foundations-dns-records-quiz-1-q";

    @TempDir
    Path tmp;

    @Test
    void take() throws Exception {
        TestSite site = TestSite.course(tmp).build();
        assertThat(site.result().ok()).as(site.result().diagnostics().toString()).isTrue();
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        try (StaticServer server = StaticServer.serve(site.out())) {
            for (int width : new int[] {390, 1280}) {
                ChromeDriver browser = Browser.start(width, width < 600 ? 844 : 900);
                try {
                    // Headless Chromium keeps a window at least 500 px wide: a phone's screen is emulated
                    // (at a phone's pixel density, so the PNG shows detail).
                    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                            "height", width < 600 ? 844 : 900, "deviceScaleFactor", width < 600 ? 2 : 1, "mobile", width < 600));
                    browser.get(server.url("foundations/dns-records/"));
                    browser.executeScript("localStorage.clear()");
                    browser.navigate().refresh();
                    // Question 1 right; question 2 wrong, then "Try again" (the typed answer stays, selected).
                    click(browser, browser.findElement(By.cssSelector(Q + "1 input[value='1']")).findElement(By.xpath("..")));
                    click(browser, browser.findElement(By.cssSelector(Q + "1 [data-action=check]")));
                    browser.findElement(By.cssSelector(Q + "2 input[type=text]")).sendKeys("www.foobar.com");
                    click(browser, browser.findElement(By.cssSelector(Q + "2 [data-action=check]")));
                    click(browser, browser.findElement(By.cssSelector(Q + "2 [data-action=retry]")));
                    assertThat(browser.findElement(By.cssSelector(Q + "2 input[type=text]")).getAttribute("value"))
                            .isEqualTo("www.foobar.com");
                    assertThat(browser.executeScript("return innerWidth")).isEqualTo((long) width);
                    browser.executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'start',"
                            + " behavior: 'instant'})", Q + "2");
                    browser.executeScript("window.scrollBy(0, -70)");
                    save(browser, shots.resolve("quiz-retry-" + width + ".png"));

                    browser.get(server.url(""));
                    new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(d ->
                            d.findElement(By.cssSelector("[data-progress-continue]")).getText().startsWith("Continue"));
                    save(browser, shots.resolve("home-progress-" + width + ".png"));
                    browser.executeScript("document.querySelector('[data-progress-widget]').scrollIntoView({block:"
                            + " 'center', behavior: 'instant'})");
                    save(browser, shots.resolve("home-progress-widget-" + width + ".png"));
                } finally {
                    browser.quit();
                }
            }
        }
    }

    private static void click(ChromeDriver browser, WebElement e) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
        e.click();
    }

    private static void save(ChromeDriver browser, Path file) throws Exception {
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
}

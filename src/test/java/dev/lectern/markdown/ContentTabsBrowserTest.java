package dev.lectern.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.lectern.testing.Chromium;
import dev.lectern.testing.Needs;
import dev.lectern.testing.Tool;
import dev.lectern.testing.StaticServer;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Content tabs in Chromium: an ARIA tablist, clicks and arrow keys switch panels, ===+ selects. */
@Needs(Tool.CHROMIUM)
@ExtendWith(Chromium.Extension.class)
class ContentTabsBrowserTest {
    @TempDir
    static Path tmp;

    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start(Chromium chromium) {
        TestSite site = TestSite.create(tmp).file("content/index.md", """
                # Tabs

                === "Linux"

                    Use apt.

                ===+ "macOS"

                    Use brew.

                === "Windows"

                    Use winget.

                ![Logo, dark](logo.svg#gh-dark-mode-only)
                ![Logo, light](logo.svg#gh-light-mode-only)
                """).file("content/logo.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\" height=\"20\"/></svg>")
                .build();
        assertThat(site.printed()).isEmpty();
        server = chromium.serve(site.out());
        browser = chromium.driver();
    }

    private List<String> selected(List<WebElement> tabs) {
        return tabs.stream().map(t -> t.getAttribute("aria-selected")).toList();
    }

    // Checks the tablist's roles and links, the ===+ tab selected first, one panel shown, and that clicks and arrow keys switch.
    @Test
    void tablistByMouseAndKeyboard() {
        browser.get(server.url(""));
        List<WebElement> tabs = browser.findElements(By.cssSelector(".tabbed-set [role=tablist] [role=tab]"));
        assertThat(tabs).extracting(WebElement::getText).containsExactly("Linux", "macOS", "Windows");
        assertThat(tabs.get(1).getAttribute("aria-controls")).isEqualTo("tabs-1-2");
        assertThat(browser.findElement(By.id("tabs-1-2")).getAttribute("role")).isEqualTo("tabpanel");
        assertThat(selected(tabs)).containsExactly("false", "true", "false");
        assertThat(browser.findElement(By.id("tabs-1-2")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("tabs-1-1")).isDisplayed()).isFalse();
        tabs.get(0).click();
        assertThat(selected(tabs)).containsExactly("true", "false", "false");
        assertThat(browser.findElement(By.id("tabs-1-1")).getText()).isEqualTo("Use apt.");
        tabs.get(0).sendKeys(Keys.ARROW_LEFT);
        assertThat(selected(tabs)).containsExactly("false", "false", "true");
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Windows");
        assertThat(browser.findElement(By.id("tabs-1-3")).isDisplayed()).isTrue();
        browser.switchTo().activeElement().sendKeys(Keys.HOME);
        assertThat(selected(tabs)).containsExactly("true", "false", "false");
    }

    // Checks axe-core finds no serious or critical violation on a page with tabs and color-scheme images, in both schemes.
    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void noSeriousViolations(String theme) {
        browser.get(server.url(""));
        browser.executeScript("localStorage.setItem('lectern-theme', arguments[0])", theme);
        browser.get(server.url(""));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo(theme);
        List<String> out = new ArrayList<>();
        for (Rule r : new AxeBuilder().analyze(browser).getViolations()) {
            if ("serious".equals(r.getImpact()) || "critical".equals(r.getImpact())) {
                r.getNodes().forEach(n -> out.add(r.getId() + " at " + n.getTarget() + ": " + n.getFailureSummary()));
            }
        }
        assertThat(out).isEmpty();
        // only the image for the scheme in use is shown
        assertThat(browser.findElement(By.cssSelector("img.gh-dark-mode-only")).isDisplayed()).isEqualTo(theme.equals("dark"));
        assertThat(browser.findElement(By.cssSelector("img.gh-light-mode-only")).isDisplayed()).isEqualTo(theme.equals("light"));
    }
}

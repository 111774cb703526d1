package dev.lectern.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.lectern.testing.Chromium;
import dev.lectern.testing.Needs;
import dev.lectern.testing.StaticServer;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.Tool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (from its Maven artifact, injected into the page) on the real course in Chromium, in the light
 * and the dark colour scheme: no violation of impact serious or critical on the home page, an explainer,
 * a quiz page, the glossary, search results and the 404 page, with every WCAG 2.x A/AA rule (experimental ones
 * such as 2.5.3 "label in name" included) and axe's best practices.
 */
@Needs(Tool.CHROMIUM)
@ExtendWith(Chromium.Extension.class)
class AccessibilityBrowserTest {
    @TempDir
    static Path tmp;

    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start(Chromium chromium) {
        TestSite site = TestSite.course(tmp).build();
        assertThat(site.result().written()).as(String.join("\n", site.printed())).isTrue();
        server = chromium.serve(site.out());
        browser = chromium.driver();
    }

    /**
     * Every WCAG 2.0, 2.1 and 2.2 A/AA rule, axe's best practices, and the experimental rules, among them
     * {@code label-content-name-mismatch} (WCAG 2.5.3, label in name), which axe leaves out by default.
     */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa",
            "best-practice", "experimental");

    private List<String> seriousViolations(String what) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
        // the 2.5.3 rule really ran (axe lists it as passed, failed, incomplete or not applicable)
        assertThat(java.util.stream.Stream.of(results.getPasses(), results.getViolations(), results.getIncomplete(),
                results.getInapplicable()).flatMap(List::stream).map(Rule::getId)).as(what).contains("label-content-name-mismatch");
        List<String> out = new ArrayList<>();
        for (Rule r : results.getViolations()) {
            if ("serious".equals(r.getImpact()) || "critical".equals(r.getImpact())) {
                r.getNodes().forEach(n -> out.add(what + ": " + r.getId() + " (" + r.getImpact() + ") at "
                        + n.getTarget() + ": " + n.getFailureSummary()));
            }
        }
        return out;
    }

    private void scheme(String theme) {
        browser.get(server.url(""));
        browser.executeScript("localStorage.setItem('lectern-theme', arguments[0])", theme);
    }

    // Checks the named pages in both colour schemes (contrast is checked per scheme), a checked quiz and a failed diagram component included.
    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void pagesHaveNoSeriousViolations(String theme) {
        scheme(theme);
        List<String> violations = new ArrayList<>();
        for (String page : List.of("", "foundations/dns-records/", "failures/single-point-of-failure/", "glossary/",
                "no-such-page/")) {
            browser.get(server.url(page));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo(theme);
            violations.addAll(seriousViolations(theme + " /" + page));
        }
        // a quiz after a wrong answer is checked (tags, feedback, Try again) and a diagram with a failed component
        browser.get(server.url("failures/single-point-of-failure/"));
        WebElement question = browser.findElement(By.cssSelector("fieldset[data-type=single]"));
        browser.executeScript("arguments[0].click()", question.findElements(By.cssSelector("input")).get(1));
        browser.executeScript("arguments[0].click()", question.findElement(By.cssSelector("[data-action=check]")));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !question.findElement(By.cssSelector(".quiz-feedback")).getText().isBlank());
        WebElement node = browser.findElements(By.cssSelector("svg [data-node].is-spof:not(.diagram-group)")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow();
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", node);
        node.click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> "failed".equals(node.getAttribute("data-state")));
        violations.addAll(seriousViolations(theme + " quiz checked, component failed"));
        browser.get(server.url("search/?q=CNAME"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector(".search-page .search-result")).isEmpty());
        violations.addAll(seriousViolations(theme + " search results page"));
        browser.get(server.url("foundations/dns-records/"));
        browser.findElement(By.id("search-input")).sendKeys("load balancer");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector("#search-panel .search-result")).isEmpty());
        violations.addAll(seriousViolations(theme + " search drop-down"));
        assertThat(violations).isEmpty();
    }

    // Checks that axe does find a serious violation when one exists, so the pass above means something.
    @Test
    void axeFindsViolations() {
        browser.get(server.url("glossary/"));
        browser.executeScript("document.querySelector('.page-body').insertAdjacentHTML('beforeend', '<img src=x.png>')");
        assertThat(seriousViolations("glossary with an image without alt")).anyMatch(v -> v.contains("image-alt"));
        // a button whose accessible name does not contain its visible words (what the colour-scheme button had)
        browser.executeScript("document.querySelector('.page-body').insertAdjacentHTML('beforeend', "
                + "'<button type=button aria-label=\"Colour scheme: auto. Change colour scheme\">Theme: auto</button>')");
        assertThat(seriousViolations("button named unlike its words")).anyMatch(v -> v.contains("label-content-name-mismatch"));
    }
}

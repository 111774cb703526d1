package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.lectern.testing.Chromium;
import dev.lectern.testing.Needs;
import dev.lectern.testing.StaticServer;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.Tool;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The outline of a large site (over 300 pages) in Chromium: the current section's list of pages, which
 * the page loads from the section's {@code outline.js}, shows as the list written in the page did, with
 * the page shown marked and the sections holding it open, served under a sub-path and opened from disk.
 */
@Needs(Tool.CHROMIUM)
@ExtendWith(Chromium.Extension.class)
class LargeOutlineBrowserTest {
    @TempDir
    static Path tmp;

    static TestSite site;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start(Chromium chromium) {
        site = TestSite.create(tmp).basePath("/course/").file("content/index.md", "# Home\n");
        for (int s = 0; s < 4; s++) {
            for (int p = 0; p < 76; p++) {
                site.file(String.format("content/s%d/p%02d.md", s, p), "# Page " + s + "." + p + "\n\nText.\n");
            }
        }
        site.file("content/s1/deep/index.md", "# Deep\n").file("content/s1/deep/d0.md", "# Deep 0\n")
                .file("content/s1/deep/d1.md", "# Deep 1\n");
        site.build();
        assertThat(site.printed()).isEmpty();
        server = chromium.serve(site.out(), "/course/");
        browser = chromium.driver();
    }

    private List<WebElement> sectionLinks() {
        return browser.findElements(By.cssSelector(".sidebar details[open] > .outline > li > a"));
    }

    // Checks the list of the current section: every page, in order, linked relative to the page, the page shown marked, the script after it.
    @Test
    void sectionListShowsAsWrittenInThePage() {
        browser.get(server.url("s1/p05/"));
        // the script stays, after the list, so that the preview's live reload knows the page uses outline.js
        assertThat(browser.findElements(By.cssSelector(".sidebar details[open] > .outline + script[src='../outline.js']")))
                .hasSize(1);
        List<WebElement> links = sectionLinks();
        assertThat(links).hasSize(76 + 1);
        assertThat(links.get(0).getText()).isEqualTo("Page 1.0");
        assertThat(links.get(0).getAttribute("href")).isEqualTo(server.url("s1/p00/"));
        assertThat(links.get(0).getDomAttribute("href")).isEqualTo("../../s1/p00/");
        assertThat(links.get(76).getText()).isEqualTo("Deep");
        assertThat(browser.findElement(By.cssSelector(".sidebar a[aria-current=page]")).getText()).isEqualTo("Page 1.5");
        // the subsection that does not hold the page stays closed
        assertThat(browser.findElement(By.cssSelector(".sidebar .outline-section .outline-section details"))
                .getAttribute("open")).isNull();
    }

    // Checks that a page of a subsection opens it and is marked current.
    @Test
    void subsectionHoldingThePageIsOpen() {
        browser.get(server.url("s1/deep/d1/"));
        WebElement deep = browser.findElement(By.cssSelector(".sidebar .outline-section .outline-section"));
        assertThat(deep.findElement(By.cssSelector("details")).getAttribute("open")).isNotNull();
        assertThat(browser.findElement(By.cssSelector(".sidebar a[aria-current=page]")).getText()).isEqualTo("Deep 1");
    }

    // Checks that opened from disk (file://) the list is written and its links point at index.html files.
    @Test
    void worksFromDisk() {
        browser.get(site.out().resolve("s2/p10/index.html").toUri().toString());
        List<WebElement> links = sectionLinks();
        assertThat(links).hasSize(76);
        assertThat(links.get(3).getAttribute("href")).isEqualTo(site.out().resolve("s2/p03/index.html").toUri().toString());
        assertThat(browser.findElement(By.cssSelector(".sidebar a[aria-current=page]")).getText()).isEqualTo("Page 2.10");
    }

    // Checks axe's WCAG A/AA rules and best practices on a page whose list its outline.js wrote: nothing serious or critical.
    @Test
    void noSeriousAxeViolation() {
        browser.get(server.url("s3/p40/"));
        assertThat(sectionLinks()).hasSize(76);
        List<Rule> violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
                "wcag22aa", "best-practice")).analyze(browser).getViolations();
        assertThat(violations.stream().filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> r.getId() + ": " + r.getNodes().get(0).getTarget())).isEmpty();
    }
}

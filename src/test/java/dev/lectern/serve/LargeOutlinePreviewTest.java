package dev.lectern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Chromium;
import dev.lectern.testing.Needs;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code lectern serve} on a large site (over 300 pages), whose pages load their section's list of pages
 * from the section's {@code outline.js}: renaming a page of the section (neither the open page's next nor
 * its previous) changes that file and not the open page's HTML, and the open page reloads all the same,
 * with the new title in its outline.
 */
@Needs(Tool.CHROMIUM)
@ExtendWith(Chromium.Extension.class)
class LargeOutlinePreviewTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    /**
     * Static, as in {@code PreviewBrowserTest}: removed after the class, once {@link Chromium} has closed the preview
     * (whose close waits for the build under way). A field of the test was removed after the method, while the
     * server still ran: a rebuild writing into {@code site/} then failed the removal under load ("Failed to delete
     * temp directory .../site/s0"; see {@code PreviewCloseTest}).
     */
    @TempDir
    static Path tmp;

    // Checks that a title changed on another page of the section reaches the open page's outline by a live reload.
    @Test
    void renamingASiblingReloadsThePage(Chromium chromium) throws Exception {
        Files.createDirectories(tmp.resolve("content"));
        Files.writeString(tmp.resolve("content/index.md"), "# Home\n");
        for (int s = 0; s < 4; s++) {
            Files.createDirectories(tmp.resolve("content/s" + s));
            for (int p = 0; p < 76; p++) {
                Files.writeString(tmp.resolve(String.format("content/s%d/p%02d.md", s, p)), "# Page " + s + "." + p + "\n");
            }
        }
        PreviewFixture site = chromium.closing(PreviewFixture.start(tmp, TestSite.THEME, null, "127.0.0.1", 0));
        ChromeDriver browser = chromium.driver();
        browser.get(site.preview.url() + "s1/p05/");
        new WebDriverWait(browser, WAIT).until(d -> browser.executeScript(
                "return document.documentElement.getAttribute('data-lectern-build')") != null);
        assertThat(browser.findElement(By.cssSelector(".sidebar a[href$='s1/p40/']")).getText()).isEqualTo("Page 1.40");
        browser.executeScript("window.notReloaded = true;");
        site.write("content/s1/p40.md", "# Renamed page\n");
        new WebDriverWait(browser, WAIT).until(d -> browser.executeScript("return window.notReloaded") == null
                && browser.findElement(By.cssSelector(".sidebar a[href$='s1/p40/']")).getText().equals("Renamed page"));
        assertThat(browser.findElement(By.cssSelector(".sidebar a[aria-current=page]")).getText()).isEqualTo("Page 1.5");
    }
}

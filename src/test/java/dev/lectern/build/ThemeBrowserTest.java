package dev.lectern.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Browser;
import dev.lectern.testing.Needs;
import dev.lectern.testing.StaticServer;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.Tool;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/** The theme in real Chromium: the colour-scheme toggle persists, the outline drawer works on a phone. */
@Needs(Tool.CHROMIUM)
class ThemeBrowserTest {
    @TempDir
    static Path tmp;

    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        TestSite site = TestSite.fixture("basic", tmp).basePath("/course/").build();
        assertThat(site.printed()).isEmpty();
        server = StaticServer.serve(site.out(), "/course/");
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    // Checks that the toggle cycles auto -> light -> dark and that the choice survives a reload.
    @Test
    void themeToggleRemembersChoice() {
        browser.get(server.url("dns/records/"));
        var toggle = browser.findElement(By.cssSelector("[data-theme-toggle]"));
        assertThat(toggle.getText()).contains("auto");
        toggle.click();
        toggle.click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("dark");
        browser.navigate().refresh();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("dark");
        String bg = (String) ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.body).backgroundColor");
        assertThat(bg).isEqualTo("rgb(15, 20, 25)");
        browser.findElement(By.cssSelector("[data-theme-toggle]")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isNull();
    }

    // Checks that on a 390 px phone the outline is a drawer opened by the menu button, and links work under /course/.
    @Test
    void phoneOutlineDrawer() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(server.url("dns/records/"));
            var sidebar = browser.findElement(By.id("sidebar"));
            assertThat(sidebar.isDisplayed()).isFalse();
            browser.findElement(By.cssSelector(".nav-toggle")).click();
            assertThat(sidebar.isDisplayed()).isTrue();
            browser.findElement(By.linkText("Resolution")).click();
            assertThat(browser.getCurrentUrl()).isEqualTo(server.url("dns/resolution/"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Resolution");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}

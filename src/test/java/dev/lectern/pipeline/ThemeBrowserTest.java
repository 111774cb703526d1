package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Chromium;
import dev.lectern.testing.Needs;
import dev.lectern.testing.StaticServer;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.Tool;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/** The theme in real Chromium: the colour-scheme toggle persists, the outline drawer works on a phone. */
@Needs(Tool.CHROMIUM)
@ExtendWith(Chromium.Extension.class)
class ThemeBrowserTest {
    private static final String LONG_TITLE = "Fixture Course: How a Website Is Served";

    @TempDir
    static Path tmp;

    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start(Chromium chromium) {
        TestSite site = TestSite.fixture("basic", tmp).basePath("/course/")
                .file("content/site.yaml", "title: \"" + LONG_TITLE + "\"\ndescription: A small course.\nlanguage: en-GB\n").build();
        assertThat(site.printed()).isEmpty();
        server = chromium.serve(site.out(), "/course/");
        browser = chromium.driver();
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

    // Checks the phone drawer: a backdrop, focus moved in and kept in (Tab wraps), closed by Esc (focus back on
    // the menu button), by the backdrop and by following a link.
    @Test
    void phoneDrawerTrapsFocusAndCloses() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(server.url("dns/records/"));
            JavascriptExecutor js = browser;
            var toggle = browser.findElement(By.cssSelector(".nav-toggle"));
            var sidebar = browser.findElement(By.id("sidebar"));
            var backdrop = browser.findElement(By.cssSelector(".drawer-backdrop"));
            assertThat(backdrop.isDisplayed()).isFalse();
            toggle.click();
            assertThat(backdrop.isDisplayed()).isTrue();
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
            // the backdrop covers the page beside the drawer
            assertThat(js.executeScript("return document.elementFromPoint(innerWidth - 10, innerHeight / 2).className"))
                    .isEqualTo("drawer-backdrop");
            assertThat(browser.switchTo().activeElement().getAttribute("aria-current")).isEqualTo("page");
            // Tab on and on: the focus never leaves the drawer and its toggle, and comes round again
            Actions keys = new Actions(browser);
            Set<WebElement> seen = new LinkedHashSet<>();
            for (int i = 0; i < 30; i++) {
                keys.sendKeys(Keys.TAB).perform();
                WebElement active = browser.switchTo().activeElement();
                Object inside = js.executeScript(
                        "return arguments[0] === arguments[1] || arguments[2].contains(arguments[0])", active, toggle, sidebar);
                assertThat(inside).as("Tab %d stays in the drawer: %s", i, active.getText()).isEqualTo(true);
                seen.add(active);
            }
            assertThat(seen).as("%d focused: %s", seen.size(), seen.stream().map(WebElement::getText).toList()).contains(toggle).hasSizeGreaterThan(5).hasSizeLessThan(30);
            // Shift+Tab from the menu button goes to the drawer's last control
            js.executeScript("arguments[0].focus()", toggle);
            keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            assertThat(js.executeScript("return arguments[0].contains(document.activeElement)", sidebar)).isEqualTo(true);
            // Esc closes and gives the focus back to the menu button
            keys.sendKeys(Keys.ESCAPE).perform();
            assertThat(sidebar.isDisplayed()).isFalse();
            assertThat(backdrop.isDisplayed()).isFalse();
            assertThat(browser.switchTo().activeElement()).isEqualTo(toggle);
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
            // a tap on the backdrop closes it
            toggle.click();
            new Actions(browser).moveToLocation(380, 600).click().perform();
            assertThat(sidebar.isDisplayed()).isFalse();
            // following a link closes it (the navigation is held back here, so the page stays to be looked at)
            toggle.click();
            js.executeScript("document.addEventListener('click', function (e) { e.preventDefault(); })");
            browser.findElement(By.linkText("Resolution")).click();
            assertThat(sidebar.isDisplayed()).isFalse();
            assertThat(backdrop.isDisplayed()).isFalse();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    // Checks the phone header: a long title keeps its words (two lines before any ellipsis) with the whole title in
    // `title`, and the colour-scheme button is named by its visible words, hidden visually but not removed.
    @Test
    void phoneHeaderTitleAndToggleName() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(server.url("dns/records/"));
            WebElement title = browser.findElement(By.cssSelector(".site-title"));
            assertThat(title.getAttribute("title")).isEqualTo(LONG_TITLE).isEqualTo(title.getAttribute("textContent"));
            assertThat(((JavascriptExecutor) browser).executeScript("var t = arguments[0], r = t.getBoundingClientRect();"
                    + " return t.scrollHeight <= t.clientHeight + 1 && t.scrollWidth <= t.clientWidth"
                    + " && r.right <= document.querySelector('.search').getBoundingClientRect().left", title)).isEqualTo(true);
            WebElement toggle = browser.findElement(By.cssSelector("[data-theme-toggle]"));
            assertThat(toggle.getAttribute("aria-label")).isNull();
            assertThat(toggle.getAttribute("textContent").strip()).isEqualTo("Theme: auto");
            assertThat(browser.findElement(By.cssSelector(".theme-toggle-label")).getSize().getWidth()).isLessThanOrEqualTo(1);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}

package dev.lectern.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Chromium;
import dev.lectern.testing.Needs;
import dev.lectern.testing.StaticServer;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Diagrams in real Chromium, served with a Content-Security-Policy without 'unsafe-inline': failing
 * the database of the one-server design, repairing it by keyboard, and stepping through the flow.
 */
@Needs(Tool.CHROMIUM)
@ExtendWith(Chromium.Extension.class)
class DiagramBrowserTest {
    static final String CSP = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; "
            + "script-src 'self'; style-src 'self'; img-src 'self' data:\">";

    @TempDir
    static Path tmp;

    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start(Chromium chromium) throws IOException {
        TestSite site = TestSite.create(tmp)
                .file("content/index.md", "# One server\n\n```diagram\n" + Designs.ONE_SERVER + "```\n")
                .file("content/wide.md", "# Wide\n\n```diagram\n" + WIDE + "```\n").build();
        assertThat(site.printed()).isEmpty();
        for (String file : List.of("index.html", "wide/index.html")) {
            Path page = site.out().resolve(file);
            Files.writeString(page, Files.readString(page).replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">" + CSP));
        }
        server = chromium.serve(site.out());
        browser = chromium.driver();
    }

    /** Left to right: a wide drawing (hidden on phones) that holds the symbols, and a narrow one. */
    static final String WIDE = """
            direction: right
            nodes:
              user: {kind: user, label: Visitors}
              lb: {kind: loadbalancer, label: HAProxy}
              web: {kind: web, label: Nginx}
            edges:
              - user -> lb
              - lb -> web
            """;

    @BeforeEach
    void open() {
        browser.get(server.url(""));
    }

    /** Clicks after scrolling there at once (the theme scrolls smoothly, which would make the click miss). */
    private static void click(WebElement e) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
        e.click();
    }

    private WebElement visibleNode(String id) {
        return browser.findElements(By.cssSelector("svg [data-node='" + id + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow();
    }

    private List<String> nodesInState(String state) {
        return browser.findElements(By.cssSelector("svg [data-state='" + state + "']")).stream()
                .filter(WebElement::isDisplayed).map(e -> e.getAttribute("data-node")).toList();
    }

    private String status() {
        return browser.findElement(By.cssSelector("[data-diagram-status]")).getText();
    }

    // Checks that clicking the database fails it: the status line says the site is down; Nginx and the
    // application still run (requests reach them), so nothing else changes state; failing Nginx makes what
    // lies behind it unreachable (dashed, its text as readable as before) but leaves DNS alone.
    @Test
    void failTheDatabase() {
        assertThat(status()).isEqualTo("Nothing has failed.");
        click(visibleNode("db"));
        assertThat(status()).isEqualTo("Failed: MySQL. No working database: requests end in an error page, so the site is down for everyone. Operators hear of it from visitors: nothing here monitors it.");
        assertThat(nodesInState("failed")).containsExactly("db");
        assertThat(nodesInState("unreachable")).isEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-diagram-status]")).getAttribute("class")).contains("is-failed");
        click(visibleNode("nginx"));
        assertThat(nodesInState("unreachable")).containsExactlyInAnyOrder("app", "db");
        // the theme animates strokes and opacity for 0.2 s: read them once the transitions have ended
        WebElement app = visibleNode("app");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d ->
                ((Number) browser.executeScript("return arguments[0].getAnimations({subtree: true}).length", app)).intValue() == 0);
        String box = "return getComputedStyle(arguments[0].querySelector('rect:not(.diagram-stack)')).strokeDasharray";
        assertThat((String) browser.executeScript(box, visibleNode("app"))).isNotEqualTo("none");
        assertThat((String) browser.executeScript(box, visibleNode("dns"))).isEqualTo("none");
        assertThat(Double.parseDouble(visibleNode("app").getCssValue("opacity"))).isEqualTo(1.0);
        assertThat(visibleNode("dns").getAttribute("data-state")).isNull();
        click(visibleNode("nginx"));
        assertThat(status()).isEqualTo("Nothing has failed.");
        assertThat(nodesInState("unreachable")).isEmpty();
    }

    // Checks the keyboard: Tab reaches a node, Enter fails it and Enter again repairs it; the list's button does the same.
    @Test
    void failByKeyboard() {
        WebElement nginx = visibleNode("nginx");
        browser.executeScript("arguments[0].focus()", nginx);
        nginx.sendKeys(Keys.ENTER);
        assertThat(status()).startsWith("Failed: Nginx. No working web server: browsers cannot connect");
        nginx.sendKeys(Keys.ENTER);
        assertThat(status()).isEqualTo("Nothing has failed.");
        WebElement button = browser.findElement(By.cssSelector("[data-fail='server']"));
        click(browser.findElement(By.cssSelector(".diagram-details summary")));
        click(button);
        assertThat(button.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(nodesInState("failed")).containsExactlyInAnyOrder("server", "nginx", "app", "db");
    }

    // Checks stepping: Next highlights one edge with its caption, the arrow keys move, Previous is disabled at the start.
    @Test
    void stepThroughTheFlow() {
        WebElement next = browser.findElement(By.cssSelector("[data-flow='next']"));
        WebElement prev = browser.findElement(By.cssSelector("[data-flow='prev']"));
        assertThat(prev.isEnabled()).isFalse();
        click(next);
        WebElement step = browser.findElement(By.cssSelector("[data-diagram-step]"));
        assertThat(step.getText()).isEqualTo("Step 1 of 4: The browser asks DNS for the address.");
        next.sendKeys(Keys.ARROW_RIGHT);
        assertThat(step.getText()).isEqualTo("Step 2 of 4: It sends GET / to 203.0.113.10 on port 80.");
        List<String> current = browser.findElements(By.cssSelector("svg [data-edge].is-current")).stream()
                .filter(WebElement::isDisplayed).map(e -> e.getAttribute("data-edge")).toList();
        assertThat(current).containsExactly("1");
        assertThat(browser.findElement(By.cssSelector(".diagram-flow li[aria-current='step']")).getText())
                .startsWith("Visitor's browser \u2192 Nginx: It sends GET /");
        click(prev);
        assertThat(step.getText()).startsWith("Step 1 of 4");
        assertThat(prev.isEnabled()).isFalse();
    }

    /** The size of what a node's icon (a <use> of a symbol) draws in the visible drawing, and its computed colours. */
    private String icon(String node) {
        return (String) browser.executeScript("var u = [].filter.call(document.querySelectorAll("
                + "'svg [data-node=' + arguments[0] + '] > use'), function (e) { return e.getBoundingClientRect().width > 0; })[0];"
                + "var b = u.getBBox(), s = getComputedStyle(u);"
                + "return Math.round(b.width) + 'x' + Math.round(b.height) + ' ' + s.stroke + ' ' + s.color;", node);
    }

    // Checks icons drawn from symbols: on a wide screen and on a phone (where the drawing that holds the
    // symbols is display:none) each icon has its size and the theme's colour; a node that goes down greys its icon.
    @Test
    void iconsFromSymbols() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        browser.get(server.url("wide/"));
        assertThat(browser.findElement(By.cssSelector("svg.diagram-svg-wide")).isDisplayed()).isTrue();
        String wide = icon("web");
        // the web icon's frame is 22 x 18 in its 28 x 28 box; stroke and color are the accent, inherited
        assertThat(wide).matches("22x18 (rgb\\(\\d+, \\d+, \\d+\\)) \\1");
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
            browser.get(server.url("wide/"));
            assertThat(browser.findElement(By.cssSelector("svg.diagram-svg-wide")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.cssSelector("svg.diagram-svg-narrow")).isDisplayed()).isTrue();
            assertThat(icon("web")).isEqualTo(wide);
            assertThat(icon("lb")).startsWith("22x").endsWith(wide.substring(6));
            assertThat((Long) browser.executeScript("return Math.round([].filter.call(document.querySelectorAll("
                    + "'[data-node=lb] > use[href$=\"-spof\"]'), function (e) { return e.getBoundingClientRect().width > 0; })[0]"
                    + ".getBBox().width)")).as("SPOF badge width").isBetween(30L, 50L);
            click(visibleNode("lb"));
            assertThat(nodesInState("unreachable")).containsExactly("web");
            String down = icon("web");
            assertThat(down).startsWith("22x18 ").doesNotContain(wide.substring(6));
            assertThat(status()).startsWith("Failed: HAProxy. No working load balancer: browsers cannot connect");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }
}

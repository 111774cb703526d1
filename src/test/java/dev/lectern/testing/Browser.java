package dev.lectern.testing;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through its matching chromedriver, offline and headless. Test classes get
 * one per class through {@link Chromium} (which also closes it); where Chromium is missing, their
 * tests are skipped with the install command, or fail under {@code CI=true}.
 */
public final class Browser {
    private Browser() {}

    /** A new headless Chromium with a window of the given size. */
    public static ChromeDriver start(int width, int height) {
        Path chromium = Tool.CHROMIUM.require();
        Path chromedriver = Tool.CHROMEDRIVER.require();
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=" + width + "," + height,
                // offline by construction: every host but the test's own local server fails to resolve
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }

    public static ChromeDriver start() {
        return start(1280, 900);
    }

    /**
     * Makes the page's viewport {@code width} by {@code height} CSS pixels. Headless Chromium keeps its
     * window at least 500 px wide, so a window resized to a phone's 390 px still lays pages out at 500;
     * this emulates the screen instead ({@link #resetViewport} goes back to the window's size).
     */
    public static void viewport(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
    }

    public static void resetViewport(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }
}

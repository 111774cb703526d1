package dev.lectern.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * {@link Needs} runs a fixture class on a machine imitated by pointing the tool paths elsewhere: each test
 * is counted as skipped (not zero tests), fails under CI with the install command, and runs where the
 * tool is found. The fixtures are nested classes, which Surefire does not run by itself.
 */
class ToolCheckTest {
    static final List<String> calls = new ArrayList<>();

    @TempDir
    Path tmp;

    @Needs(Tool.CHROMIUM)
    static class BrowserFixture {
        @BeforeAll
        static void start() {
            calls.add("beforeAll");
        }

        @BeforeEach
        void each() {
            calls.add("beforeEach");
        }

        @AfterAll
        static void stop() {
            calls.add("afterAll");
        }

        @Test
        void first() {
            calls.add("first");
        }

        @Test
        void second() {
            calls.add("second");
        }
    }

    @Needs(Tool.CHROMIUM)
    @ExtendWith(Chromium.Extension.class)
    static class ChromiumFixture {
        static Chromium first;

        @BeforeAll
        static void start(Chromium chromium) {
            first = chromium;
            calls.add("beforeAll");
            chromium.closing(() -> calls.add("closed"));
        }

        @AfterAll
        static void stop() {
            calls.add("afterAll");
        }

        @Test
        void one() {
            calls.add("one");
        }

        @Test
        void two() {
            calls.add("two");
        }
    }

    static class MixedFixture {
        @Test
        void plain() {
            calls.add("plain");
        }

        @Test
        @Needs(Tool.NGINX)
        void withNginx() {
            calls.add("withNginx");
        }
    }

    private TestExecutionSummary run(Class<?> fixture, Map<String, String> config) {
        calls.clear();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture))
                .configurationParameters(config).build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        return listener.getSummary();
    }

    private String nowhere() {
        return tmp.resolve("not-installed").toString();
    }

    /** An executable that exists on every machine running these tests: this JVM's own launcher. */
    private static String somewhere() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    // Checks that without Chromium, outside CI, both tests are counted as skipped with the install command,
    // and that the class's set-up and tear-down (which would start the browser) are not run.
    @Test
    void missingBrowserOutsideCiSkipsEachTest() {
        List<String> reasons = new ArrayList<>();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(BrowserFixture.class))
                .configurationParameters(Map.of("lectern.test.chromium", nowhere(), ToolCheck.CI, "false")).build();
        calls.clear();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, summary, new org.junit.platform.launcher.TestExecutionListener() {
            @Override
            public void executionSkipped(org.junit.platform.launcher.TestIdentifier id, String reason) {
                reasons.add(reason);
            }
        });
        TestExecutionSummary s = summary.getSummary();
        assertThat(s.getTestsFoundCount()).isEqualTo(2);
        assertThat(s.getTestsSkippedCount()).isEqualTo(2);
        assertThat(s.getTestsSucceededCount() + s.getTestsFailedCount() + s.getTestsAbortedCount()).isZero();
        assertThat(reasons).hasSize(2).allSatisfy(r -> assertThat(r)
                .contains("chromium not installed", "apt-get install -y chromium chromium-driver"));
        assertThat(calls).isEmpty();
    }

    // Checks that under CI=true the same tests fail, each naming what to install, still without starting anything.
    @Test
    void missingBrowserUnderCiFailsEachTest() {
        TestExecutionSummary s = run(BrowserFixture.class,
                Map.of("lectern.test.chromium", nowhere(), ToolCheck.CI, "true"));
        assertThat(s.getTestsFoundCount()).isEqualTo(2);
        assertThat(s.getTestsFailedCount()).isEqualTo(2);
        assertThat(s.getFailures()).allSatisfy(f -> assertThat(f.getException().getMessage())
                .isEqualTo("CI=true and chromium not installed; install with: apt-get install -y chromium chromium-driver"));
        assertThat(calls).isEmpty();
    }

    // Checks that where the tools are found the tests run with their set-up and tear-down, CI or not.
    @Test
    void foundToolsRunTheTests() {
        for (String ci : List.of("true", "false")) {
            TestExecutionSummary s = run(BrowserFixture.class, Map.of("lectern.test.chromium", somewhere(),
                    "lectern.test.chromedriver", somewhere(), ToolCheck.CI, ci));
            assertThat(s.getTestsSucceededCount()).as("CI=" + ci).isEqualTo(2);
            assertThat(s.getTestsSkippedCount() + s.getTestsFailedCount()).isZero();
            assertThat(calls).containsExactlyInAnyOrder("beforeAll", "beforeEach", "first", "beforeEach", "second",
                    "afterAll");
        }
    }

    // Checks the browser extension: one Chromium per class, what it closes closed once after the class's
    // tear-down; where Chromium is missing nothing starts and each test is skipped, or fails under CI=true.
    @Test
    void chromiumExtensionFollowsTheToolCheck() {
        TestExecutionSummary found = run(ChromiumFixture.class, Map.of("lectern.test.chromium", somewhere(),
                "lectern.test.chromedriver", somewhere(), ToolCheck.CI, "false"));
        assertThat(found.getTestsSucceededCount()).isEqualTo(2);
        assertThat(calls).containsExactly("beforeAll", "one", "two", "afterAll", "closed");
        assertThat(ChromiumFixture.first).isNotNull();

        ChromiumFixture.first = null;
        TestExecutionSummary skipped = run(ChromiumFixture.class, Map.of("lectern.test.chromium", nowhere(), ToolCheck.CI, "false"));
        assertThat(skipped.getTestsSkippedCount()).isEqualTo(2);
        assertThat(calls).isEmpty();
        assertThat(ChromiumFixture.first).isNull();

        TestExecutionSummary failed = run(ChromiumFixture.class, Map.of("lectern.test.chromium", nowhere(), ToolCheck.CI, "true"));
        assertThat(failed.getTestsFailedCount()).isEqualTo(2);
        assertThat(failed.getFailures()).allSatisfy(f -> assertThat(f.getException().getMessage())
                .contains("CI=true and chromium not installed"));
        assertThat(calls).isEmpty();
    }

    // Checks that a missing chromedriver alone is enough to skip, and a tool needed by one method touches no other.
    @Test
    void checksEachNeededToolPerTest() {
        TestExecutionSummary browser = run(BrowserFixture.class, Map.of("lectern.test.chromium", somewhere(),
                "lectern.test.chromedriver", nowhere(), ToolCheck.CI, "false"));
        assertThat(browser.getTestsSkippedCount()).isEqualTo(2);
        TestExecutionSummary mixed = run(MixedFixture.class, Map.of("lectern.test.nginx", nowhere(), ToolCheck.CI, "false"));
        assertThat(mixed.getTestsSucceededCount()).isEqualTo(1);
        assertThat(mixed.getTestsSkippedCount()).isEqualTo(1);
        assertThat(calls).containsExactly("plain");
    }
}

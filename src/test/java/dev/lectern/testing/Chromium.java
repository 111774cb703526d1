package dev.lectern.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium per test class, with what it looks at. A class marked
 * {@code @Needs(Tool.CHROMIUM) @ExtendWith(Chromium.Extension.class)} takes a {@code Chromium} in its
 * {@code @BeforeAll} method, serves its site with {@link #serve} (or hands over its own server with
 * {@link #closing}) and drives {@link #driver()}; after the class the browser quits, then those servers
 * close (in that order: an open page's live-reload stream would hold a server's stop). Where Chromium
 * is missing, {@link ToolCheck} does not run the {@code @BeforeAll} method, so nothing starts, and
 * each test is counted skipped with the install command, or fails with it under {@code CI=true}.
 */
public final class Chromium implements AutoCloseable {
    private final List<AutoCloseable> resources = new ArrayList<>();
    private ChromeDriver driver;

    private Chromium() {}

    /** The class's browser, started on first use. */
    public ChromeDriver driver() {
        if (driver == null) driver = Browser.start();
        return driver;
    }

    /** A static server for {@code site} under {@code basePath} ({@code "/"} or {@code "/course/"}), closed after the class. */
    public StaticServer serve(Path site, String basePath) {
        return closing(StaticServer.serve(site, basePath));
    }

    public StaticServer serve(Path site) {
        return closing(StaticServer.serve(site));
    }

    /** {@code resource}, closed after the class, once the browser has quit. */
    public <T extends AutoCloseable> T closing(T resource) {
        resources.add(resource);
        return resource;
    }

    @Override
    public void close() throws Exception {
        Exception first = null;
        if (driver != null) {
            try {
                driver.quit();
            } catch (RuntimeException e) {
                first = e;
            }
        }
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                if (first == null) first = e;
                else first.addSuppressed(e);
            }
        }
        if (first != null) throw first;
    }

    /** Gives a test class's {@code @BeforeAll} method its {@link Chromium} and closes it after the class. */
    public static final class Extension implements ParameterResolver, AfterAllCallback {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Chromium.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return store(context).getOrComputeIfAbsent(key(context), k -> new Chromium(), Chromium.class);
        }

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            Chromium chromium = store(context).remove(key(context), Chromium.class);
            if (chromium != null) chromium.close();
        }

        private static ExtensionContext.Store store(ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE);
        }

        /** One per test class. */
        private static Class<?> key(ExtensionContext context) {
            return context.getRequiredTestClass();
        }
    }
}

package dev.lectern.testing;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.AssertionFailedError;

/**
 * The check behind {@link Needs}, made per test so that each one is counted. With a needed program
 * missing, a test is disabled (Surefire counts it as skipped, the reason names the install command);
 * under {@code CI=true} it is run instead and fails with that command, so a CI machine without Chromium
 * or Nginx cannot pass. Either way the class's {@code @BeforeAll}, {@code @BeforeEach} and their
 * tear-downs are not invoked while a tool the class needs is missing: they would only start it.
 *
 * <p>{@code CI} is read from the environment; the configuration parameter {@code lectern.test.ci}
 * overrides it (this check's own test runs it both ways).
 */
public final class ToolCheck implements ExecutionCondition, BeforeEachCallback, InvocationInterceptor {
    static final String CI = "lectern.test.ci";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            // decided per test, so that each one is reported; a skipped class would count as none
            return ConditionEvaluationResult.enabled("tools are checked per test");
        }
        List<Tool> missing = missing(context, true);
        if (missing.isEmpty()) return ConditionEvaluationResult.enabled("needed tools found");
        if (ci(context)) return ConditionEvaluationResult.enabled("CI=true: a missing tool fails the test");
        return ConditionEvaluationResult.disabled(Tool.missing(missing) + " (under CI=true this test fails)");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        List<Tool> missing = missing(context, true);
        if (!missing.isEmpty()) {
            throw new AssertionFailedError("CI=true and " + Tool.missing(missing));
        }
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        proceedUnlessClassToolsMissing(invocation, context);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        proceedUnlessClassToolsMissing(invocation, context);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        proceedUnlessClassToolsMissing(invocation, context);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        proceedUnlessClassToolsMissing(invocation, context);
    }

    private static void proceedUnlessClassToolsMissing(Invocation<Void> invocation, ExtensionContext context)
            throws Throwable {
        if (missing(context, false).isEmpty()) invocation.proceed();
        else invocation.skip();
    }

    private static boolean ci(ExtensionContext context) {
        Optional<String> configured = context.getConfigurationParameter(CI);
        String value = configured.orElseGet(() -> System.getenv("CI"));
        return "true".equalsIgnoreCase(value);
    }

    /** The missing tools that the test classes (and with {@code method}, the test method) need. */
    static List<Tool> missing(ExtensionContext context, boolean method) {
        Set<Tool> needed = new LinkedHashSet<>();
        if (method) context.getTestMethod().ifPresent(m -> add(m, needed));
        for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) add(c, needed);
        List<Tool> missing = new ArrayList<>();
        for (Tool t : needed) {
            if (t.find(key -> context.getConfigurationParameter(key).orElse(null)) == null) missing.add(t);
        }
        return missing;
    }

    private static void add(AnnotatedElement e, Set<Tool> needed) {
        Needs needs = e.getAnnotation(Needs.class);
        if (needs == null) return;
        for (Tool t : needs.value()) {
            needed.add(t);
            if (t == Tool.CHROMIUM) needed.add(Tool.CHROMEDRIVER);
        }
    }
}

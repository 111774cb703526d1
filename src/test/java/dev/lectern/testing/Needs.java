package dev.lectern.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that drives an outside program. Where the program is missing, every such
 * test is reported as skipped with the install command, or fails with it when {@code CI=true}; see
 * {@link ToolCheck}. The class's own set-up and tear-down then do not run.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ToolCheck.class)
public @interface Needs {
    /** The programs needed; {@link Tool#CHROMIUM} implies {@link Tool#CHROMEDRIVER}. */
    Tool[] value();
}

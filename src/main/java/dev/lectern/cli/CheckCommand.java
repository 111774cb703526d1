package dev.lectern.cli;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lectern check}: everything a build does except writing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the course (Markdown, quizzes, diagrams, links) without writing anything.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    BuildOptionsMixin options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult result = new Build(options.toOptions(false, false)).run();
        return Reporter.report(result, spec.commandLine().getOut(), spec.commandLine().getErr(), "Checked:");
    }
}

package dev.lectern.cli;

import dev.lectern.pipeline.Build;
import dev.lectern.theme.Starter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lectern new DIR}: writes a small working course into a new or empty folder. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Start a course: write a small working one (pages, a quiz, a diagram, a glossary, settings) into DIR.")
final class NewCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A folder that does not exist yet, or an empty one.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        String shown = Build.display(dir);
        try {
            if (!Starter.canWrite(dir)) {
                err.println("lectern: " + shown + " is not empty; `lectern new` writes only into a new or empty folder");
                err.flush();
                return Main.CONTENT_ERRORS;
            }
            List<String> files = Starter.write(dir);
            var out = spec.commandLine().getOut();
            out.println("Created " + shown + ": " + files.size() + " files. Next:");
            out.println("  cd " + shown + " && lectern serve");
            out.flush();
            return Main.OK;
        } catch (IOException e) {
            err.println("lectern: cannot write " + shown + ": " + e.getMessage());
            err.flush();
            return Main.CONTENT_ERRORS;
        }
    }
}

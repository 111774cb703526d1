package dev.lectern.cli;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.ProjectRoot;
import dev.lectern.diag.DidYouMean;
import dev.lectern.theme.BuiltinTheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lectern theme}: work with the built-in theme. */
@Command(name = "theme", mixinStandardHelpOptions = true, description = "Work with the built-in theme.",
        subcommands = {ThemeCommand.Eject.class})
final class ThemeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: `lectern theme eject [FILE...]`");
    }

    /** {@code lectern theme eject [FILE...]}: copies built-in theme files into the theme folder, never over a file. */
    @Command(name = "eject", mixinStandardHelpOptions = true,
            description = "Copy the built-in theme (or the named files, such as templates/partials/footer.jte)"
                    + " into the theme folder to change them there. Files already there are left alone.")
    static final class Eject implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "0..*",
                description = "Files of the built-in theme, e.g. templates/layout.jte or assets/css/lectern.css (default: all).")
        List<String> files = new ArrayList<>();

        @Option(names = "--theme", paramLabel = "DIR", description = "The theme folder (default: theme, in the project folder).")
        Path theme;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            Map<String, byte[]> builtin = BuiltinTheme.files();
            List<String> names = files.isEmpty() ? new ArrayList<>(builtin.keySet()) : new ArrayList<>();
            boolean unknown = false;
            for (String f : files) {
                String name = f.replace('\\', '/').replaceFirst("^(\\./)?(theme/)?", "");
                if (builtin.containsKey(name)) {
                    names.add(name);
                } else {
                    err.println("lectern: " + DidYouMean.unknownKey("theme file", f, builtin.keySet())
                            .replace("expected one of", "the built-in theme has"));
                    unknown = true;
                }
            }
            if (unknown) {
                err.flush();
                return Main.USAGE;
            }
            Path dir = theme != null ? theme : BuildOptionsMixin.or(null, ProjectRoot.find(Path.of("")), "theme");
            int copied = 0;
            try {
                for (String name : names) {
                    Path to = dir.resolve(name);
                    if (Files.exists(to)) {
                        out.println("kept    " + Build.display(to) + " (already there)");
                        continue;
                    }
                    Files.createDirectories(to.getParent());
                    Files.write(to, builtin.get(name));
                    out.println("copied  " + Build.display(to));
                    copied++;
                }
            } catch (IOException e) {
                err.println("lectern: cannot write " + Build.display(dir) + ": " + e.getMessage());
                err.flush();
                return Main.CONTENT_ERRORS;
            }
            out.println(copied + " file" + (copied == 1 ? "" : "s") + " copied into " + Build.display(dir)
                    + "; they now replace the built-in ones (delete one to go back to it).");
            out.flush();
            return Main.OK;
        }
    }
}

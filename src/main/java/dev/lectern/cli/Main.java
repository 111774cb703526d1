package dev.lectern.cli;

import dev.lectern.pipeline.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lectern} command: subcommands only; each one parses its options and calls the library. */
@Command(name = "lectern", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Builds a course site from Markdown explainers, quizzes and diagrams.",
        subcommands = {NewCommand.class, BuildCommand.class, ThemeCommand.class, CheckCommand.class, ServeCommand.class, ExportQuizzesCommand.class,
                NginxConfigCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit codes: success, content errors, usage errors. */
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard error is this process's and a terminal: long builds show a progress line there. */
    final boolean errIsTerminal;

    Main(boolean errIsTerminal) {
        this.errIsTerminal = errIsTerminal;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true),
                Terminal.stderrIsTerminal(), args);
    }

    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return run(out, err, false, args);
    }

    /** @param errIsTerminal {@code err} writes to a terminal (see {@link Terminal}) */
    static int run(java.io.PrintWriter out, java.io.PrintWriter err, boolean errIsTerminal, String... args) {
        CommandLine cli = new CommandLine(new Main(errIsTerminal));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("lectern: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try `" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help`.");
            return USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().getErr().println("lectern: missing command (new, build, check, serve ...); try `lectern --help`.");
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"lectern " + Version.current()};
        }
    }
}

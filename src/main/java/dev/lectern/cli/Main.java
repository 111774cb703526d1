package dev.lectern.cli;

import dev.lectern.pipeline.Version;
import dev.lectern.pipeline.Warmup;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lectern} command: subcommands only; each one parses its options and calls the library. */
@Command(name = "lectern", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Builds a course site from Markdown explainers, quizzes and diagrams.")
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
        // A build readies flexmark and the rest of its first page's code on the second core meanwhile.
        if (args.length > 0 && (args[0].equals("build") || args[0].equals("check"))) Warmup.start();
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true),
                Terminal.stderrIsTerminal(), args);
    }

    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return run(out, err, false, args);
    }

    /**
     * The subcommands by name, in the order {@code lectern --help} lists them. picocli reads a command's
     * annotations when it is added (a fifth of a small build's CPU time for all of them), so a run adds
     * only the one it names and all of them otherwise (for the help, the version, and the usage errors
     * that list or suggest commands).
     */
    private static final String[] NAMES = {"new", "build", "theme", "check", "serve", "export-quizzes", "nginx-config",
            "import", "help"};

    private static Object subcommand(String name) {
        return switch (name) {
            case "new" -> new NewCommand();
            case "build" -> new BuildCommand();
            case "theme" -> new ThemeCommand();
            case "check" -> new CheckCommand();
            case "serve" -> new ServeCommand();
            case "export-quizzes" -> new ExportQuizzesCommand();
            case "nginx-config" -> new NginxConfigCommand();
            case "import" -> new ImportCommand();
            default -> new CommandLine.HelpCommand();
        };
    }

    /** @param errIsTerminal {@code err} writes to a terminal (see {@link Terminal}) */
    static int run(java.io.PrintWriter out, java.io.PrintWriter err, boolean errIsTerminal, String... args) {
        CommandLine cli = new CommandLine(new Main(errIsTerminal));
        String named = args.length > 0 && !args[0].equals("help") ? args[0] : null;
        boolean one = named != null && java.util.Arrays.asList(NAMES).contains(named);
        for (String name : NAMES) if (!one || name.equals(named)) cli.addSubcommand(subcommand(name));
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

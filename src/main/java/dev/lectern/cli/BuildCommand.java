package dev.lectern.cli;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.pipeline.OutputLock;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lectern build}: builds the site into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into the output folder.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    BuildOptionsMixin options;

    @Option(names = "--compress", description = "Also write NAME.gz next to every text file (as `compress: true` in site.yaml).")
    boolean compress;

    @Option(names = {"-q", "--quiet"}, description = "Print only warnings and errors: no progress line, no summary.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        BuildOptions o = options.toOptions(true, false).withCompress(compress);
        boolean hadSite = Files.exists(o.outDir());
        BuildResult result;
        try (OutputLock lock = options.claimOutput(o, spec.commandLine().getErr())) {
            if (lock == null) return Main.USAGE;
            try (ProgressLine.Shown progress = ProgressLine.start(spec.commandLine().getErr(),
                    main != null && main.errIsTerminal, quiet)) {
                result = new Build(o).withProgress(progress.progress()).run();
            }
        }
        PrintWriter out = quiet ? new PrintWriter(Writer.nullWriter()) : spec.commandLine().getOut();
        return Reporter.report(result, out, spec.commandLine().getErr(),
                "Built " + Build.display(o.outDir()) + ":", hadSite);
    }
}

package dev.lectern.cli;

import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.OutputLock;
import dev.lectern.serve.Preview;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lectern serve}: builds the site, serves it and rebuilds it on every change until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site, serve it on this machine and rebuild it (with live reload) on every change.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    BuildOptionsMixin options;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on; the next free one if it is taken (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--open", description = "Open the site in the default browser.")
    boolean open;

    @Spec
    CommandSpec spec;

    /** What {@code --open} does with the served address: the platform's browser; tests record it instead. */
    static volatile java.util.function.BiConsumer<String, java.io.PrintWriter> opener = Browsers::open;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (port < 1 || port > 65535) {
            err.println("lectern: --port must be between 1 and 65535, not " + port);
            err.flush();
            return Main.USAGE;
        }
        BuildOptions build = options.toOptions(true, true);
        // Held while serving: the server rewrites the folder on every save.
        OutputLock lock = options.claimOutput(build, err);
        if (lock == null) return Main.USAGE;
        Preview preview = new Preview(build, host, port, out, err);
        Thread stop = new Thread(() -> {
            try {
                preview.close();
            } catch (Exception ignored) {
                // exiting anyway
            } finally {
                lock.close();
            }
        }, "lectern-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            preview.start();
        } catch (java.io.IOException e) {
            err.println("lectern: " + e.getMessage());
            Runtime.getRuntime().removeShutdownHook(stop);
            preview.close();
            lock.close();
            return Main.USAGE;
        }
        if (open) opener.accept(preview.url(), err);
        try {
            preview.awaitClosed();
        } catch (InterruptedException e) {
            // Stopped by whoever runs this command in-process (a test): as Ctrl-C, without waiting for the JVM's end.
            Runtime.getRuntime().removeShutdownHook(stop);
            stop.run();
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }
}

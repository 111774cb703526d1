package dev.lectern.cli;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.ProjectRoot;
import dev.lectern.config.SiteConfig;
import dev.lectern.config.SiteConfigLoader;
import dev.lectern.diag.Diagnostics;
import dev.lectern.publish.NginxConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lectern nginx-config}: prints an Nginx server block for the built site. */
@Command(name = "nginx-config", mixinStandardHelpOptions = true,
        description = "Print an Nginx server block that serves the built site (clean URLs, 404 page, gzip_static, "
                + "cache and security headers).")
final class NginxConfigCommand implements Callable<Integer> {
    @Mixin
    BuildOptionsMixin.Site site;

    @Mixin
    BuildOptionsMixin.Content sources; // read for base_path in site.yaml

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}).",
            defaultValue = "80")
    int port;

    @Option(names = "--server-name", paramLabel = "NAME", description = "server_name (default: ${DEFAULT-VALUE}, any).",
            defaultValue = "_")
    String serverName;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (port < 1 || port > 65535) {
            err.println("lectern: --port must be between 1 and 65535, not " + port);
            return Main.USAGE;
        }
        if (!serverName.matches("[A-Za-z0-9._*~^\\-]+( [A-Za-z0-9._*~^\\-]+)*")) {
            err.println("lectern: --server-name `" + serverName + "` is not a server name (letters, digits, . - * _)");
            return Main.USAGE;
        }
        Path root = ProjectRoot.find(Path.of(""));
        Path out = site.out(root);
        Path content = sources.content(root);
        String rootPath = out.toAbsolutePath().normalize().toString();
        if (rootPath.matches("(?s).*[$\\p{Cntrl}].*")) {
            err.println("lectern: the site folder " + rootPath.replaceAll("\\p{Cntrl}", "?") + " holds `$` or a control"
                    + " character, which Nginx would read as a variable or a line break; build into a plainer path");
            return Main.USAGE;
        }
        String base = site.basePath;
        if (base == null) {
            Diagnostics d = new Diagnostics();
            Path file = content.resolve("site.yaml");
            SiteConfig config = SiteConfigLoader.load(file, Build.display(file), d);
            if (d.hasErrors()) {
                d.sorted().forEach(x -> err.println(x.format()));
                err.println("error: fix site.yaml, or give --base-path");
                err.flush();
                return Main.CONTENT_ERRORS;
            }
            base = config.basePath();
        }
        if (!Files.isRegularFile(out.resolve("index.html"))) {
            err.println("lectern: warning: " + Build.display(out) + " holds no built site yet; run `lectern build` first");
        }
        spec.commandLine().getOut().print(new NginxConfig(out, SiteConfig.normalizeBasePath(base), port, serverName).render());
        spec.commandLine().getOut().flush();
        err.flush();
        return Main.OK;
    }
}

package dev.lectern.cli;

import dev.lectern.pipeline.Build;
import dev.lectern.config.MkDocsConfig;
import dev.lectern.config.SiteConfig;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lectern import mkdocs PATH}: writes the site.yaml that says what an mkdocs.yml says. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Write the site.yaml equivalent to another generator's settings (mkdocs: PATH is mkdocs.yml or its folder).")
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FORMAT", description = "The other generator: mkdocs.")
    String format;

    @Parameters(index = "1", paramLabel = "PATH", description = "Its settings file, or the folder holding it.", defaultValue = ".")
    Path path;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("mkdocs")) {
            err.println("lectern: unknown format `" + format + "`; known: mkdocs");
            return Main.USAGE;
        }
        Path file = Files.isDirectory(path) ? path.resolve(MkDocsConfig.FILE) : path;
        if (!Files.isRegularFile(file)) {
            err.println(Build.display(file) + ": error: no mkdocs.yml here");
            return Main.CONTENT_ERRORS;
        }
        MkDocsConfig.Project project = MkDocsConfig.find(file.toAbsolutePath().getParent());
        Path docs = project != null ? project.docsDir() : file.toAbsolutePath().getParent().resolve("docs");
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = MkDocsConfig.load(file, Build.display(file), diagnostics);
        for (Diagnostic d : diagnostics.sorted()) err.println(d.format());
        if (diagnostics.hasErrors()) return Main.CONTENT_ERRORS;
        Path target = docs.resolve("site.yaml");
        if (!Files.isDirectory(docs)) {
            err.println(Build.display(docs) + ": error: the docs folder (docs_dir) does not exist");
            return Main.CONTENT_ERRORS;
        }
        try {
            // CREATE_NEW: an existing site.yaml is the author's, never overwritten
            Files.writeString(target, MkDocsConfig.toSiteYaml(config), StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            err.println(Build.display(target) + ": error: already exists; not overwritten (remove it to import again)");
            return Main.CONTENT_ERRORS;
        } catch (IOException e) {
            err.println(Build.display(target) + ": error: cannot write: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
        out.println("Wrote " + Build.display(target) + "; build with: lectern build --content " + Build.display(docs));
        out.flush();
        err.flush();
        return Main.OK;
    }
}

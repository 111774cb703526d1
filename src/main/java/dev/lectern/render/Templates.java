package dev.lectern.render;

import gg.jte.CodeResolver;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The theme's jte templates, compiled once per set of template sources. Compiled classes are kept
 * in a cache folder keyed by a hash of the templates (and of Lectern's own view classes), so an
 * unchanged theme costs no compilation, and an edited template is recompiled on the next build.
 */
public final class Templates {
    private static final String PACKAGE = "gg.jte.generated.precompiled";

    private final TemplateEngine engine;
    private final Path templateDir;

    private Templates(TemplateEngine engine, Path templateDir) {
        this.engine = engine;
        this.templateDir = templateDir;
    }

    public static Templates load(Path templateDir, Path cacheDir) {
        String key = hash(templateDir);
        Path compiled = cacheDir.resolve("jte-" + key);
        ClassLoader parent = Templates.class.getClassLoader();
        if (!Files.isRegularFile(compiled.resolve(".complete"))) {
            compile(templateDir, cacheDir, compiled, parent);
        }
        TemplateEngine engine = TemplateEngine.createPrecompiled(compiled, ContentType.Html, parent, PACKAGE);
        return new Templates(engine, templateDir);
    }

    private static void compile(Path templateDir, Path cacheDir, Path target, ClassLoader parent) {
        try {
            Files.createDirectories(cacheDir);
            Path work = Files.createTempDirectory(cacheDir, "jte-compiling-");
            try {
                CodeResolver resolver = new DirectoryCodeResolver(templateDir);
                TemplateEngine engine = TemplateEngine.create(resolver, work, ContentType.Html, parent, PACKAGE);
                engine.setTrimControlStructures(true);
                engine.precompileAll();
                Files.writeString(work.resolve(".complete"), "");
            } catch (RuntimeException e) {
                deleteTree(work);
                throw e;
            }
            try {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                // Another build compiled the same templates first; theirs are as good as ours.
                deleteTree(work);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String template) {
        return Files.isRegularFile(templateDir.resolve(template));
    }

    /** The page layouts of the theme: its top-level templates, without {@code layout} and {@code 404}. */
    public List<String> layouts() {
        try (Stream<Path> s = Files.list(templateDir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jte"))
                    .map(n -> n.substring(0, n.length() - 4)).filter(n -> !n.equals("layout") && !n.equals("404"))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public String render(String template, Object model) {
        StringOutput out = new StringOutput(16 * 1024);
        render(template, model, out);
        return out.toString();
    }

    public void render(String template, Object model, TemplateOutput out) {
        engine.render(template, model, out);
    }

    private static String hash(Path templateDir) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            try (Stream<Path> s = Files.walk(templateDir)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                md.update(templateDir.relativize(f).toString().getBytes());
                md.update(Files.readAllBytes(f));
            }
            // Templates compile against Lectern's view classes: a new Lectern means a new key.
            for (Class<?> c : List.of(PageView.class, SiteView.class, NavItem.class, Link.class)) {
                try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                    if (in != null) md.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}

package dev.lectern.render;

import dev.lectern.blocks.Markup;
import dev.lectern.util.Html;
import dev.lectern.theme.BuiltinTheme;
import dev.lectern.theme.Theme;
import gg.jte.CodeResolver;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import dev.lectern.markdown.PageRefs;
import java.util.function.Function;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's jte templates. A theme that overrides no template uses the built-in templates compiled
 * into Lectern's jar (no javac at run time). Otherwise the templates, the overriding ones laid over
 * the built-in ones file by file (so a built-in template that includes an overridden partial gets the
 * override), are compiled once per set of template sources: compiled classes are kept in a cache
 * folder keyed by a hash of the templates (and of Lectern's own view classes), so an unchanged theme
 * costs no compilation, and an edited template is recompiled on the next build.
 */
public final class Templates {
    private static final String PACKAGE = "gg.jte.generated.precompiled";
    private static final Pattern IMPORT = Pattern.compile("^@import\\s+(dev\\.lectern\\.[\\w.]+)", Pattern.MULTILINE);

    private final TemplateEngine engine;
    private final Theme.Layer layer;
    /** The words of the text partials by template and params ({@link #text}); a theme's set is small. */
    private final Map<List<Object>, String> texts = new java.util.concurrent.ConcurrentHashMap<>();

    private Templates(TemplateEngine engine, Theme.Layer layer) {
        this.engine = engine;
        this.layer = layer;
    }

    public static Templates load(Theme.Layer templates, Path cacheDir) {
        ClassLoader parent = Templates.class.getClassLoader();
        if (templates.overridden().isEmpty() && precompiled(parent)) {
            return new Templates(TemplateEngine.createPrecompiled(null, ContentType.Html, parent, BuiltinTheme.PACKAGE),
                    templates);
        }
        String key = hash(templates.files());
        Path compiled = cacheDir.resolve("jte-" + key);
        if (!Files.isRegularFile(compiled.resolve(".complete"))) {
            compile(templates.files(), cacheDir, compiled, parent);
        }
        TemplateEngine engine = TemplateEngine.createPrecompiled(compiled, ContentType.Html, parent, PACKAGE);
        return new Templates(engine, templates);
    }

    /** Whether the built-in templates were compiled into the jar (they are, by {@code mvn package}). */
    private static boolean precompiled(ClassLoader loader) {
        return loader.getResource(BuiltinTheme.PACKAGE.replace('.', '/') + "/JtelayoutGenerated.class") != null;
    }

    private static void compile(Map<String, byte[]> templates, Path cacheDir, Path target, ClassLoader parent) {
        try {
            Files.createDirectories(cacheDir);
            Path work = Files.createTempDirectory(cacheDir, "jte-compiling-");
            try {
                CodeResolver resolver = new LayeredResolver(templates);
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

    /** The theme's templates, each from the theme folder when it has it, else from the built-in theme. */
    private record LayeredResolver(Map<String, byte[]> templates) implements CodeResolver {
        @Override
        public String resolve(String name) {
            byte[] b = templates.get(name);
            return b == null ? null : new String(b, StandardCharsets.UTF_8);
        }

        @Override
        public long getLastModified(String name) {
            return 0;
        }

        @Override
        public boolean exists(String name) {
            return templates.containsKey(name);
        }

        @Override
        public List<String> resolveAllTemplateNames() {
            return templates.keySet().stream().filter(n -> n.endsWith(".jte")).sorted().toList();
        }
    }

    public boolean exists(String template) {
        return layer.files().containsKey(template);
    }

    /** The page layouts of the theme: its top-level templates, without {@code layout} and {@code 404}. */
    public List<String> layouts() {
        return layer.files().keySet().stream().filter(n -> n.endsWith(".jte") && !n.contains("/"))
                .map(n -> n.substring(0, n.length() - 4)).filter(n -> !n.equals("layout") && !n.equals("404"))
                .sorted().toList();
    }

    public String render(String template, Object model) {
        StringOutput out = new StringOutput(16 * 1024);
        render(template, model, out);
        return out.toString();
    }

    public void render(String template, Object model, TemplateOutput out) {
        engine.render(template, model, out);
    }

    /** A page's HTML and what its template wrote around the body, recorded while writing it. */
    public record Recorded(String html, PageRefs refs, int bodyAt, int bodyLength) {}

    /**
     * Renders a page recording the ids and link targets its template writes ({@link RecordingOutput});
     * {@code unsafe} gives the records of HTML the template writes with {@code $unsafe{...}}.
     */
    public Recorded renderRecorded(String template, Object model, Function<String, PageRefs> unsafe) {
        StringOutput out = new StringOutput(16 * 1024);
        RecordingOutput recording = new RecordingOutput(out, OwaspHtmlTemplateOutput::new, unsafe);
        engine.render(template, model, recording);
        RecordingOutput.Recorded r = recording.recorded();
        return new Recorded(out.toString(), r.refs(), r.bodyAt(), r.bodyLength());
    }

    /**
     * A partial's HTML, escaped as {@link #partials()} does, with the ids and link targets it writes;
     * HTML it writes with {@code $unsafe{...}} (a block's inline Markdown, a diagram's SVG, the review
     * page's answers) is recorded by its maker, who hands the records on: with its own output
     * ({@code BlockOutput.madeIds()}), or to the partial ({@code made} below).
     */
    public Recorded renderPartialRecorded(String template, Object model) {
        return renderPartialRecorded(template, model, html -> null);
    }

    /** The same, with the records of the Java-made HTML the partial writes as it is, by that HTML ({@code made}). */
    public Recorded renderPartialRecorded(String template, Object model, Function<String, PageRefs> made) {
        StringOutput out = new StringOutput(4096);
        RecordingOutput recording = new RecordingOutput(out, o -> new LecternEscaping(o, true), made, false);
        engine.render(template, model, recording);
        RecordingOutput.Recorded r = recording.recorded();
        return new Recorded(out.toString(), r.refs(), r.bodyAt(), r.bodyLength());
    }

    /**
     * Words from a text partial ({@code partials/text/*.jte}): plain text (values written as they are; the
     * caller escapes the words where it writes them), stripped of the white space around it, made once
     * per template and params for as long as these templates are used.
     */
    public String text(String template, Map<String, Object> params) {
        List<Object> key = List.of(template, params);
        String known = texts.get(key);
        if (known != null) return known;
        StringOutput out = new StringOutput(256);
        engine.render(template, params, new LecternEscaping(out, false));
        String words = out.toString().strip();
        if (texts.size() > 10_000) texts.clear(); // only diagram labels vary: never let them pile up
        texts.put(key, words);
        return words;
    }

    /**
     * The theme's partials for block and generated-page markup (quiz, progress, diagram text), escaped
     * as the Markdown's HTML is ({@link LecternEscaping}), so moving that markup from Java into the
     * theme kept every byte of the site.
     */
    public Markup partials() {
        return new Markup() {
            @Override
            public String render(String template, Object model) {
                StringOutput out = new StringOutput(4096);
                engine.render(template, model, new LecternEscaping(out, true));
                return out.toString();
            }

            @Override
            public String text(String template, Map<String, Object> params) {
                return Templates.this.text(template, params);
            }

            @Override
            public String render(String template, Object model, Found found) {
                Recorded r = renderPartialRecorded(template, model);
                r.refs().ids().forEach(found::id);
                for (PageRefs.Target t : r.refs().targets()) found.target(t.tag(), t.url());
                return r.html();
            }
        };
    }

    /** The built-in theme's templates as compiled into the jar (for tests and tools without a theme folder). */
    public static Templates builtIn() {
        ClassLoader loader = Templates.class.getClassLoader();
        Map<String, byte[]> files = new TreeMap<>();
        BuiltinTheme.files().forEach((name, bytes) -> {
            if (name.startsWith("templates/")) files.put(name.substring("templates/".length()), bytes);
        });
        return new Templates(TemplateEngine.createPrecompiled(null, ContentType.Html, loader, BuiltinTheme.PACKAGE),
                new Theme.Layer(files, java.util.Set.of(), null));
    }

    /**
     * Output of a template run: with {@code escape}, {@code ${...}} values are escaped with {@link Html#escape}
     * in text and attributes alike ({@code &quot;} and {@code &#39;} included), where jte's default escapes
     * quotes only in attributes; without, for words rather than HTML, they are written as they are.
     */
    private record LecternEscaping(TemplateOutput out, boolean escape) implements HtmlTemplateOutput {
        @Override
        public void setContext(String tagName, String attributeName) {}

        @Override
        public void writeContent(String value) {
            out.writeContent(value);
        }

        @Override
        public void writeContent(String value, int beginIndex, int endIndex) {
            out.writeContent(value, beginIndex, endIndex);
        }

        @Override
        public void writeUserContent(String value) {
            if (value != null) out.writeContent(escape ? Html.escape(value) : value);
        }
    }

    private static String hash(Map<String, byte[]> templates) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> f : new TreeMap<>(templates).entrySet()) {
                md.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                md.update(f.getValue());
            }
            // Templates compile against Lectern's view classes: the page's, and every class of ours a
            // template imports (the quiz's, the diagram text's ...), with their nested records.
            Set<String> views = new TreeSet<>();
            for (Class<?> c : List.of(PageView.class, SiteView.class, NavItem.class, Link.class)) views.add(c.getName());
            for (byte[] source : templates.values()) {
                Matcher m = IMPORT.matcher(new String(source, StandardCharsets.UTF_8));
                while (m.find()) views.add(m.group(1));
            }
            for (String name : views) {
                try {
                    hashClass(md, Class.forName(name, false, Templates.class.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    md.update(name.getBytes(StandardCharsets.UTF_8)); // the template compiler reports it
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void hashClass(MessageDigest md, Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream("/" + c.getName().replace('.', '/') + ".class")) {
            if (in != null) md.update(in.readAllBytes());
        }
        for (Class<?> nested : c.getDeclaredClasses()) hashClass(md, nested);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}

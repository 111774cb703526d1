package dev.lectern.diagram;

import dev.lectern.blocks.BlockContext;
import dev.lectern.blocks.BlockKind;
import dev.lectern.blocks.BlockOutput;
import dev.lectern.blocks.FencedBlock;
import dev.lectern.blocks.Markup;
import dev.lectern.quiz.Quiz;
import dev.lectern.quiz.QuizBlock;
import dev.lectern.util.Html;
import dev.lectern.util.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@code diagram} block: infrastructure as YAML, drawn at build time as inline SVG with its
 * single points of failure marked, a text alternative below it, and the data diagram.js needs to
 * fail a component and step through the flow (computed here, so the script only toggles classes).
 */
public final class DiagramBlock implements BlockKind {
    public static final String TEMPLATE = "partials/diagram/figure.jte";
    /** How many diagrams were laid out (not taken from the cache) in this JVM: for tests and timing. */
    static final AtomicInteger LAYOUTS = new AtomicInteger();

    private final LayoutCache cache;
    private final String version;

    /**
     * @param cacheDir where laid-out SVG is kept across builds, or null for none
     * @param version Lectern's version, part of every cache key
     */
    public DiagramBlock(Path cacheDir, String version) {
        this.cache = new LayoutCache(cacheDir);
        this.version = version;
    }

    @Override
    public String name() {
        return "diagram";
    }

    @Override
    public BlockOutput render(FencedBlock block, BlockContext context) {
        try {
            Optional<Diagram> parsed = DiagramParser.parse(block.text(), block.file(), block.contentLine(),
                    block.contentColumn(), "diagram-" + (context.ordinal() + 1), context.diagnostics());
            return parsed.isEmpty() ? BlockOutput.of("") : render(parsed.get(), block, context);
        } catch (RuntimeException | StackOverflowError e) {
            // ELK gives up on some graphs (or overflows its stack on deep nesting): that diagram's error.
            context.diagnostics().error(block.file(), block.fenceLine(), block.contentColumn(),
                    "this diagram could not be drawn (" + e.getClass().getSimpleName() + "); make it smaller "
                            + "or nest its containers less deeply");
            return BlockOutput.of("");
        }
    }

    private BlockOutput render(Diagram d, FencedBlock block, BlockContext context) {
        FailureAnalysis.Result analysis = FailureAnalysis.analyse(d, context.markup());
        SvgWriter.Text text = SvgWriter.Text.of(d, analysis, new Words(context.markup()));
        String mismatch = expectMismatch(d, analysis);
        if (mismatch != null) context.diagnostics().error(block.file(), block.fenceLine(), 1, mismatch);
        String svg = svg(d, analysis, text, block.text());
        String html = html(d, analysis, svg, context.markup());
        List<String> assets = new ArrayList<>(ASSETS);
        Object data = new DiagramData(d, analysis);
        if (d.quizAuto()) {
            Quiz quiz = DiagramQuiz.build(d, analysis, context.pageKey() + "-" + d.id(), context.pageUrl(),
                    context.pageTitle(), block.file(), block.fenceLine(), context.markup());
            if (quiz != null) {
                // The generated text is plain: escape it instead of reading it as Markdown.
                BlockOutput q = QuizBlock.output(quiz, Html::escape, context);
                html += "\n" + q.html();
                assets.addAll(q.assets());
                data = quiz;
            }
        }
        BlockOutput out = new BlockOutput(html, List.copyOf(assets), data, SvgWriter.symbolIds(d, analysis));
        if (context.reviewPrefix() == null) return out;
        BlockOutput.Review review = review(d, analysis, svg, context);
        // a generated quiz stays on the page (the line break before it is kept, as around every block left out)
        return out.withReview(data instanceof Quiz ? new BlockOutput.Review(review.html() + "\n", review.ids()) : review);
    }

    /**
     * The diagram as the Review page shows it in a copied answer: the drawing and the diagram in words, without
     * the parts its page's script needs (controls, data) and without ids but those of the drawing's symbols,
     * which its {@code <use>}s need and which start with the card's prefix ({@link BlockContext#reviewPrefix()}).
     */
    private static BlockOutput.Review review(Diagram d, FailureAnalysis.Result analysis, String svg, BlockContext context) {
        String prefix = context.reviewPrefix();
        // the drawing is made once (and kept in the layout cache); its symbols' ids and the <use>s' references to
        // them, which SvgWriter writes as id="ID-..." and href="#ID-...", get the prefix
        String prefixed = svg.replace(" id=\"" + d.id() + "-", " id=\"" + prefix + d.id() + "-")
                .replace(" href=\"#" + d.id() + "-", " href=\"#" + prefix + d.id() + "-");
        String html = context.markup().render(TEMPLATE, new View(d.id(), d.title(), prefixed, !d.flow().isEmpty(),
                TextAlternative.view(d, analysis, context.markup()).forReview(), null, true));
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String id : SvgWriter.symbolIds(d, analysis)) ids.add(prefix + id);
        return new BlockOutput.Review(html, ids);
    }

    /**
     * Null when the diagram states no {@code expect_spofs} or the analysis finds exactly those;
     * otherwise the message: which SPOFs are missing from the list and which listed nodes are none,
     * each with what its failure does.
     */
    static String expectMismatch(Diagram d, FailureAnalysis.Result analysis) {
        if (d.expectSpofs() == null) return null;
        List<String> missing = analysis.spofs().stream().filter(id -> !d.expectSpofs().contains(id)).toList();
        List<String> extra = d.expectSpofs().stream().filter(id -> !analysis.isSpof(id)).toList();
        if (missing.isEmpty() && extra.isEmpty()) return null;
        StringBuilder s = new StringBuilder("diagram `").append(d.id()).append("`: `expect_spofs` is [")
                .append(String.join(", ", d.expectSpofs())).append("] but the analysis finds [")
                .append(String.join(", ", analysis.spofs())).append("]");
        for (String id : missing) {
            s.append("; `").append(id).append("` is a SPOF (").append(analysis.failures().get(id).consequence())
                    .append(")");
        }
        for (String id : extra) {
            s.append("; `").append(id).append("` is none (").append(analysis.failures().get(id).consequence())
                    .append(")");
        }
        return s.toString();
    }

    public static final List<String> ASSETS = List.of("css/diagram.css", "js/diagram.js");

    /**
     * What later stages may collect about a diagram (with {@code quiz: auto} the block's data is the
     * generated {@link Quiz} instead, so the progress and review pages and the export include it).
     */
    public record DiagramData(Diagram diagram, FailureAnalysis.Result analysis) {}

    /** The drawing, from the cache when its source, version and words are the same. */
    private String svg(Diagram d, FailureAnalysis.Result analysis, SvgWriter.Text words, String text) {
        String key = LayoutCache.key(version, d.id(), text, words.title(), words.description(), words.spofBadge());
        return cache.get(key).orElseGet(() -> {
            String svg = draw(d, analysis, words);
            cache.put(key, svg);
            return svg;
        });
    }

    /**
     * The widest column (px) a wide drawing may need at its smallest readable size: about the width of a
     * question card's column on a laptop. A wider one would seldom be shown; only the top-to-bottom
     * drawing is written then. diagram.css switches at 360, 480 and this.
     */
    static final long MAX_WIDE = 580;

    /**
     * Lays the diagram out. A left-to-right diagram gets a second, top-to-bottom drawing for narrow
     * columns (diagram.css shows it when the canvas is narrower than the wide drawing's smallest
     * readable width); when the wide one would not fit a page column anywhere, only the
     * top-to-bottom one is written.
     */
    static String draw(Diagram d, FailureAnalysis.Result analysis, SvgWriter.Text text) {
        LAYOUTS.incrementAndGet();
        DiagramLayout.Drawing main = DiagramLayout.layout(d, d.direction());
        boolean horizontal = d.direction() == Diagram.Direction.RIGHT || d.direction() == Diagram.Direction.LEFT;
        if (!horizontal) return SvgWriter.write(d, analysis, text, main, "diagram-svg-only", true);
        DiagramLayout.Drawing narrow = DiagramLayout.layout(d, Diagram.Direction.DOWN);
        long fit = SvgWriter.minWidth(main.width());
        if (fit > MAX_WIDE && narrow.width() < main.width()) {
            return SvgWriter.write(d, analysis, text, narrow, "diagram-svg-only", true);
        }
        // The wide drawing defines the symbols both use (it is hidden on phones; its symbols still draw).
        // diagram.css switches at these widths: round up, so the wide drawing never shows below its minimum
        long step = fit <= 360 ? 360 : fit <= 480 ? 480 : 580;
        return SvgWriter.write(d, analysis, text, main, "diagram-svg-wide diagram-fit-" + step, true)
                + SvgWriter.write(d, analysis, text, narrow, "diagram-svg-narrow", false);
    }

    static String html(Diagram d, FailureAnalysis.Result analysis, String svg, Markup markup) {
        return markup.render(TEMPLATE, new View(d.id(), d.title(), svg, !d.flow().isEmpty(),
                TextAlternative.view(d, analysis, markup), json(d, analysis), false));
    }

    /**
     * A diagram as the theme's {@code partials/diagram/figure.jte} shows it.
     *
     * @param title null when the diagram has none
     * @param svg the drawing, made by {@link SvgWriter} (trusted markup)
     * @param flow whether it has a request path to step through
     * @param data what {@code diagram.js} reads, JSON safe inside a script element ({@link #json})
     * @param review whether this is the copy on the Review page: no ids (but the drawing's symbols'), no controls
     *     and no data (the page's script is not there)
     */
    public record View(String id, String title, String svg, boolean flow, TextAlternative.View text, String data,
                       boolean review) {}

    /**
     * What the script needs, compact (it is on the page next to two drawings and the text alternative):
     * <pre>{"nodes": [[id, say, ops, verdict, [failed...], [unreachable...], [degraded...], head?]...],
     *  "says": [sentence...], "edges": [[from, to]...]}</pre>
     * Nodes are in document order (that of the text alternative's list too) and referred to by index;
     * {@code say} and {@code ops} index {@code says}, the distinct sentences (what the visitor sees, what
     * the operators see); {@code verdict} is the ordinal of
     * {@link FailureAnalysis.Verdict} (0 nothing, 1 degraded, 2 and up a SPOF); the lists are the nodes
     * that fail with it, those no request reaches any more and those that lost a cache or monitor. The script shows "Failed: " + label
     * + head + ". " + say (label from the node's {@code aria-label}; head is " and everything in it" or
     * " (one of 3 instances)"). The flow's steps and captions are read from the text alternative's
     * list; the idle sentence is the status element's own text.
     */
    static String json(Diagram d, FailureAnalysis.Result analysis) {
        List<String> ids = d.allNodes().stream().map(Diagram.Node::id).toList();
        List<String> says = new ArrayList<>();
        List<List<Object>> nodes = new ArrayList<>();
        for (String id : ids) {
            Diagram.Node n = d.node(id);
            FailureAnalysis.Failure f = analysis.failures().get(n.id());
            String head = f.head().isEmpty() ? "" : " " + f.head();
            String say = f.visitorSees();
            if (!says.contains(say)) says.add(say);
            if (!says.contains(f.operators())) says.add(f.operators());
            List<Object> node = new ArrayList<>(List.of(n.id(), says.indexOf(say), says.indexOf(f.operators()),
                    f.verdict().ordinal()));
            for (List<String> list : List.of(f.failed(), f.unreachable(), f.degraded())) {
                node.add(list.stream().map(ids::indexOf).toList());
            }
            if (!head.isEmpty()) node.add(head);
            nodes.add(node);
        }
        List<List<Integer>> edges = d.edges().stream().map(e -> List.of(ids.indexOf(e.from()), ids.indexOf(e.to()))).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("nodes", nodes);
        json.put("says", says);
        json.put("edges", edges);
        return Json.write(json);
    }
}

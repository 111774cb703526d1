package dev.lectern.diagram;

import static dev.lectern.util.Html.escape;

import java.util.List;
import java.util.Locale;

/**
 * Writes a laid-out diagram as inline SVG: {@code role="img"} with {@code <title>} and {@code <desc>},
 * text as text, colours from CSS (diagram.css maps them to the theme's variables, so light and dark
 * both work) and no {@code style} attributes, so a strict Content-Security-Policy holds. The markup is
 * kept lean (a page carries each diagram twice): icons and the SPOF badge are symbols defined once per
 * diagram, diagram.css finds boxes and lines by position instead of by class, and coordinates are short.
 * Each node carries the hook {@code data-node} and (when marked) the class {@code is-spof}.
 */
public final class SvgWriter {
    private static final double ARROW = 8;
    /**
     * diagram.css gives a drawing the min-width {@code --dmh + --dmt}: {@code .dmh-N} sets N hundred
     * pixels (N = 1 ... 15), {@code .dmt-N} N more (N = 10, 20 ... 90).
     */
    static final long MIN_WIDTHS_MAX = 1590;
    /** The smallest text of a drawing (notes, captions, tags) is drawn at this size ... */
    static final double SMALLEST_TEXT = 12;
    /** ... and never shown below this many CSS pixels: a drawing shrinks at most to this over that. */
    static final double READABLE_PX = 11;

    private final Diagram d;
    private final FailureAnalysis.Result analysis;
    private final Text text;
    private final StringBuilder out = new StringBuilder(8192);

    private final boolean withSymbols;
    /** The width of the SPOF badge: its word's, measured. */
    private final double spofWidth;

    private SvgWriter(Diagram d, FailureAnalysis.Result analysis, Text text, boolean withSymbols) {
        this.d = d;
        this.analysis = analysis;
        this.text = text;
        this.withSymbols = withSymbols;
        this.spofWidth = Math.ceil(TextMetrics.width(text.spofBadge(), SMALLEST_TEXT, true) + 10);
    }

    /**
     * The drawing's words, plain text from the theme ({@code partials/text/diagram.jte}): its {@code <title>}
     * and {@code <desc>}, and the tag on a single point of failure.
     */
    public record Text(String title, String description, String spofBadge) {
        static Text of(Diagram d, FailureAnalysis.Result analysis, Words words) {
            String title = d.title() != null ? d.title() : words.diagram("title");
            String description = words.diagram("description", "count", d.allNodes().size(), "connections",
                    d.edges().size(), "spof", d.showSpof(),
                    "labels", analysis.spofs().stream().map(id -> d.node(id).label()).toList());
            return new Text(title, description, words.diagram("spof-badge"));
        }
    }

    /**
     * @param withSymbols whether this drawing defines the icon symbols (the first drawing of a diagram
     *     does; a symbol in an SVG hidden with {@code display: none} still draws where it is used)
     */
    public static String write(Diagram d, FailureAnalysis.Result analysis, Text text, DiagramLayout.Drawing drawing,
                               String cssClass, boolean withSymbols) {
        return new SvgWriter(d, analysis, text, withSymbols).svg(drawing, cssClass);
    }

    private String svg(DiagramLayout.Drawing drawing, String cssClass) {
        // Shrunk to fit, text would get too small: below 11/12 of its size the canvas scrolls instead.
        long min = minWidth(drawing.width());
        // The view box starts 8 px above the drawing, so the badges on the top border fit.
        out.append("<svg class=\"diagram-svg ").append(cssClass);
        if (min >= 100) out.append(" dmh-").append(min / 100);
        if (min % 100 != 0) out.append(" dmt-").append(min % 100);
        out.append("\" viewBox=\"0 -8 ").append(num(drawing.width())).append(' ').append(num(drawing.height() + 8))
                .append("\" width=\"").append(num(drawing.width())).append("\" height=\"").append(num(drawing.height() + 8))
                .append("\" role=\"img\">");
        // An SVG's first <title> and <desc> children are its accessible name and description: no ids needed.
        out.append("<title>").append(escape(text.title())).append("</title>");
        out.append("<desc>").append(escape(text.description())).append("</desc>");
        if (withSymbols) symbols();
        // Draw from the outside in: containers, then edges, then the boxes on top, then the captions.
        for (Diagram.Node n : d.allNodes()) if (n.isContainer()) container(n, drawing.boxes().get(n.id()));
        for (DiagramLayout.Route r : drawing.routes()) edge(r);
        for (Diagram.Node n : d.allNodes()) if (!n.isContainer()) node(n, drawing.boxes().get(n.id()));
        for (DiagramLayout.Route r : drawing.routes()) caption(r);
        out.append("</svg>");
        return out.toString();
    }

    /** The width (a multiple of 10 px) a drawing never shrinks below, so that no text is drawn below 11 px. */
    static long minWidth(double width) {
        double least = width * READABLE_PX / SMALLEST_TEXT;
        return Math.min(MIN_WIDTHS_MAX, Math.max(10, (long) Math.ceil(least / 10) * 10));
    }

    /**
     * Each icon the diagram uses, and the SPOF badge, drawn once as a {@code <symbol>} that the nodes of
     * every drawing of this diagram {@code <use>} (ids unique per page: they start with the diagram's id).
     * Their shapes set no colours: strokes and fills come by inheritance from the {@code <use>}.
     */
    private void symbols() {
        out.append("<defs>");
        java.util.Set<Kind> kinds = java.util.EnumSet.noneOf(Kind.class);
        for (Diagram.Node n : d.allNodes()) kinds.add(n.kind());
        for (Kind k : kinds) {
            out.append("<symbol id=\"").append(iconId(d, k)).append("\">").append(Icons.svg(k))
                    .append("</symbol>");
        }
        if (d.showSpof() && !analysis.spofs().isEmpty()) {
            out.append("<symbol id=\"").append(d.id()).append("-spof\"><rect width=\"").append(num(spofWidth))
                    .append("\" height=\"16\" rx=\"8\" fill=\"currentColor\" stroke=\"currentColor\"/><text x=\"").append(num(spofWidth / 2))
                    .append("\" y=\"12.3\">").append(escape(text.spofBadge())).append("</text></symbol>");
        }
        out.append("</defs>");
    }

    /** The ids the drawings of a diagram define: its symbols (see {@link #symbols}). */
    static java.util.Set<String> symbolIds(Diagram d, FailureAnalysis.Result analysis) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Diagram.Node n : d.allNodes()) ids.add(iconId(d, n.kind()));
        if (d.showSpof() && !analysis.spofs().isEmpty()) ids.add(d.id() + "-spof");
        return ids;
    }

    static String iconId(Diagram d, Kind k) {
        return d.id() + "-i-" + k.id();
    }

    /** A node's group: {@code data-node} is the hook, {@code is-spof} the mark, {@code aria-label} its name. */
    private void openNode(Diagram.Node n, DiagramLayout.Box b, String cls) {
        boolean spof = d.showSpof() && analysis.isSpof(n.id());
        String classes = (cls + (spof ? " is-spof" : "")).strip();
        out.append("<g");
        if (!classes.isEmpty()) out.append(" class=\"").append(classes).append('"');
        // diagram.js makes it focusable (tabindex) when it can act on it
        out.append(" data-node=\"").append(escape(n.id())).append("\" aria-label=\"").append(escape(n.label()))
                .append("\" transform=\"translate(").append(num(b.x())).append(' ').append(num(b.y())).append(")\">");
    }

    private void container(Diagram.Node n, DiagramLayout.Box b) {
        openNode(n, b, "diagram-group");
        double stack = n.replicas() > 1 ? DiagramLayout.STACK : 0;
        stack(n, b, stack);
        double w = b.w() - stack * 2;
        double h = b.h() - stack * 2;
        double y = stack * 2;
        box(y, w, h, 10);
        icon(n.kind(), 12, y + 9, 24);
        double ty = y + 10;
        text(null, 12 + 24 + 8, ty, b.label(), DiagramLayout.LABEL_LINE);
        text("diagram-note", 12 + 24 + 8, ty + b.label().size() * DiagramLayout.LABEL_LINE, b.note(),
                DiagramLayout.NOTE_LINE);
        badges(n, w, y);
        out.append("</g>");
    }

    private void node(Diagram.Node n, DiagramLayout.Box b) {
        openNode(n, b, "");
        double stack = n.replicas() > 1 ? DiagramLayout.STACK : 0;
        stack(n, b, stack);
        double w = b.w() - stack * 2;
        double h = b.h() - stack * 2;
        double y = stack * 2;
        box(y, w, h, 7);
        icon(n.kind(), DiagramLayout.PAD, y + (h - DiagramLayout.ICON) / 2, DiagramLayout.ICON);
        double textH = b.label().size() * DiagramLayout.LABEL_LINE + b.note().size() * DiagramLayout.NOTE_LINE;
        double tx = DiagramLayout.PAD + DiagramLayout.ICON + DiagramLayout.GAP;
        double ty = y + (h - textH) / 2;
        text(null, tx, ty, b.label(), DiagramLayout.LABEL_LINE);
        text("diagram-note", tx, ty + b.label().size() * DiagramLayout.LABEL_LINE, b.note(), DiagramLayout.NOTE_LINE);
        badges(n, w, y);
        out.append("</g>");
    }

    /** The node's box: the last {@code <rect>} child of its group (diagram.css styles it as such). */
    private void box(double y, double w, double h, int rx) {
        out.append("<rect");
        if (y != 0) out.append(" y=\"").append(num(y)).append('"');
        out.append(" width=\"").append(num(w)).append("\" height=\"").append(num(h)).append("\" rx=\"").append(rx).append("\"/>");
    }

    /** The boxes behind a node with {@code replicas: N}: it reads as a stack. */
    private void stack(Diagram.Node n, DiagramLayout.Box b, double stack) {
        if (stack == 0) return;
        double w = b.w() - stack * 2;
        double h = b.h() - stack * 2;
        for (int i = 2; i >= 1; i--) {
            out.append("<rect class=\"diagram-stack\" x=\"").append(num(stack * i)).append('"');
            if (i != 2) out.append(" y=\"").append(num(stack * (2 - i))).append('"');
            out.append(" width=\"").append(num(w)).append("\" height=\"").append(num(h)).append("\" rx=\"7\"/>");
        }
    }

    /** Tags on the top border: "SPOF" (not colour alone), "x3", "primary"/"replica". */
    private void badges(Diagram.Node n, double w, double y) {
        double right = w - 8;
        if (d.showSpof() && analysis.isSpof(n.id())) {
            right -= spofWidth;
            out.append("<use href=\"#").append(d.id()).append("-spof\" x=\"").append(num(right))
                    .append("\" y=\"").append(num(y - 8)).append("\"/>");
            right -= 4;
        }
        if (n.replicas() > 1) right = badge("\u00d7" + n.replicas(), right, y);
        if (n.role() != null) badge(n.role(), right, y);
    }

    private double badge(String text, double right, double y) {
        double bw = Math.ceil(TextMetrics.width(text, SMALLEST_TEXT, true) + 10);
        double x = right - bw;
        out.append("<g class=\"diagram-badge\"><rect x=\"").append(num(x)).append("\" y=\"").append(num(y - 8))
                .append("\" width=\"").append(num(bw)).append("\" height=\"16\" rx=\"8\"/><text x=\"")
                .append(num(x + bw / 2)).append("\" y=\"").append(num(y + 4.3)).append("\">")
                .append(escape(text)).append("</text></g>");
        return x - 4;
    }

    /**
     * The kind's icon: a {@code <use>} of its symbol (see {@link #symbols()}), coloured by diagram.css.
     * The symbol has no view box, so it draws at its own 28 px; a smaller icon is scaled.
     */
    private void icon(Kind kind, double x, double y, double size) {
        out.append("<use href=\"#").append(iconId(d, kind)).append('"');
        if (size == DiagramLayout.ICON) {
            out.append(" x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        } else {
            out.append(" transform=\"translate(").append(num(x)).append(' ').append(num(y)).append(")scale(")
                    .append(String.format(Locale.ROOT, "%.3f", size / DiagramLayout.ICON).replaceAll("^0|0+$", "")).append(")\"");
        }
        out.append("/>");
    }

    /** Lines of text whose first line's top is at {@code top}; the first line needs no {@code <tspan>}. */
    private void text(String cls, double x, double top, List<String> lines, double lineHeight) {
        if (lines.isEmpty()) return;
        out.append("<text");
        if (cls != null) out.append(" class=\"").append(cls).append('"');
        out.append(" x=\"").append(num(x)).append("\" y=\"").append(num(top + lineHeight * 0.78)).append("\">");
        lines(x, lines, lineHeight);
        out.append("</text>");
    }

    private void lines(double x, List<String> lines, double lineHeight) {
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) out.append("<tspan x=\"").append(num(x)).append("\" dy=\"").append(num(lineHeight)).append("\">");
            out.append(escape(lines.get(i)));
            if (i > 0) out.append("</tspan>");
        }
    }

    /** An edge: its line, then its arrowhead (diagram.css tells them apart as first and second path). */
    private void edge(DiagramLayout.Route r) {
        List<double[]> p = r.points();
        out.append("<g data-edge=\"").append(r.edge()).append('"');
        // off the request path (`..>`, replication): drawn dashed
        if (!d.edges().get(r.edge()).request()) out.append(" class=\"is-dep\"");
        out.append('>');
        if (p.size() >= 2) {
            double[] end = p.get(p.size() - 1);
            double[] before = p.get(p.size() - 2);
            double dx = end[0] - before[0];
            double dy = end[1] - before[1];
            double len = Math.max(Math.hypot(dx, dy), 0.001);
            double ux = dx / len;
            double uy = dy / len;
            double cut = Math.min(ARROW, len);
            Path line = new Path();
            for (int i = 0; i < p.size(); i++) {
                double[] q = p.get(i);
                boolean last = i == p.size() - 1;
                line.to(last ? q[0] - ux * cut : q[0], last ? q[1] - uy * cut : q[1]);
            }
            out.append("<path d=\"").append(line.d).append("\"/>");
            double bx = end[0] - ux * ARROW;
            double by = end[1] - uy * ARROW;
            double half = ARROW * 0.55;
            Path arrow = new Path();
            arrow.to(end[0], end[1]);
            arrow.to(bx - uy * half, by + ux * half);
            arrow.to(bx + uy * half, by - ux * half);
            out.append("<path d=\"").append(arrow.d).append("z\"/>");
        }
        out.append("</g>");
    }

    /**
     * Path data in tenths of a pixel: an absolute start, then relative steps ({@code h}/{@code v} when
     * straight), so long absolute coordinates are not repeated. Steps are taken between rounded points,
     * so the drawing ends where the absolute one would.
     */
    private static final class Path {
        final StringBuilder d = new StringBuilder();
        long x;
        long y;
        boolean started;

        void to(double px, double py) {
            long nx = Math.round(px * 10);
            long ny = Math.round(py * 10);
            if (!started) {
                d.append('M').append(tenths(nx)).append(' ').append(tenths(ny));
                started = true;
            } else if (ny == y) {
                d.append('h').append(tenths(nx - x));
            } else if (nx == x) {
                d.append('v').append(tenths(ny - y));
            } else {
                d.append('l').append(tenths(nx - x));
                String dyText = tenths(ny - y);
                if (!dyText.startsWith("-")) d.append(' ');
                d.append(dyText);
            }
            x = nx;
            y = ny;
        }
    }

    /** A length in tenths as the shortest decimal: 15 -> "1.5", 20 -> "2", -5 -> "-.5". */
    static String tenths(long t) {
        String sign = t < 0 ? "-" : "";
        long a = Math.abs(t);
        if (a % 10 == 0) return sign + (a / 10);
        return sign + (a >= 10 ? Long.toString(a / 10) : "") + "." + (a % 10);
    }

    private void caption(DiagramLayout.Route r) {
        DiagramLayout.Caption c = r.caption();
        if (c == null) return;
        out.append("<g data-caption=\"").append(r.edge()).append("\"><rect x=\"").append(num(c.x()))
                .append("\" y=\"").append(num(c.y())).append("\" width=\"").append(num(c.w())).append("\" height=\"")
                .append(num(c.h())).append("\" rx=\"3\"/>");
        double cx = c.x() + c.w() / 2;
        out.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(c.y() + 2 + DiagramLayout.EDGE_LINE * 0.78))
                .append("\">");
        lines(cx, c.lines(), DiagramLayout.EDGE_LINE);
        out.append("</text></g>");
    }

    static String num(double v) {
        double r = Math.round(v * 10) / 10.0;
        if (r == Math.rint(r)) return Long.toString((long) r);
        return String.format(Locale.ROOT, "%.1f", r);
    }

}

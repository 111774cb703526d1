package dev.lectern.diagram;

import static dev.lectern.markdown.Html.escape;

import java.util.List;
import java.util.Locale;

/**
 * Writes a laid-out diagram as inline SVG: {@code role="img"} with {@code <title>} and {@code <desc>},
 * text as text, colours from CSS classes (diagram.css maps them to the theme's variables, so light
 * and dark both work) and no {@code style} attributes, so a strict Content-Security-Policy holds.
 * Each node carries the hooks {@code data-node}, {@code data-kind} and (when marked) {@code data-spof}.
 */
public final class SvgWriter {
    private static final double ARROW = 8;
    /** diagram.css has a {@code .diagram-min-N} rule (min-width: N px) for N = 50, 100 ... this. */
    static final long MIN_WIDTHS_MAX = 1500;

    private final Diagram d;
    private final FailureAnalysis.Result analysis;
    private final StringBuilder out = new StringBuilder(8192);

    private SvgWriter(Diagram d, FailureAnalysis.Result analysis) {
        this.d = d;
        this.analysis = analysis;
    }

    /**
     * @param variant distinguishes the ids of several drawings of one diagram on a page ({@code wide}, {@code narrow})
     */
    public static String write(Diagram d, FailureAnalysis.Result analysis, DiagramLayout.Drawing drawing,
                               String variant, String cssClass) {
        return new SvgWriter(d, analysis).svg(drawing, variant, cssClass);
    }

    private String svg(DiagramLayout.Drawing drawing, String variant, String cssClass) {
        String base = d.id() + "-" + variant;
        // Shrunk to fit, text would get too small: below 70% of its size the canvas scrolls instead.
        long min = Math.min(MIN_WIDTHS_MAX, Math.max(50, Math.round(Math.floor(drawing.width() * 0.7 / 50) * 50)));
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram-svg ").append(cssClass)
                .append(" diagram-min-").append(min)
                .append("\" viewBox=\"0 0 ").append(num(drawing.width())).append(' ').append(num(drawing.height() + 8))
                .append("\" width=\"").append(num(drawing.width())).append("\" height=\"").append(num(drawing.height() + 8))
                .append("\" role=\"img\" aria-labelledby=\"").append(base).append("-title ").append(base)
                .append("-desc\" data-variant=\"").append(variant).append("\">");
        out.append("<title id=\"").append(base).append("-title\">").append(escape(title())).append("</title>");
        out.append("<desc id=\"").append(base).append("-desc\">").append(escape(description())).append("</desc>");
        // Draw from the outside in: containers, then edges, then the boxes on top.
        out.append("<g transform=\"translate(0 8)\">");
        out.append("<g class=\"diagram-containers\">");
        for (Diagram.Node n : d.allNodes()) if (n.isContainer()) container(n, drawing.boxes().get(n.id()));
        out.append("</g><g class=\"diagram-edges\">");
        for (DiagramLayout.Route r : drawing.routes()) edge(r);
        out.append("</g><g class=\"diagram-nodes\">");
        for (Diagram.Node n : d.allNodes()) if (!n.isContainer()) node(n, drawing.boxes().get(n.id()));
        out.append("</g><g class=\"diagram-captions\">");
        for (DiagramLayout.Route r : drawing.routes()) caption(r);
        out.append("</g></g></svg>");
        return out.toString();
    }

    private String title() {
        return d.title() != null ? d.title() : "Diagram";
    }

    /** One sentence for {@code <desc>}: size, SPOFs, and where the full text is. */
    private String description() {
        long boxes = d.allNodes().size();
        StringBuilder s = new StringBuilder();
        s.append(boxes).append(boxes == 1 ? " component and " : " components and ").append(d.edges().size())
                .append(d.edges().size() == 1 ? " connection" : " connections").append(". ");
        if (d.showSpof()) {
            if (analysis.spofs().isEmpty()) {
                s.append("No single point of failure. ");
            } else {
                s.append("Single points of failure: ");
                s.append(String.join(", ", analysis.spofs().stream().map(id -> d.node(id).label()).toList())).append(". ");
            }
        }
        return s.append("A text description follows the diagram.").toString();
    }

    private void openNode(Diagram.Node n, DiagramLayout.Box b, String cls) {
        boolean spof = d.showSpof() && analysis.isSpof(n.id());
        out.append("<g class=\"").append(cls).append(spof ? " is-spof" : "").append("\" data-node=\"").append(escape(n.id()))
                .append("\" data-kind=\"").append(n.kind().id()).append('"');
        if (spof) out.append(" data-spof=\"true\"");
        if (n.role() != null) out.append(" data-role=\"").append(n.role()).append('"');
        out.append(" tabindex=\"0\" aria-label=\"").append(escape(n.label())).append("\" transform=\"translate(")
                .append(num(b.x())).append(' ').append(num(b.y())).append(")\">");
    }

    private void container(Diagram.Node n, DiagramLayout.Box b) {
        openNode(n, b, "diagram-node diagram-group");
        double stack = n.replicas() > 1 ? DiagramLayout.STACK : 0;
        stack(n, b, stack);
        double x = stack * 2;
        double y = 0;
        double w = b.w() - stack * 2;
        double h = b.h() - stack * 2;
        out.append("<rect class=\"diagram-box diagram-container\" x=\"0\" y=\"").append(num(stack * 2))
                .append("\" width=\"").append(num(w)).append("\" height=\"").append(num(h)).append("\" rx=\"10\"/>");
        y = stack * 2;
        icon(n.kind(), 12, y + 9, 24);
        double ty = y + 10;
        text("diagram-label", 12 + 24 + 8, ty, b.label(), DiagramLayout.LABEL_LINE);
        text("diagram-note", 12 + 24 + 8, ty + b.label().size() * DiagramLayout.LABEL_LINE, b.note(),
                DiagramLayout.NOTE_LINE);
        badges(n, w, y);
        out.append("</g>");
    }

    private void node(Diagram.Node n, DiagramLayout.Box b) {
        openNode(n, b, "diagram-node");
        double stack = n.replicas() > 1 ? DiagramLayout.STACK : 0;
        stack(n, b, stack);
        double w = b.w() - stack * 2;
        double h = b.h() - stack * 2;
        double y = stack * 2;
        out.append("<rect class=\"diagram-box\" x=\"0\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append("\" rx=\"7\"/>");
        icon(n.kind(), DiagramLayout.PAD, y + (h - DiagramLayout.ICON) / 2, DiagramLayout.ICON);
        double textH = b.label().size() * DiagramLayout.LABEL_LINE + b.note().size() * DiagramLayout.NOTE_LINE;
        double tx = DiagramLayout.PAD + DiagramLayout.ICON + DiagramLayout.GAP;
        double ty = y + (h - textH) / 2;
        text("diagram-label", tx, ty, b.label(), DiagramLayout.LABEL_LINE);
        text("diagram-note", tx, ty + b.label().size() * DiagramLayout.LABEL_LINE, b.note(), DiagramLayout.NOTE_LINE);
        badges(n, w, y);
        out.append("</g>");
    }

    /** The boxes behind a node with {@code replicas: N}: it reads as a stack. */
    private void stack(Diagram.Node n, DiagramLayout.Box b, double stack) {
        if (stack == 0) return;
        double w = b.w() - stack * 2;
        double h = b.h() - stack * 2;
        for (int i = 2; i >= 1; i--) {
            out.append("<rect class=\"diagram-box diagram-stack\" x=\"").append(num(stack * i)).append("\" y=\"")
                    .append(num(stack * (2 - i))).append("\" width=\"").append(num(w)).append("\" height=\"")
                    .append(num(h)).append("\" rx=\"7\"/>");
        }
    }

    /** Tags on the top border: "SPOF" (not colour alone), "x3", "primary"/"replica". */
    private void badges(Diagram.Node n, double w, double y) {
        double right = w - 8;
        if (d.showSpof() && analysis.isSpof(n.id())) right = badge("SPOF", "diagram-badge diagram-badge-spof", right, y);
        if (n.replicas() > 1) right = badge("\u00d7" + n.replicas(), "diagram-badge", right, y);
        if (n.role() != null) badge(n.role(), "diagram-badge", right, y);
    }

    private double badge(String text, String cls, double right, double y) {
        double bw = Math.ceil(TextMetrics.width(text, 10, true) + 10);
        double x = right - bw;
        out.append("<g class=\"").append(cls).append("\"><rect x=\"").append(num(x)).append("\" y=\"").append(num(y - 8))
                .append("\" width=\"").append(num(bw)).append("\" height=\"16\" rx=\"8\"/><text x=\"")
                .append(num(x + bw / 2)).append("\" y=\"").append(num(y + 3.5)).append("\" text-anchor=\"middle\">")
                .append(escape(text)).append("</text></g>");
        return x - 4;
    }

    private void icon(Kind kind, double x, double y, double size) {
        out.append("<g class=\"diagram-icon\" aria-hidden=\"true\" transform=\"translate(").append(num(x)).append(' ')
                .append(num(y));
        if (size != DiagramLayout.ICON) out.append(") scale(").append(num3(size / DiagramLayout.ICON));
        out.append(")\">").append(Icons.svg(kind)).append("</g>");
    }

    /** Lines of text whose first line's top is at {@code top}. */
    private void text(String cls, double x, double top, List<String> lines, double lineHeight) {
        if (lines.isEmpty()) return;
        out.append("<text class=\"").append(cls).append("\" x=\"").append(num(x)).append("\" y=\"")
                .append(num(top + lineHeight * 0.78)).append("\">");
        for (int i = 0; i < lines.size(); i++) {
            out.append("<tspan x=\"").append(num(x)).append('"');
            if (i > 0) out.append(" dy=\"").append(num(lineHeight)).append('"');
            out.append('>').append(escape(lines.get(i))).append("</tspan>");
        }
        out.append("</text>");
    }

    private void edge(DiagramLayout.Route r) {
        Diagram.Edge e = d.edges().get(r.edge());
        List<double[]> p = r.points();
        out.append("<g class=\"diagram-edge\" data-edge=\"").append(r.edge()).append("\" data-from=\"").append(escape(e.from()))
                .append("\" data-to=\"").append(escape(e.to())).append("\">");
        if (p.size() >= 2) {
            double[] end = p.get(p.size() - 1);
            double[] before = p.get(p.size() - 2);
            double dx = end[0] - before[0];
            double dy = end[1] - before[1];
            double len = Math.max(Math.hypot(dx, dy), 0.001);
            double ux = dx / len;
            double uy = dy / len;
            double cut = Math.min(ARROW, len);
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < p.size(); i++) {
                double[] q = p.get(i);
                double qx = i == p.size() - 1 ? q[0] - ux * cut : q[0];
                double qy = i == p.size() - 1 ? q[1] - uy * cut : q[1];
                path.append(i == 0 ? 'M' : 'L').append(num(qx)).append(' ').append(num(qy));
            }
            out.append("<path class=\"diagram-edge-line\" d=\"").append(path).append("\"/>");
            double bx = end[0] - ux * ARROW;
            double by = end[1] - uy * ARROW;
            double half = ARROW * 0.55;
            out.append("<path class=\"diagram-arrow\" d=\"M").append(num(end[0])).append(' ').append(num(end[1]))
                    .append('L').append(num(bx - uy * half)).append(' ').append(num(by + ux * half))
                    .append('L').append(num(bx + uy * half)).append(' ').append(num(by - ux * half)).append("z\"/>");
        }
        out.append("</g>");
    }

    private void caption(DiagramLayout.Route r) {
        DiagramLayout.Caption c = r.caption();
        if (c == null) return;
        out.append("<g class=\"diagram-caption\" data-edge=\"").append(r.edge()).append("\"><rect x=\"").append(num(c.x()))
                .append("\" y=\"").append(num(c.y())).append("\" width=\"").append(num(c.w())).append("\" height=\"")
                .append(num(c.h())).append("\" rx=\"3\"/>");
        double cx = c.x() + c.w() / 2;
        out.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(c.y() + 2 + DiagramLayout.EDGE_LINE * 0.78))
                .append("\" text-anchor=\"middle\">");
        for (int i = 0; i < c.lines().size(); i++) {
            out.append("<tspan x=\"").append(num(cx)).append('"');
            if (i > 0) out.append(" dy=\"").append(num(DiagramLayout.EDGE_LINE)).append('"');
            out.append('>').append(escape(c.lines().get(i))).append("</tspan>");
        }
        out.append("</text></g>");
    }

    static String num(double v) {
        double r = Math.round(v * 10) / 10.0;
        if (r == Math.rint(r)) return Long.toString((long) r);
        return String.format(Locale.ROOT, "%.1f", r);
    }

    private static String num3(double v) {
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}

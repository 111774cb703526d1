package dev.lectern.diagram;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places a diagram's boxes, edges and edge labels with ELK Layered: one layered layout of the whole
 * graph across container borders ({@code INCLUDE_CHILDREN}), orthogonal edges, labels placed as
 * part of the layering so they never sit on a box. Sizes come from the wrapped text of each box.
 */
public final class DiagramLayout {
    static final double LABEL_SIZE = 13;
    static final double LABEL_LINE = 16;
    /** Notes, captions and tags are drawn at 12 px: shrunk to 11/12, a drawing is still readable (see SvgWriter). */
    static final double NOTE_SIZE = 12;
    static final double NOTE_LINE = 14;
    static final double EDGE_SIZE = 12;
    static final double EDGE_LINE = 14;
    static final double ICON = 28;
    static final double PAD = 10;
    static final double GAP = 9;
    static final double STACK = 6;
    static final double HEADER = 38;
    static final double LABEL_MAX = 125;
    static final double NOTE_MAX = 135;
    static final double EDGE_MAX = 100;
    /** Narrower wrapping and spacing for top-to-bottom drawings, which are meant for narrow columns. */
    static final double LABEL_MAX_COMPACT = 100;
    static final double NOTE_MAX_COMPACT = 105;
    static final double EDGE_MAX_COMPACT = 80;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    /** A placed box, in absolute coordinates. */
    public record Box(String id, double x, double y, double w, double h, List<String> label, List<String> note) {}

    /** A placed edge label: its box and its lines. */
    public record Caption(double x, double y, double w, double h, List<String> lines) {}

    /** A placed edge: the points of its orthogonal route, in absolute coordinates. */
    public record Route(int edge, List<double[]> points, Caption caption) {}

    /** The laid-out diagram. */
    public record Drawing(double width, double height, Map<String, Box> boxes, List<Route> routes) {}

    private DiagramLayout() {}

    public static Drawing layout(Diagram d, Diagram.Direction direction) {
        Drawing first = layout(d, direction, java.util.Set.of());
        // A container narrower than its own header gets a minimum width, in a second pass only:
        // ELK's MINIMUM_SIZE also makes a container much taller than its contents.
        java.util.Set<String> narrow = new java.util.HashSet<>();
        for (Diagram.Node n : d.allNodes()) {
            if (n.isContainer() && first.boxes().get(n.id()).w() < containerMinWidth(n)) narrow.add(n.id());
        }
        return narrow.isEmpty() ? first : layout(d, direction, narrow);
    }

    /** Room for a container's header: icon, label or note, and a badge or two. */
    private static double containerMinWidth(Diagram.Node n) {
        List<String> label = TextMetrics.wrap(n.label(), LABEL_SIZE, true, 260);
        List<String> note = n.note() == null ? List.of() : TextMetrics.wrap(n.note(), NOTE_SIZE, false, 260);
        return PAD * 2 + 24 + 8 + Math.max(TextMetrics.widest(label, LABEL_SIZE, true), TextMetrics.widest(note, NOTE_SIZE, false))
                + 40 + (n.replicas() > 1 ? STACK * 2 : 0);
    }

    private static Drawing layout(Diagram d, Diagram.Direction direction, java.util.Set<String> minWidth) {
        boolean compact = direction == Diagram.Direction.DOWN || direction == Diagram.Direction.UP;
        double labelMax = compact ? LABEL_MAX_COMPACT : LABEL_MAX;
        double noteMax = compact ? NOTE_MAX_COMPACT : NOTE_MAX;
        double edgeMax = compact ? EDGE_MAX_COMPACT : EDGE_MAX;
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, switch (direction) {
            case RIGHT -> Direction.RIGHT;
            case DOWN -> Direction.DOWN;
            case LEFT -> Direction.LEFT;
            case UP -> Direction.UP;
        });
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(12));
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
        root.setProperty(LayeredOptions.THOROUGHNESS, 20);
        spacing(root, compact);
        // keep the author's order where it costs no crossings: server 1 left of server 2
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);

        Map<String, ElkNode> elk = new LinkedHashMap<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (Diagram.Node n : d.allNodes()) {
            ElkNode parent = n.parent() == null ? root : elk.get(n.parent());
            ElkNode e = ElkGraphUtil.createNode(parent);
            e.setIdentifier(n.id());
            elk.put(n.id(), e);
            double stack = n.replicas() > 1 ? STACK * 2 : 0;
            if (n.isContainer()) {
                List<String> label = TextMetrics.wrap(n.label(), LABEL_SIZE, true, 260);
                labels.put(n.id(), label);
                notes.put(n.id(), n.note() == null ? List.of() : TextMetrics.wrap(n.note(), NOTE_SIZE, false, 260));
                double header = HEADER + (label.size() - 1) * LABEL_LINE + notes.get(n.id()).size() * NOTE_LINE;
                e.setProperty(CoreOptions.PADDING, new ElkPadding(header + stack, 14 + stack, 14, 14));
                if (minWidth.contains(n.id())) {
                    e.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
                    e.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(containerMinWidth(n), header + 40));
                }
                spacing(e, compact);
            } else {
                List<String> label = TextMetrics.wrap(n.label(), LABEL_SIZE, true, labelMax);
                List<String> note = n.note() == null ? List.of() : TextMetrics.wrap(n.note(), NOTE_SIZE, false, noteMax);
                labels.put(n.id(), label);
                notes.put(n.id(), note);
                double textW = Math.max(TextMetrics.widest(label, LABEL_SIZE, true),
                        TextMetrics.widest(note, NOTE_SIZE, false));
                double textH = label.size() * LABEL_LINE + note.size() * NOTE_LINE;
                double w = PAD + ICON + GAP + Math.max(textW, 40) + PAD + 4;
                double h = Math.max(ICON, textH) + PAD * 2;
                e.setDimensions(Math.ceil(w + stack), Math.ceil(h + stack));
            }
        }
        Map<Integer, ElkEdge> edges = new LinkedHashMap<>();
        Map<Integer, List<String>> captions = new LinkedHashMap<>();
        List<Diagram.Edge> lateral = new ArrayList<>();
        for (Diagram.Edge de : d.edges()) {
            if (isLateral(d, de)) {
                lateral.add(de);
                if (de.label() != null) {
                    List<String> lines = TextMetrics.wrap(de.label(), EDGE_SIZE, false, edgeMax);
                    captions.put(de.index(), lines);
                }
                continue;
            }
            ElkEdge e = ElkGraphUtil.createSimpleEdge(elk.get(de.from()), elk.get(de.to()));
            edges.put(de.index(), e);
            if (de.label() != null) {
                List<String> lines = TextMetrics.wrap(de.label(), EDGE_SIZE, false, edgeMax);
                captions.put(de.index(), lines);
                ElkLabel l = ElkGraphUtil.createLabel(de.label(), e);
                l.setDimensions(Math.ceil(TextMetrics.widest(lines, EDGE_SIZE, false) + 8),
                        lines.size() * EDGE_LINE + 4);
                l.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
        }

        if (!lateral.isEmpty()) {
            // room between sibling containers for the edges drawn there (see lateralRoute)
            root.setProperty(CoreOptions.SPACING_NODE_NODE, Math.max(48.0, 24.0 + 12 * lateral.size()));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, Box> boxes = new LinkedHashMap<>();
        for (Map.Entry<String, ElkNode> en : elk.entrySet()) {
            ElkNode n = en.getValue();
            double[] abs = absolute(n);
            boxes.put(en.getKey(), new Box(en.getKey(), round(abs[0]), round(abs[1]), round(n.getWidth()),
                    round(n.getHeight()), labels.get(en.getKey()), notes.get(en.getKey())));
        }
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<Integer, ElkEdge> en : edges.entrySet()) {
            ElkEdge e = en.getValue();
            double[] origin = absolute(e.getContainingNode());
            List<double[]> points = new ArrayList<>();
            for (ElkEdgeSection s : e.getSections()) {
                points.add(point(origin, s.getStartX(), s.getStartY()));
                for (ElkBendPoint b : s.getBendPoints()) points.add(point(origin, b.getX(), b.getY()));
                points.add(point(origin, s.getEndX(), s.getEndY()));
            }
            Caption caption = null;
            if (!e.getLabels().isEmpty()) {
                ElkLabel l = e.getLabels().get(0);
                caption = new Caption(round(origin[0] + l.getX()), round(origin[1] + l.getY()), round(l.getWidth()),
                        round(l.getHeight()), captions.get(en.getKey()));
            }
            routes.add(new Route(en.getKey(), points, caption));
        }
        for (int i = 0; i < lateral.size(); i++) {
            routes.add(lateralRoute(d, lateral.get(i), boxes, captions.get(lateral.get(i).index()), i));
        }
        routes.sort(java.util.Comparator.comparingInt(Route::edge));
        double width = root.getWidth();
        double height = root.getHeight();
        for (Box b : boxes.values()) {
            width = Math.max(width, b.x() + b.w() + 12);
            height = Math.max(height, b.y() + b.h() + 12);
        }
        for (Route r : routes) {
            for (double[] p : r.points()) {
                width = Math.max(width, p[0] + 12);
                height = Math.max(height, p[1] + 12);
            }
            if (r.caption() != null) {
                width = Math.max(width, r.caption().x() + r.caption().w() + 12);
                height = Math.max(height, r.caption().y() + r.caption().h() + 12);
            }
        }
        return new Drawing(Math.ceil(width), Math.ceil(height), boxes, routes);
    }

    /** The outermost container around a node, or the node itself at the top level. */
    private static Diagram.Node top(Diagram d, String id) {
        List<Diagram.Node> up = d.ancestors(id);
        return up.isEmpty() ? d.node(id) : up.get(up.size() - 1);
    }

    /**
     * An edge from inside one top-level container into another. Given to ELK, such an edge would
     * put the two containers in different layers (one below the other, however they are used);
     * drawn by {@link #lateralRoute} instead, the containers stand side by side.
     */
    static boolean isLateral(Diagram d, Diagram.Edge e) {
        Diagram.Node a = top(d, e.from());
        Diagram.Node b = top(d, e.to());
        return a != b && a.isContainer() && b.isContainer() && !a.id().equals(e.from()) && !b.id().equals(e.to());
    }

    /**
     * An orthogonal route through the gap between the two containers: out of the source's side that
     * faces the target's container, along the gap, into the target's facing side. Edges are drawn
     * under the boxes, so a route that passes a box goes behind it.
     */
    private static Route lateralRoute(Diagram d, Diagram.Edge e, Map<String, Box> boxes, List<String> caption, int k) {
        Box a = boxes.get(e.from());
        Box b = boxes.get(e.to());
        Box ca = boxes.get(top(d, e.from()).id());
        Box cb = boxes.get(top(d, e.to()).id());
        double offset = (k % 2 == 0 ? 1 : -1) * ((k + 1) / 2) * 8;
        List<double[]> points = new ArrayList<>();
        double cx;
        double cy;
        boolean sideBySide = cb.x() >= ca.x() + ca.w() || ca.x() >= cb.x() + cb.w();
        if (sideBySide) {
            boolean right = cb.x() >= ca.x() + ca.w();
            double gap = right ? (ca.x() + ca.w() + cb.x()) / 2 : (cb.x() + cb.w() + ca.x()) / 2;
            double x = round(gap + offset);
            // lateral edges that share a box leave and enter it at different heights
            double ay = round(a.y() + a.h() / 2 + clamp(offset, a.h() / 2 - 4));
            double by = round(b.y() + b.h() / 2 + clamp(offset, b.h() / 2 - 4));
            points.add(new double[] {right ? a.x() + a.w() : a.x(), ay});
            if (Math.abs(ay - by) > 0.5) {
                points.add(new double[] {x, ay});
                points.add(new double[] {x, by});
            }
            points.add(new double[] {right ? b.x() : b.x() + b.w(), by});
            cx = x;
            cy = (ay + by) / 2;
        } else {
            boolean down = cb.y() >= ca.y() + ca.h();
            double gap = down ? (ca.y() + ca.h() + cb.y()) / 2 : (cb.y() + cb.h() + ca.y()) / 2;
            double y = round(gap + offset);
            double ax = round(a.x() + a.w() / 2 + clamp(offset, a.w() / 2 - 4));
            double bx = round(b.x() + b.w() / 2 + clamp(offset, b.w() / 2 - 4));
            points.add(new double[] {ax, down ? a.y() + a.h() : a.y()});
            if (Math.abs(ax - bx) > 0.5) {
                points.add(new double[] {ax, y});
                points.add(new double[] {bx, y});
            }
            points.add(new double[] {bx, down ? b.y() : b.y() + b.h()});
            cx = (ax + bx) / 2;
            cy = y;
        }
        Caption c = null;
        if (caption != null) {
            double w = Math.ceil(TextMetrics.widest(caption, EDGE_SIZE, false) + 8);
            double h = caption.size() * EDGE_LINE + 4;
            c = new Caption(round(cx - w / 2), round(cy - h / 2), w, h, caption);
        }
        return new Route(e.index(), points, c);
    }

    private static double clamp(double v, double limit) {
        return Math.max(-limit, Math.min(limit, v));
    }

    private static void spacing(ElkNode n, boolean compact) {
        n.setProperty(CoreOptions.SPACING_NODE_NODE, compact ? 14.0 : 20.0);
        n.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 32.0);
        n.setProperty(CoreOptions.SPACING_EDGE_NODE, 14.0);
        n.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        n.setProperty(CoreOptions.SPACING_EDGE_EDGE, 10.0);
        n.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 10.0);
        n.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);

    }

    private static double[] absolute(ElkNode n) {
        double x = 0;
        double y = 0;
        for (ElkNode p = n; p != null && p.getParent() != null; p = p.getParent()) {
            x += p.getX();
            y += p.getY();
        }
        return new double[] {x, y};
    }

    private static double[] point(double[] origin, double x, double y) {
        return new double[] {round(origin[0] + x), round(origin[1] + y)};
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}

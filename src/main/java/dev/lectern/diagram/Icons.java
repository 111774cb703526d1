package dev.lectern.diagram;

/**
 * One simple line icon per kind, drawn in a 28 x 28 box. The shapes set no colour of their own: they
 * are the content of a {@code <symbol>} drawn with {@code <use>}, where page CSS does not reach, so
 * stroke and fill come by inheritance from the {@code <use>} (diagram.css sets them, and {@code color}
 * for the few filled shapes), which follows light and dark mode and the failed/down states.
 * Nothing is fetched: the shapes are here.
 */
final class Icons {
    private Icons() {}

    static String svg(Kind kind) {
        return switch (kind) {
            case USER -> "<circle cx=\"14\" cy=\"9\" r=\"5\"/><path d=\"M4 25c0-6 4.5-9 10-9s10 3 10 9z\"/>";
            case DNS -> "<circle cx=\"14\" cy=\"14\" r=\"11\"/><ellipse cx=\"14\" cy=\"14\" rx=\"5\" ry=\"11\"/>"
                    + "<path d=\"M3 14h22M5 8h18M5 20h18\"/>";
            case CDN -> "<path d=\"M8 22h13a5 5 0 0 0 .5-10 7 7 0 0 0-13.5-1.5A5.8 5.8 0 0 0 8 22zM11 17h2M15 17h2\"/>";
            case FIREWALL -> "<rect x=\"3\" y=\"5\" width=\"22\" height=\"18\" rx=\"1\"/>"
                    + "<path d=\"M3 11h22M3 17h22M10 5v6M18 5v6M14 11v6M7 11v6M21 11v6M10 17v6M18 17v6\"/>";
            case LOADBALANCER -> "<circle cx=\"6\" cy=\"14\" r=\"3\"/><path d=\"M9 14h4M13 14l9-8M13 14h9M13 14l9 8\"/>"
                    + "<path fill=\"currentColor\" stroke=\"none\" d=\"M25 6l-4-1.5v3zM25 14l-4-1.5v3zM25 22l-4-1.5v3z\"/>";
            case SERVER -> "<rect x=\"4\" y=\"4\" width=\"20\" height=\"9\" rx=\"2\"/><rect x=\"4\" y=\"15\" width=\"20\" height=\"9\" rx=\"2\"/>"
                    + "<path d=\"M8 8.5h1M8 19.5h1M14 8.5h6M14 19.5h6\"/>";
            case WEB -> "<rect x=\"3\" y=\"5\" width=\"22\" height=\"18\" rx=\"2\"/><path d=\"M3 10h22M6 7.5h1M9 7.5h1M12 7.5h1"
                    + "M8 15l2 4 2-4 2 4 2-4 2 4 2-4\"/>";
            case APP -> "<rect x=\"3\" y=\"4\" width=\"22\" height=\"20\" rx=\"2\"/><path d=\"M11 10l-4 4 4 4M17 10l4 4-4 4M15.5 8.5l-3 11\"/>";
            case DB -> "<ellipse cx=\"14\" cy=\"7\" rx=\"9\" ry=\"3.5\"/>"
                    + "<path d=\"M5 7v14c0 2 4 3.5 9 3.5s9-1.5 9-3.5V7M5 14c0 2 4 3.5 9 3.5s9-1.5 9-3.5\"/>";
            case CACHE -> "<path d=\"M16 3L7 16h6l-2 9 9-13h-6z\"/>";
            case QUEUE -> "<rect x=\"2.5\" y=\"9\" width=\"6\" height=\"10\" rx=\"1\"/><rect x=\"11\" y=\"9\" width=\"6\" height=\"10\" rx=\"1\"/>"
                    + "<rect x=\"19.5\" y=\"9\" width=\"6\" height=\"10\" rx=\"1\"/><path d=\"M4 24h20M21 22l3 2-3 2\"/>";
            case MONITOR -> "<rect x=\"3\" y=\"4\" width=\"22\" height=\"16\" rx=\"2\"/><path d=\"M10 24h8M14 20v4M6 13h4l2-5 3 9 2-6 1 2h4\"/>";
            case STORAGE -> "<rect x=\"3\" y=\"8\" width=\"22\" height=\"13\" rx=\"2\"/><path d=\"M3 15h22\"/>"
                    + "<circle fill=\"currentColor\" stroke=\"none\" cx=\"20.5\" cy=\"18\" r=\"1.2\"/><circle fill=\"currentColor\" stroke=\"none\" cx=\"20.5\" cy=\"11.5\" r=\"1.2\"/>";
            case DATACENTER -> "<path d=\"M4 25V9l10-5 10 5v16zM8 12h3M17 12h3M8 17h3M17 17h3M12 25v-4h4v4\"/>";
        };
    }
}

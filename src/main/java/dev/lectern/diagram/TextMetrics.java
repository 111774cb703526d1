package dev.lectern.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Text widths for laying out labels without a font system: the advance widths of Helvetica (the
 * metrics of Arial and Liberation Sans too, which diagram.css asks for first), in 1/1000 em.
 * Characters outside ASCII count as wide ones, so boxes err on the roomy side.
 */
final class TextMetrics {
    private static final int[] ASCII = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0     // p to DEL
    };

    private TextMetrics() {}

    /** The width of {@code text} in pixels at {@code size} px; bold text is about 7% wider. */
    static double width(String text, double size, boolean bold) {
        double units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            units += c >= 32 && c < 127 ? ASCII[c - 32] : 700;
        }
        return units * size / 1000.0 * (bold ? 1.07 : 1.0);
    }

    /** Breaks {@code text} at spaces (and after {@code /}, {@code -}, {@code ,}) into lines no wider than {@code max}. */
    static List<String> wrap(String text, double size, boolean bold, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, size, bold) <= max || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
            // a single word longer than the line is split where it allows
            while (width(line.toString(), size, bold) > max * 1.25 && line.length() > 8) {
                int cut = breakPoint(line.toString(), size, bold, max);
                lines.add(line.substring(0, cut));
                String rest = line.substring(cut);
                line.setLength(0);
                line.append(rest);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    private static int breakPoint(String s, double size, boolean bold, double max) {
        int best = -1;
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i - 1);
            if ((c == '/' || c == '-' || c == ',' || c == '.' || c == ':') && width(s.substring(0, i), size, bold) <= max) best = i;
        }
        if (best > 0) return best;
        int i = 1;
        while (i < s.length() - 1 && width(s.substring(0, i + 1), size, bold) <= max) i++;
        return i;
    }

    static double widest(List<String> lines, double size, boolean bold) {
        double w = 0;
        for (String l : lines) w = Math.max(w, width(l, size, bold));
        return w;
    }
}

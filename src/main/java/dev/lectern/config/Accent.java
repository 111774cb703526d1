package dev.lectern.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accent colour of {@code accent_color} and the palette the theme derives from it: the colour
 * itself for the light scheme (links, buttons, the current page's mark), and for the dark scheme
 * the colour lightened until it reads on the dark background. Contrast ratios follow WCAG 2.
 */
public record Accent(int red, int green, int blue) {
    /** The theme's backgrounds that accent-coloured text sits on. */
    static final Accent LIGHT_BG = new Accent(0xff, 0xff, 0xff);
    static final Accent LIGHT_BG_SOFT = new Accent(0xf6, 0xf8, 0xfa);
    static final Accent DARK_BG = new Accent(0x0f, 0x14, 0x19);
    static final Accent DARK_BG_SOFT = new Accent(0x16, 0x1b, 0x22);
    /** Normal-size text needs 4.5:1 (WCAG 2, 1.4.3). */
    public static final double MIN_CONTRAST = 4.5;

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern RGB = Pattern.compile(
            "rgb\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)", Pattern.CASE_INSENSITIVE);

    /** A colour written {@code #0a58a8}, {@code #05a} or {@code rgb(10, 88, 168)}; null if it is none of these. */
    public static Accent parse(String text) {
        if (text == null) return null;
        String s = text.strip();
        Matcher h = HEX.matcher(s);
        if (h.matches()) {
            String hex = h.group(1);
            if (hex.length() == 3) hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
            int v = Integer.parseInt(hex, 16);
            return new Accent(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
        }
        Matcher r = RGB.matcher(s);
        if (r.matches()) {
            int red = Integer.parseInt(r.group(1));
            int green = Integer.parseInt(r.group(2));
            int blue = Integer.parseInt(r.group(3));
            if (red > 255 || green > 255 || blue > 255) return null;
            return new Accent(red, green, blue);
        }
        return null;
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    double luminance() {
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
    }

    private static double channel(int c) {
        double s = c / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    public double contrast(Accent other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** This colour mixed with {@code other}; {@code share} of other, from 0 to 1. */
    Accent mix(Accent other, double share) {
        return new Accent((int) Math.round(red + (other.red - red) * share),
                (int) Math.round(green + (other.green - green) * share),
                (int) Math.round(blue + (other.blue - blue) * share));
    }

    /** The worst contrast of the colour as text on the light scheme's backgrounds. */
    public double lightContrast() {
        return Math.min(contrast(LIGHT_BG), contrast(LIGHT_BG_SOFT));
    }

    /** The dark scheme's accent: this colour, lightened in steps of 5% until it reads on the dark backgrounds. */
    public Accent dark() {
        Accent white = new Accent(255, 255, 255);
        for (int i = 0; i <= 20; i++) {
            Accent a = mix(white, i * 0.05);
            if (Math.min(a.contrast(DARK_BG), a.contrast(DARK_BG_SOFT)) >= MIN_CONTRAST + 0.5) return a;
        }
        return white;
    }

    public double darkContrast() {
        Accent d = dark();
        return Math.min(d.contrast(DARK_BG), d.contrast(DARK_BG_SOFT));
    }

    /**
     * The stylesheet that sets the theme's accent variables from this colour (published as an asset,
     * loaded after the theme's, so no inline style is needed).
     */
    public String css() {
        Accent dark = dark();
        Accent white = new Accent(255, 255, 255);
        // Text on an accent-coloured button: white or the dark background, whichever reads better.
        String onLight = contrast(white) >= contrast(DARK_BG) ? "#ffffff" : DARK_BG.hex();
        String darkVars = "--accent: " + dark.hex() + "; --accent-soft: " + dark.mix(DARK_BG, 0.75).hex()
                + "; --accent-text: " + DARK_BG.hex() + ";";
        return ":root { --accent: " + hex() + "; --accent-soft: " + mix(white, 0.85).hex() + "; --accent-text: "
                + onLight + "; }\n"
                + "@media (prefers-color-scheme: dark) { :root:not([data-theme=\"light\"]) { " + darkVars + " } }\n"
                + ":root[data-theme=\"dark\"] { " + darkVars + " }\n";
    }
}

package com.credence.tagset;

import java.util.Locale;

/**
 * Colour arithmetic for tags, so that what a tag's colour is used for stays readable whatever colour
 * an editor picks: the tint behind a chip, and text in the tag's hue dark enough for WCAG's 4.5:1
 * on that tint (and so on white).
 */
public final class TagColours {

    /** How much of the tag's colour the tint behind its chips holds (the rest is white). */
    public static final double TINT = 0.13;

    private TagColours() {
    }

    /** The colour mixed with white: {@code share} of the colour, as #rrggbb. Unusable input gives grey. */
    public static String tint(String hex, double share) {
        int[] c = rgb(hex);
        return hex(255 - (255 - c[0]) * share, 255 - (255 - c[1]) * share, 255 - (255 - c[2]) * share);
    }

    /** Text colours already worked out, by tag colour: a page lists a thousand annotations in a handful of colours. */
    private static final java.util.Map<String, String> TEXT = new java.util.concurrent.ConcurrentHashMap<>();

    /** The tag's colour, darkened (mixed with black) only as far as needed for 4.5:1 against its tint. */
    public static String text(String hex) {
        if (hex == null) {
            return darkened(null);
        }
        String known = TEXT.get(hex);
        if (known == null) {
            if (TEXT.size() > 1024) { // colours typed in by editors: a bound, not an expectation
                TEXT.clear();
            }
            known = darkened(hex);
            TEXT.put(hex, known);
        }
        return known;
    }

    private static String darkened(String hex) {
        int[] c = rgb(hex);
        double background = luminance(rgb(tint(hex, TINT)));
        for (double keep = 1.0; keep > 0; keep -= 0.04) {
            double r = c[0] * keep;
            double g = c[1] * keep;
            double b = c[2] * keep;
            if (ratio(luminance(new int[] {(int) Math.round(r), (int) Math.round(g), (int) Math.round(b)}), background) >= 4.6) {
                return hex(r, g, b);
            }
        }
        return "#000000";
    }

    /** WCAG contrast ratio of two colours. */
    public static double contrast(String a, String b) {
        return ratio(luminance(rgb(a)), luminance(rgb(b)));
    }

    private static double ratio(double l1, double l2) {
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    private static double luminance(int[] c) {
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255.0;
            lin[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }

    private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("#[0-9a-fA-F]{6}");

    private static int[] rgb(String hex) {
        if (hex == null || !HEX.matcher(hex).matches()) {
            return new int[] {0x88, 0x88, 0x88};
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
    }

    private static String hex(double r, double g, double b) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", clamp(r), clamp(g), clamp(b));
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** Colour-vision deficiencies simulated when tags are compared (Machado, Oliveira and Fernandes 2009, full severity). */
    public enum Vision {
        TYPICAL("typical colour vision", null),
        PROTANOPIA("protanopia (red-blind)", new double[] {0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116,
                1.051998}),
        DEUTERANOPIA("deuteranopia (green-blind)", new double[] {0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.011820,
                0.042940, 0.968881}),
        TRITANOPIA("tritanopia (blue-blind)", new double[] {1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733,
                0.691367, 0.303900});

        private final String words;
        private final double[] matrix;

        Vision(String words, double[] matrix) {
            this.words = words;
            this.matrix = matrix;
        }

        public String words() {
            return words;
        }
    }

    /** Below this colour difference (CIE76 ΔE) two tags are too alike to tell apart at a glance. */
    public static final double TOO_CLOSE = 20;

    /**
     * What to tell an editor about a tag colour: too light for its underline and markers to stand out
     * on white (WCAG's 3:1 for graphics), or too close to another tag's colour for typical vision or for
     * one of the common colour-vision deficiencies. Empty when the colour is fine.
     */
    public static java.util.List<String> warnings(String hex, java.util.Map<String, String> otherTags) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            out.add("A colour is written like #3b6fd8.");
            return out;
        }
        double onWhite = contrast(hex, "#ffffff");
        if (onWhite < 3) {
            out.add(String.format(Locale.ROOT, "Light: %.1f:1 on white, under the 3:1 that underlines and markers need to stand out. "
                    + "Text in this tag is darkened automatically, the lines are not.", onWhite));
        }
        for (var other : otherTags.entrySet()) {
            for (Vision v : Vision.values()) {
                double d = distance(hex, other.getValue(), v);
                if (d < TOO_CLOSE) {
                    out.add(String.format(Locale.ROOT, "Too close to %s (%s) for %s: ΔE %.1f, %.0f or more is wanted.", other.getKey(),
                            other.getValue(), v.words(), d, TOO_CLOSE));
                    break;
                }
            }
        }
        return out;
    }

    /** The CIE76 colour difference of two colours as someone with this vision sees them. */
    public static double distance(String a, String b, Vision vision) {
        double[] la = lab(seen(rgb(a), vision));
        double[] lb = lab(seen(rgb(b), vision));
        return Math.sqrt(Math.pow(la[0] - lb[0], 2) + Math.pow(la[1] - lb[1], 2) + Math.pow(la[2] - lb[2], 2));
    }

    /** Linear RGB of the colour as seen with this vision. */
    private static double[] seen(int[] c, Vision vision) {
        double[] lin = {linear(c[0]), linear(c[1]), linear(c[2])};
        if (vision.matrix == null) {
            return lin;
        }
        double[] m = vision.matrix;
        return new double[] {
            clamp01(m[0] * lin[0] + m[1] * lin[1] + m[2] * lin[2]),
            clamp01(m[3] * lin[0] + m[4] * lin[1] + m[5] * lin[2]),
            clamp01(m[6] * lin[0] + m[7] * lin[1] + m[8] * lin[2])};
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** CIE L*a*b* (D65) from linear RGB. */
    private static double[] lab(double[] lin) {
        double x = (0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]) / 0.95047;
        double y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
        double z = (0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}

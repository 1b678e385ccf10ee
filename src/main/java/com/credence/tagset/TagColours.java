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

    /** The tag's colour, darkened (mixed with black) only as far as needed for 4.5:1 against its tint. */
    public static String text(String hex) {
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

    private static int[] rgb(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
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
}

package com.credence.tagset;

import com.credence.base.InvalidInputException;
import java.util.Locale;

/**
 * The line under a tag's claims in the text: the cue that tells tags apart without colour (WCAG 1.4.1),
 * chosen per tag in the tag set editor. Its {@link #css()} name is what the browser draws.
 */
public enum TagLine {
    SOLID("Solid"), DASHED("Dashed"), DOTTED("Dotted"), DOUBLE("Double"), WAVY("Wavy");

    private final String label;

    TagLine(String label) {
        this.label = label;
    }

    /** How the editor names it. */
    public String label() {
        return label;
    }

    /** The CSS text-decoration-style, also how it is stored and sent: solid, dashed, dotted, double, wavy. */
    public String css() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The CSS text-decoration that draws this line in a colour, as chips and previews show it. */
    public String decoration(String colour) {
        return "underline " + css() + " " + colour + " 2px";
    }

    /** The line of the tag at this place in the tag set when nobody chose one: each in turn. */
    public static TagLine inTurn(int position) {
        return values()[Math.floorMod(position, values().length)];
    }

    /** The line with this CSS name; a clear message for anything else. */
    public static TagLine of(String css) {
        for (TagLine l : values()) {
            if (l.css().equals(css.strip().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new InvalidInputException("An underline is one of solid, dashed, dotted, double or wavy.");
    }
}

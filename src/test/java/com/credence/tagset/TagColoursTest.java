package com.credence.tagset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text in a tag's colour is readable on its tint (4.5:1) whatever colour is picked, and no darker than it must be. */
class TagColoursTest {

    @Test
    void textInAnyTagColourReachesFourAndAHalfToOneOnItsTint() {
        for (String colour : new String[] {"#3b6fd8", "#1d8a5b", "#c9541d", "#ffeb3b", "#ffffff", "#00ffff", "#ff00ff", "#000000",
                "#777777", "#f4a261", "not a colour"}) {
            String text = TagColours.text(colour);
            String tint = TagColours.tint(colour, TagColours.TINT);
            assertThat(TagColours.contrast(text, tint)).as(colour + " → " + text + " on " + tint).isGreaterThanOrEqualTo(4.5);
            assertThat(TagColours.contrast(text, "#ffffff")).as(colour + " on white").isGreaterThanOrEqualTo(4.5);
        }
        // a colour that is dark enough already is kept as it is
        assertThat(TagColours.text("#1b2330")).isEqualTo("#1b2330");
        assertThat(TagColours.tint("#000000", 0.5)).isEqualTo("#808080");
        assertThat(TagColours.contrast("#000000", "#ffffff")).isEqualTo(21.0);
    }
}

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
        // worked out once a colour, and each colour keeps its own answer, asked again and in turn
        String yellow = TagColours.text("#ffeb3b");
        for (int i = 0; i < 3; i++) {
            assertThat(TagColours.text("#1b2330")).isEqualTo("#1b2330");
            assertThat(TagColours.text("#ffeb3b")).isEqualTo(yellow).isNotEqualTo("#ffeb3b");
        }
        assertThat(TagColours.tint("#000000", 0.5)).isEqualTo("#808080");
        assertThat(TagColours.contrast("#000000", "#ffffff")).isEqualTo(21.0);
    }

    @Test
    void warnsAboutLightColoursAndTagsTooAlikeForCommonColourBlindness() {
        java.util.Map<String, String> seeded = java.util.Map.of("Reported", "#3b6fd8", "Attributed", "#1d8a5b", "Contested", "#c9541d");
        // the seeded colours are told apart with typical vision and the common red-green deficiencies; the rare
        // tritanopia finds the blue and the green close (ΔE 18), which the editor is told (the line styles still differ)
        for (var e : seeded.entrySet()) {
            java.util.Map<String, String> others = new java.util.HashMap<>(seeded);
            others.remove(e.getKey());
            assertThat(TagColours.warnings(e.getValue(), others)).as(e.getKey())
                    .noneMatch(w -> w.contains("typical") || w.contains("protanopia") || w.contains("deuteranopia"));
        }
        assertThat(TagColours.warnings("#3b6fd8", java.util.Map.of("Attributed", "#1d8a5b"))).singleElement().asString()
                .contains("tritanopia");
        // a red beside a green of the same lightness: fine for typical vision, not for deuteranopia or protanopia
        assertThat(TagColours.distance("#c0392b", "#6b8e23", TagColours.Vision.TYPICAL)).isGreaterThan(TagColours.TOO_CLOSE);
        assertThat(TagColours.warnings("#c0392b", java.util.Map.of("Olive", "#6b8e23")))
                .singleElement().asString().contains("Too close to Olive").containsAnyOf("deuteranopia", "protanopia");
        // nearly the same blue as Reported: too close for everyone
        assertThat(TagColours.warnings("#3c70d9", seeded)).anyMatch(w -> w.contains("Reported") && w.contains("typical"));
        // a light yellow: its lines would not stand out on white
        assertThat(TagColours.warnings("#ffeb3b", java.util.Map.of())).singleElement().asString().startsWith("Light:");
        assertThat(TagColours.warnings("red", java.util.Map.of())).containsExactly("A colour is written like #3b6fd8.");
    }
}

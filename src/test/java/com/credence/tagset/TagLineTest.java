package com.credence.tagset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credence.IntegrationTest;
import com.credence.base.InvalidInputException;
import com.credence.security.Roles;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Each tag's underline, the cue that tells tags apart without colour, is the editor's to choose. */
@IntegrationTest
@WithMockUser(username = "line-editor", roles = Roles.EDITOR)
class TagLineTest {

    @Autowired
    TagService tags;

    @Test
    void aNewTagGetsAnUnderlineNoActiveTagHasAndKeepsItUntilChanged() {
        Set<TagLine> taken = EnumSet.noneOf(TagLine.class);
        tags.active().forEach(t -> taken.add(t.line()));
        String key = "hearsay-" + UUID.randomUUID().toString().substring(0, 5);
        TagView made = tags.create(key, new TagDraft("Hearsay", "#5a3e8c", null, null, "Second-hand."));
        if (taken.size() < TagLine.values().length) {
            assertThat(taken).doesNotContain(made.line());
        }

        // an edit that does not say keeps the line; one that does changes it; retiring keeps it
        assertThat(tags.update(key, new TagDraft("Hearsay!", "#5a3e8c", null, null, "")).line()).isEqualTo(made.line());
        TagLine other = made.line() == TagLine.WAVY ? TagLine.DOTTED : TagLine.WAVY;
        assertThat(tags.update(key, new TagDraft("Hearsay", "#5a3e8c", other, null, "")).line()).isEqualTo(other);
        assertThat(tags.setRetired(key, true).line()).isEqualTo(other);
        assertThat(tags.byKey(key).orElseThrow().line()).isEqualTo(other);
    }

    @Test
    void theSeededTagsHaveLinesOfTheirOwn() {
        // as config/tags.json gives them (a seed without lines gets each in turn): no two of its tags share one
        assertThat(tags.all().stream().filter(t -> Set.of("reported", "attributed", "contested").contains(t.key())).map(TagView::line))
                .containsExactly(TagLine.SOLID, TagLine.DASHED, TagLine.DOTTED);
    }

    @Test
    void anUnknownLineIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> TagLine.of("zigzag")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("solid, dashed, dotted, double or wavy");
        assertThat(TagLine.of(" Wavy ")).isEqualTo(TagLine.WAVY);
    }
}

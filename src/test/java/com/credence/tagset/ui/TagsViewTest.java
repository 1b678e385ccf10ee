package com.credence.tagset.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.tagset.TagLine;
import com.credence.tagset.TagService;
import com.credence.tagset.TagView;
import com.credence.security.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@ViewPackages(classes = TagsView.class)
@WithMockUser(username = "tag-editor", roles = Roles.EDITOR)
class TagsViewTest extends SpringBrowserlessTest {

    @Autowired
    TagService tags;

    @Test
    void anEditorAddsATagThatIsThenOfferedAndRetiresIt() {
        String key = "satire-" + UUID.randomUUID().toString().substring(0, 5);
        TagsView view = navigate(TagsView.class);
        test($(Button.class).id("new-tag")).click();
        test($(TextField.class).withLabel("Key").single()).setValue(key);
        test($(TextField.class).withLabel("Name").single()).setValue("Satire");
        // a colour too close to a tag there is gets a warning, with the look previewed; a distinct one none
        test($(TextField.class).withLabel("Colour").single()).setValue(tags.active().getFirst().colour());
        assertThat($(com.vaadin.flow.component.html.Div.class).id("colour-warnings").getElement().getTextRecursively())
                .contains("Too close to " + tags.active().getFirst().name());
        test($(TextField.class).withLabel("Colour").single()).setValue("#444444");
        assertThat($(com.vaadin.flow.component.html.Div.class).id("colour-warnings").getElement().getTextRecursively())
                .doesNotContain("Reported", "Attributed", "Contested", "Light");
        assertThat($(com.vaadin.flow.component.html.Div.class).id("colour-preview").getElement().getTextRecursively()).contains("Satire");
        // the same underline as a tag there is: warned that only colour tells them apart; another one not
        TagView first = tags.active().getFirst();
        TagLine other = first.line() == TagLine.WAVY ? TagLine.DOUBLE : TagLine.WAVY;
        @SuppressWarnings("unchecked")
        Select<TagLine> line = $(Select.class).id("tag-line");
        test(line).selectItem(first.line().label());
        assertThat($(com.vaadin.flow.component.html.Div.class).id("colour-warnings").getElement().getTextRecursively())
                .contains(first.name() + " has the same " + first.line().label().toLowerCase(java.util.Locale.ROOT) + " underline");
        test(line).selectItem(other.label());
        assertThat($(com.vaadin.flow.component.html.Div.class).id("colour-warnings").getElement().getTextRecursively())
                .doesNotContain(first.name() + " has the same");
        test($(TextArea.class).withLabel("Definition").single()).setValue("Not meant as a factual claim.");
        test($(Button.class).id("save-tag")).click();

        assertThat(tags.active()).extracting(TagView::key).contains(key);
        assertThat(tags.byKey(key).orElseThrow().line()).isEqualTo(other);
        assertThat(test(view.grid).size()).isEqualTo(tags.all().size());

        tags.setRetired(key, true);
        assertThat(tags.active()).extracting(TagView::key).doesNotContain(key);
        assertThat(tags.all()).extracting(TagView::key).contains(key);
    }
}

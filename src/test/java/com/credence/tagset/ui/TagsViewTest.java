package com.credence.tagset.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.tagset.TagService;
import com.credence.tagset.TagView;
import com.credence.security.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
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
        test($(TextArea.class).withLabel("Definition").single()).setValue("Not meant as a factual claim.");
        test($(Button.class).id("save-tag")).click();

        assertThat(tags.active()).extracting(TagView::key).contains(key);
        assertThat(test(view.grid).size()).isEqualTo(tags.all().size());

        tags.setRetired(key, true);
        assertThat(tags.active()).extracting(TagView::key).doesNotContain(key);
        assertThat(tags.all()).extracting(TagView::key).contains(key);
    }
}

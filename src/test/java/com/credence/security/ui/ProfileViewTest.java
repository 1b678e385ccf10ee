package com.credence.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.security.ApiTokenView;
import com.credence.security.ApiTokens;
import com.credence.security.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@ViewPackages(classes = ProfileView.class)
@WithMockUser(username = "profile-user", roles = Roles.FACT_CHECKER)
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokens tokens;

    @Test
    void aTokenIsMadeShownOnceListedWithoutItAndRevoked() {
        String name = "script " + UUID.randomUUID().toString().substring(0, 6);
        ProfileView view = navigate(ProfileView.class);
        assertThat(view.everyone).isNull(); // not an admin: only my own tokens
        test($(TextField.class).id("token-name")).setValue(name);
        test($(Button.class).id("make-token")).click();

        String secret = $(TextField.class).id("new-token").getValue();
        assertThat(secret).startsWith(ApiTokens.PREFIX);
        test($(Button.class).id("token-copied")).click();
        ApiTokenView made = tokens.mine().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(made.lastUsedAt()).isNull();
        assertThat(test(view.mine).size()).isEqualTo(tokens.mine().size());
        // the grid shows the name, never the token
        assertThat(test(view.mine).getCellText(0, 0)).isEqualTo(name);

        test((Button) test(view.mine).getCellComponent(0, 6)).click();
        assertThat(tokens.mine().stream().filter(t -> t.id() == made.id()).findFirst().orElseThrow().revokedAt()).isNotNull();
    }
}

package com.credence.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.security.Roles;
import com.credence.security.UserAdministration;
import com.credence.security.UserSummary;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@ViewPackages(classes = UsersView.class)
@WithMockUser(username = "view-admin", roles = Roles.ADMIN)
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAdministration administration;
    @Autowired
    TestAccounts accounts;

    private boolean exists(String username) {
        return accounts.asSystemAdmin(() -> administration.list(PageRequest.of(0, 10_000))).stream()
                .anyMatch(u -> u.username().equals(username));
    }

    private void fillNewUser(String username, String password) {
        test($(Button.class).id("new-user")).click();
        test($(TextField.class).withLabel("Username").single()).setValue(username);
        test($(TextField.class).withLabel("Display name").single()).setValue("Viewed User");
        test($(PasswordField.class).withLabel("Password").single()).setValue(password);
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> roles = $(CheckboxGroup.class).withLabel("Roles").single();
        roles.setValue(Set.of(Roles.EDITOR));
        test($(Button.class).id("create-user")).click();
    }

    @Test
    void adminCreatesAUserFromTheDialogAndSeesItInTheList() {
        UsersView view = navigate(UsersView.class);
        fillNewUser("made-in-view", "view-password-1");

        assertThat(exists("made-in-view")).isTrue();
        UserSummary made = accounts.asSystemAdmin(() -> administration.list(PageRequest.of(0, 10_000))).stream()
                .filter(u -> u.username().equals("made-in-view")).findFirst().orElseThrow();
        assertThat(made.roles()).containsExactly(Roles.EDITOR);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(1);
        boolean listed = false;
        for (int row = 0; row < test(view.grid).size(); row++) {
            listed |= test(view.grid).getRow(row).username().equals("made-in-view");
        }
        assertThat(listed).isTrue();
    }

    @Test
    void badInputShowsTheReasonAndCreatesNothing() {
        navigate(UsersView.class);
        fillNewUser("too-short-pw", "short");

        assertThat(exists("too-short-pw")).isFalse();
        assertThat(test($(Notification.class).last()).getText()).contains("at least 8");
    }
}

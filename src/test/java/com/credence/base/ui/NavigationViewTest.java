package com.credence.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.security.Roles;
import com.credence.security.ui.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Who lands where, and which navigation each role is shown. */
@IntegrationTest
@ViewPackages(packages = "com.credence")
class NavigationViewTest extends SpringBrowserlessTest {

    private List<String> navigation() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithAnonymousUser
    void anonymousUsersLandOnSignIn() {
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithAnonymousUser
    void anonymousUsersCannotOpenAnAdminPage() {
        navigate("admin/users", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "nav-checker", roles = Roles.FACT_CHECKER)
    void factCheckerLandsOnHomeAndSeesNoAdministration() {
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("HomeView");
        assertThat(navigation()).containsExactly("Home", "My work", "Articles", "Sources", "Import");
    }

    @Test
    @WithMockUser(username = "nav-editor", roles = Roles.EDITOR)
    void editorSeesTheEditorialNavigation() {
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("HomeView");
        assertThat(navigation()).containsExactly("Home", "My work", "Articles", "Sources", "Review queue", "Import", "Exports", "Tag set",
                "Review reasons");
    }

    @Test
    @WithMockUser(username = "nav-admin", roles = Roles.ADMIN)
    void adminAlsoSeesUsers() {
        assertThat(navigation()).containsExactly("Home", "My work", "Articles", "Sources", "Review queue", "Import", "Exports", "Tag set",
                "Review reasons", "Users");
    }

    @Test
    @WithMockUser(username = "nav-editor2", roles = Roles.EDITOR)
    void movingBetweenViewsKeepsTheNavigationAsItIsNotMadeAnew() {
        List<SideNavItem> before = $(SideNavItem.class).all();
        navigate("articles", com.vaadin.flow.component.Component.class);
        navigate("sources", com.vaadin.flow.component.Component.class);
        // the same items (the browser keeps its elements), still the editor's
        List<SideNavItem> after = $(SideNavItem.class).all();
        assertThat(after).hasSameSizeAs(before).isNotEmpty();
        for (int i = 0; i < after.size(); i++) {
            assertThat(after.get(i)).isSameAs(before.get(i));
        }
        assertThat(navigation()).containsExactly("Home", "My work", "Articles", "Sources", "Review queue", "Import", "Exports", "Tag set",
                "Review reasons");
    }

    @Test
    @WithMockUser(username = "nav-checker2", roles = Roles.FACT_CHECKER)
    void factCheckerIsTurnedAwayFromTheUsersPage() {
        try {
            navigate("admin/users", com.vaadin.flow.component.Component.class);
        } catch (RuntimeException | AssertionError expected) {
            // the router refuses the view; what matters is what is shown
        }
        assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("UsersView");
    }
}

package com.credence.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;

/**
 * The shell around every view: the brand, the navigation (only the views the signed-in user may open,
 * taken from their {@code @Menu} annotations and access rules) and the user menu with sign-out.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final SideNav nav = new SideNav();

    MainLayout(AuthenticationContext authenticationContext,
            @Value("${credence.organisation.name:Credence}") String organisation) {
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        Span mark = new Span("C");
        mark.addClassName("brand-mark");
        Span name = new Span("Credence");
        name.addClassName("brand-name");
        Span org = new Span(organisation);
        org.addClassName("brand-org");
        Div brandText = new Div(name, org);
        brandText.addClassName("brand-text");
        Header brand = new Header(mark, brandText);
        brand.addClassName("brand");

        nav.addClassName("main-nav");
        Div drawer = new Div(brand, nav);
        drawer.addClassName("drawer");
        addToDrawer(drawer);

        viewTitle.addClassName("view-title");
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        addToNavbar(new DrawerToggle(), viewTitle, spacer);
        authenticationContext.getPrincipalName().ifPresent(user -> addToNavbar(userMenu(authenticationContext, user)));
    }

    private static Component userMenu(AuthenticationContext auth, String username) {
        Avatar avatar = new Avatar(username);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_SMALL);
        String roles = auth.getGrantedRoles().stream().map(MainLayout::roleLabel).sorted()
                .collect(Collectors.joining(", "));
        Span who = new Span(username);
        who.addClassName("user-name");
        Div trigger = new Div(avatar, who);
        trigger.addClassName("user-trigger");

        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        MenuItem root = menu.addItem(trigger);
        Span signedInAs = new Span("Signed in as " + username + (roles.isEmpty() ? "" : " · " + roles));
        signedInAs.addClassName("user-menu-caption");
        root.getSubMenu().addItem(signedInAs).setEnabled(false);
        root.getSubMenu().addItem("Sign out", e -> auth.logout()).setId("sign-out");
        return menu;
    }

    static String roleLabel(String role) {
        String words = role.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}

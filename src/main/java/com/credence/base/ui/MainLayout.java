package com.credence.base.ui;

import com.credence.base.NavigationBadge;
import com.credence.base.UserSignals;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Aside;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
    private final List<NavigationBadge> badges;
    private final UserSignals signals;
    private final AuthenticationContext authenticationContext;
    private final Map<String, SideNavItem> items = new HashMap<>();
    private @Nullable Runnable unsubscribe;

    MainLayout(AuthenticationContext authenticationContext, List<NavigationBadge> badges, UserSignals signals,
            @Value("${credence.organisation.name:Credence}") String organisation) {
        this.badges = List.copyOf(badges);
        this.signals = signals;
        this.authenticationContext = authenticationContext;
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
        Div brand = new Div(mark, brandText); // not a header: the page has one banner, the navbar
        brand.addClassName("brand");

        nav.addClassName("main-nav");
        Aside drawer = new Aside(brand, nav); // a landmark, so the brand is inside one
        drawer.getElement().setAttribute("aria-label", "Navigation");
        drawer.addClassName("drawer");
        addToDrawer(drawer);

        viewTitle.addClassName("view-title");
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        // one banner landmark around the navbar's content, so screen readers find the title and the user menu
        Header banner = new Header(new DrawerToggle(), viewTitle, spacer);
        banner.addClassName("navbar-content");
        authenticationContext.getPrincipalName().ifPresent(user -> banner.add(userMenu(authenticationContext, user)));
        addToNavbar(banner);
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
        root.getSubMenu().addItem("Profile and API tokens", e -> com.vaadin.flow.component.UI.getCurrent().navigate("profile"))
                .setId("profile-link");
        root.getSubMenu().addItem("Sign out", e -> auth.logout()).setId("sign-out");
        return menu;
    }

    static String roleLabel(String role) {
        String words = role.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        authenticationContext.getPrincipalName().ifPresent(user ->
                unsubscribe = signals.subscribe(user, () -> ui.access(this::refreshBadges)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    /** The badges of the navigation entries, read again (after a navigation, or when the user's work changed). */
    private void refreshBadges() {
        for (NavigationBadge badge : badges) {
            SideNavItem item = items.get(normalise(badge.path()));
            if (item == null) {
                continue;
            }
            Optional<NavigationBadge.Badge> shown = badge.badge();
            if (shown.isEmpty()) {
                item.setSuffixComponent(null);
            } else {
                Span count = new Span(shown.get().text());
                count.addClassName("nav-badge");
                count.getElement().setAttribute("title", shown.get().description());
                count.getElement().setAttribute("aria-label", shown.get().description());
                count.getElement().setAttribute("data-badge", normalise(badge.path()));
                item.setSuffixComponent(count);
            }
        }
    }

    private static String normalise(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        List<String> shown = entries.stream().map(e -> e.title() + '\n' + e.path() + '\n' + e.icon()).toList();
        if (!shown.equals(navShown)) { // the same views as before (the usual case): the items stay, not made anew each time
            navShown = shown;
            buildNav(entries);
        }
        refreshBadges();
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }

    /** What the side navigation shows now: each view's title, path and icon. */
    private List<String> navShown = List.of();

    private void buildNav(List<MenuEntry> entries) {
        nav.removeAll();
        items.clear();
        for (MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            items.put(normalise(entry.path()), item);
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
    }
}

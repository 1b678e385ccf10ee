package com.credence.security.ui;

import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.security.ApiTokenScope;
import com.credence.security.ApiTokenView;
import com.credence.security.ApiTokens;
import com.credence.security.CurrentUser;
import com.credence.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * My profile: who I am and my personal access tokens for the API (made here, shown once, revoked
 * here). Admins also see everyone's tokens and can revoke any of them.
 */
@Route("profile")
@PageTitle("Profile and API tokens")
@PermitAll
class ProfileView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK).withZone(ZoneId.systemDefault());
    /** How long a new token lasts: days, or null for until revoked. */
    private static final Map<String, @Nullable Integer> LIFETIMES = new LinkedHashMap<>();

    static {
        LIFETIMES.put("30 days", 30);
        LIFETIMES.put("90 days", 90);
        LIFETIMES.put("1 year", 365);
        LIFETIMES.put("Until revoked", null);
    }

    private final ApiTokens tokens;
    private final Clock clock;
    final Grid<ApiTokenView> mine = new Grid<>();
    final @Nullable Grid<ApiTokenView> everyone;

    ProfileView(ApiTokens tokens, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        addClassNames("page", "profile-view");
        Paragraph who = new Paragraph("Signed in as " + currentUser.username() + " · "
                + String.join(", ", Roles.ALL.stream().filter(currentUser.roles()::contains).map(Roles::label).toList()));
        who.addClassName("lead");

        TextField name = new TextField("Token name");
        name.setHelperText("What will use it, e.g. the newsroom's import script");
        name.setMaxLength(60);
        name.setId("token-name");
        Select<ApiTokenScope> scope = new Select<>();
        scope.setLabel("May");
        scope.setItems(ApiTokenScope.values());
        scope.setItemLabelGenerator(ApiTokenScope::label);
        scope.setValue(ApiTokenScope.READ);
        scope.setId("token-scope");
        Select<String> lifetime = new Select<>();
        lifetime.setLabel("Lasts");
        lifetime.setItems(LIFETIMES.keySet());
        lifetime.setValue("90 days");
        lifetime.setId("token-lifetime");
        Button make = new Button("Make token", e -> attempt(() -> {
            ApiTokens.Created made = tokens.create(name.getValue(), scope.getValue(), LIFETIMES.get(lifetime.getValue()));
            name.clear();
            showOnce(made);
        }));
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.setId("make-token");
        HorizontalLayout form = new HorizontalLayout(name, scope, lifetime, make);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.addClassName("token-form");

        columns(mine, false);
        mine.setId("my-tokens");
        mine.setAriaLabel("My API tokens");
        add(who, new H2("API tokens"), new Paragraph("Send a token as Authorization: Bearer … to /api. A read token only reads; "
                + "a write token may do what your roles allow. The token is shown once, when it is made; only a hash of it is kept."),
                form, mine);
        if (currentUser.hasRole(Roles.ADMIN)) {
            everyone = new Grid<>();
            columns(everyone, true);
            everyone.setId("all-tokens");
            everyone.setAriaLabel("Everyone's API tokens");
            add(new H2("Everyone's tokens"), everyone);
        } else {
            everyone = null;
        }
        refresh();
    }

    private void columns(Grid<ApiTokenView> grid, boolean withOwner) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        if (withOwner) {
            grid.addColumn(ApiTokenView::username).setHeader("User").setAutoWidth(true);
        }
        grid.addColumn(ApiTokenView::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(t -> t.scope().label()).setHeader("May").setAutoWidth(true);
        grid.addColumn(t -> WHEN.format(t.createdAt())).setHeader("Made").setAutoWidth(true);
        grid.addColumn(t -> t.expiresAt() == null ? "Until revoked" : WHEN.format(t.expiresAt())).setHeader("Expires").setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "Never" : WHEN.format(t.lastUsedAt())).setHeader("Last used").setAutoWidth(true);
        grid.addColumn(this::state).setHeader("State").setAutoWidth(true);
        grid.addComponentColumn(t -> {
            if (!t.activeAt(clock.instant())) {
                return new Div();
            }
            Button revoke = new Button("Revoke", e -> attempt(() -> {
                tokens.revoke(t.id());
                Notification.show("Token “" + t.name() + "” revoked", 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }));
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.getElement().setAttribute("aria-label", "Revoke the token " + t.name());
            return revoke;
        }).setAutoWidth(true).setFlexGrow(0);
    }

    private String state(ApiTokenView t) {
        if (t.revokedAt() != null) {
            return "Revoked " + WHEN.format(t.revokedAt());
        }
        return t.activeAt(clock.instant()) ? "In use" : "Expired";
    }

    private void refresh() {
        mine.setItems(tokens.mine());
        if (everyone != null) {
            everyone.setItems(tokens.all());
        }
    }

    /** The token, this once: to copy now, never shown again. */
    private void showOnce(ApiTokens.Created made) {
        Dialog dialog = new Dialog("Your new token “" + made.token().name() + "”");
        TextField secret = new TextField("Token");
        secret.setValue(made.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("new-token");
        secret.setHelperText("Copy it now: it is not shown again. Keep it like a password.");
        dialog.add(secret);
        Button done = new Button("I have copied it", e -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("token-copied");
        dialog.getFooter().add(done);
        dialog.setWidth("36rem");
        dialog.open();
        secret.focus();
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException | NotFoundException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }
}

package com.credence.security.ui;

import com.credence.base.InvalidInputException;
import com.credence.security.NewUser;
import com.credence.security.Roles;
import com.credence.security.UserAdministration;
import com.credence.security.UserSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/** Admin page: create users, set roles, disable, reset passwords, lift sign-in locks. */
@Route("admin/users")
@PageTitle("Users")
@Menu(title = "Users", order = 90, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends Main {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.UK).withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
            .withLocale(Locale.UK).withZone(ZoneId.systemDefault());

    private final UserAdministration users;
    private final Clock clock;
    final Grid<UserSummary> grid = new Grid<>();

    UsersView(UserAdministration users, Clock clock) {
        this.users = users;
        this.clock = clock;
        addClassNames("page", "users-view");

        Button create = new Button("New user", VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");
        Paragraph intro = new Paragraph("Everyone who signs in to Credence. Roles decide what each person can see and do.");
        intro.addClassName("lead");
        HorizontalLayout toolbar = new HorizontalLayout(intro, create);
        toolbar.addClassName("page-toolbar");
        toolbar.setWidthFull();
        toolbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        toolbar.expand(intro);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(UsersView::nameCell).setHeader("User").setKey("username").setSortable(true)
                .setSortProperty("username").setFlexGrow(2);
        grid.addComponentColumn(UsersView::roleChips).setHeader("Roles").setFlexGrow(2);
        grid.addComponentColumn(this::statusBadge).setHeader("Status").setFlexGrow(1);
        grid.addColumn(u -> DATE.format(u.createdAt())).setHeader("Created").setKey("createdAt")
                .setSortable(true).setSortProperty("createdAt").setFlexGrow(1);
        grid.addComponentColumn(u -> {
            Button edit = new Button("Edit", e -> openEdit(u));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return edit;
        }).setHeader("").setFlexGrow(0).setAutoWidth(true);
        grid.setItemsPageable(users::list);
        // Newest first: the user an admin just created is at the top.
        grid.sort(java.util.List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("createdAt"),
                SortDirection.DESCENDING)));
        grid.addItemDoubleClickListener(e -> openEdit(e.getItem()));
        grid.setSizeFull();

        add(toolbar, grid);
    }

    private static Component nameCell(UserSummary u) {
        Span name = new Span(u.displayName());
        name.addClassName("cell-primary");
        Span login = new Span(u.username());
        login.addClassName("cell-secondary");
        Div cell = new Div(name, login);
        cell.addClassName("cell-stack");
        return cell;
    }

    private static Component roleChips(UserSummary u) {
        Div chips = new Div();
        chips.addClassName("chips");
        Roles.ALL.stream().filter(u.roles()::contains).forEach(r -> {
            Span chip = new Span(Roles.label(r));
            chip.addClassNames("role-chip", "role-" + r.toLowerCase(Locale.ROOT).replace('_', '-'));
            chips.add(chip);
        });
        return chips;
    }

    private Component statusBadge(UserSummary u) {
        Span badge;
        if (!u.enabled()) {
            badge = new Span("Disabled");
            badge.addClassName("status-disabled");
        } else if (u.lockedAt(clock.instant()) && u.lockedUntil() != null) {
            badge = new Span("Locked until " + TIME.format(u.lockedUntil()));
            badge.addClassName("status-locked");
        } else {
            badge = new Span("Active");
            badge.addClassName("status-active");
        }
        badge.addClassName("status-badge");
        return badge;
    }

    private void openCreate() {
        Dialog dialog = new Dialog("New user");
        dialog.setWidth("30rem");
        TextField username = new TextField("Username");
        username.setHelperText("Lower-case letters, digits, '.', '_' or '-'");
        username.setRequired(true);
        TextField displayName = new TextField("Display name");
        displayName.setRequired(true);
        PasswordField password = new PasswordField("Password");
        password.setHelperText("At least 8 characters");
        password.setRequired(true);
        CheckboxGroup<String> roles = roleBox();
        roles.setValue(Set.of(Roles.FACT_CHECKER));
        FormLayout form = new FormLayout(username, displayName, password, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button save = new Button("Create user", e -> attempt(dialog, () -> users.create(
                new NewUser(username.getValue(), displayName.getValue(), password.getValue(), roles.getValue())),
                "User created"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("create-user");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        username.focus();
    }

    private void openEdit(UserSummary u) {
        Dialog dialog = new Dialog("Edit " + u.username());
        dialog.setWidth("34rem");
        TextField displayName = new TextField("Display name");
        displayName.setValue(u.displayName());
        CheckboxGroup<String> roles = roleBox();
        roles.setValue(u.roles());
        PasswordField password = new PasswordField("New password");
        password.setHelperText("At least 8 characters; also lifts a sign-in lock");
        Button reset = new Button("Reset password", e -> attempt(dialog,
                () -> users.resetPassword(u.id(), password.getValue()), "Password reset"));
        reset.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        HorizontalLayout passwordRow = new HorizontalLayout(password, reset);
        passwordRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        FormLayout form = new FormLayout(displayName, roles, passwordRow);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);

        Button enable = new Button(u.enabled() ? "Disable account" : "Enable account",
                e -> attempt(dialog, () -> users.setEnabled(u.id(), !u.enabled()), u.enabled() ? "Account disabled" : "Account enabled"));
        enable.addThemeVariants(u.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(enable);
        if (u.lockedAt(clock.instant())) {
            Button unlock = new Button("Unlock", e -> attempt(dialog, () -> users.unlock(u.id()), "Account unlocked"));
            unlock.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            dialog.getFooter().add(unlock);
        }
        Div spacer = new Div();
        spacer.getStyle().set("flex", "1");
        Button save = new Button("Save", e -> attempt(dialog, () -> users.update(u.id(), displayName.getValue(), roles.getValue()),
                "Saved"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(spacer, new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private static CheckboxGroup<String> roleBox() {
        CheckboxGroup<String> roles = new CheckboxGroup<>("Roles");
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(Roles::label);
        return roles;
    }

    /** Runs an admin action; bad input keeps the dialog open with the service's message. */
    private void attempt(Dialog dialog, Supplier<UserSummary> action, String done) {
        try {
            action.get();
        } catch (InvalidInputException e) {
            Notification n = Notification.show(e.getMessage(), 5000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        dialog.close();
        grid.getDataProvider().refreshAll();
        Notification.show(done, 2500, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}

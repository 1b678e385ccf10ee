package com.credence.review.ui;

import com.credence.base.InvalidInputException;
import com.credence.review.ReviewReason;
import com.credence.review.ReviewService;
import com.credence.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The reasons editors give when they reject work or send it back: add, rename, retire. */
@Route("review/reasons")
@PageTitle("Review reasons")
@Menu(title = "Review reasons", order = 85, icon = "vaadin:list")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class ReasonsView extends Main {

    private final ReviewService review;
    final Grid<ReviewReason> grid = new Grid<>();
    final TextField code = new TextField("Code");
    final TextField label = new TextField("Reason");

    ReasonsView(ReviewService review) {
        this.review = review;
        addClassNames("page", "reasons-view");
        grid.setId("reasons-grid");
        grid.getElement().setAttribute("aria-label", "Review reasons");
        grid.addColumn(ReviewReason::code).setHeader("Code").setFlexGrow(1);
        grid.addComponentColumn(r -> {
            TextField words = new TextField();
            words.setValue(r.label());
            words.setAriaLabel("Words for " + r.code());
            words.setWidthFull();
            words.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(() -> review.rename(r.code(), e.getValue()));
                }
            });
            return words;
        }).setHeader("Reason").setFlexGrow(3);
        grid.addComponentColumn(r -> {
            Button b = new Button(r.retired() ? "Offer again" : "Retire", e -> act(() -> review.setRetired(r.code(), !r.retired())));
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return b;
        }).setHeader("Offered").setFlexGrow(1);
        grid.setAllRowsVisible(true);

        code.setHelperText("Lower-case letters, digits and '-'");
        label.setHelperText("What authors read, like 'Source missing or wrong'");
        Button add = new Button("Add reason", e -> act(() -> {
            review.addReason(code.getValue(), label.getValue());
            code.clear();
            label.clear();
        }));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-reason");
        Div form = new Div(code, label, add);
        form.addClassName("reason-form");
        add(new H2("Review reasons"), new Paragraph("Editors give one of these when they reject an annotation or request "
                + "changes. A retired reason stays on the decisions that gave it but is no longer offered."), grid, form);
        refresh();
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(review.reasons());
    }
}

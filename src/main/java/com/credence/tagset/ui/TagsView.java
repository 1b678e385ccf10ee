package com.credence.tagset.ui;

import com.credence.tagset.TagColours;
import com.credence.tagset.TagDraft;
import com.credence.tagset.TagLine;
import com.credence.tagset.TagService;
import com.credence.tagset.TagView;
import com.credence.base.InvalidInputException;
import com.credence.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The tag set, for editors: names, colours, hotkeys and definitions; retire a tag in use, delete an unused one. */
@Route("tags")
@PageTitle("Tag set")
@Menu(title = "Tag set", order = 80, icon = "vaadin:tags")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class TagsView extends Main {

    private final TagService tags;
    final Grid<TagView> grid = new Grid<>();

    TagsView(TagService tags) {
        this.tags = tags;
        addClassNames("page", "tags-view");
        Paragraph intro = new Paragraph("The tags fact-checkers give to claims. A tag in use cannot be deleted; retire it "
                + "and it stays on the annotations that have it, but is no longer offered.");
        intro.addClassName("lead");
        Button create = new Button("New tag", VaadinIcon.PLUS.create(), e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-tag");
        HorizontalLayout toolbar = new HorizontalLayout(intro, create);
        toolbar.setWidthFull();
        toolbar.expand(intro);
        toolbar.addClassName("page-toolbar");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(TagsView::chip).setHeader("Tag").setAutoWidth(true);
        grid.addColumn(t -> t.line().label()).setHeader("Underline").setAutoWidth(true);
        grid.addColumn(t -> t.hotkey() == null ? "" : t.hotkey()).setHeader("Hotkey").setAutoWidth(true);
        grid.addColumn(TagView::definition).setHeader("Definition").setFlexGrow(3);
        grid.addColumn(TagView::inUse).setHeader("In use").setAutoWidth(true);
        grid.addColumn(t -> t.retired() ? "Retired" : "Active").setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button edit = new Button("Edit", e -> edit(t));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        refresh();
        add(toolbar, grid);
    }

    private void refresh() {
        grid.setItems(tags.all());
    }

    private static Component chip(TagView t) {
        Span chip = new Span(t.name());
        chip.addClassName("tag-chip");
        chip.getStyle().set("color", TagColours.text(t.colour())).set("background", TagColours.tint(t.colour(), TagColours.TINT))
                .set("text-decoration", t.line().decoration(t.colour()));
        chip.getElement().setAttribute("title", t.line().label() + " underline");
        return chip;
    }


    private void edit(@Nullable TagView tag) {
        Dialog dialog = new Dialog(tag == null ? "New tag" : "Edit " + tag.name());
        dialog.setWidth("30rem");
        TextField key = new TextField("Key");
        key.setHelperText("Used in exports and the API; cannot be changed later");
        TextField name = new TextField("Name");
        TextField colour = new TextField("Colour");
        colour.setHelperText("Like #3b6fd8");
        Select<TagLine> line = new Select<>();
        line.setLabel("Underline");
        line.setItems(TagLine.values());
        line.setItemLabelGenerator(TagLine::label);
        line.setHelperText("Tells this tag apart without colour; best one no other tag has");
        line.setId("tag-line");
        TextField hotkey = new TextField("Hotkey");
        hotkey.setHelperText("A digit from 1 to 9, or empty");
        hotkey.setMaxLength(1);
        TextArea definition = new TextArea("Definition");
        definition.setMaxLength(300);
        if (tag != null) {
            key.setValue(tag.key());
            key.setReadOnly(true);
            name.setValue(tag.name());
            colour.setValue(tag.colour());
            line.setValue(tag.line());
            hotkey.setValue(tag.hotkey() == null ? "" : tag.hotkey());
            definition.setValue(tag.definition());
        } else {
            colour.setValue("#444444"); // apart from the seeded tags for every vision the editor checks
            line.setValue(tags.freeLine());
        }
        // a colour picker beside the field (the browser's own), a preview, and what to watch out for
        com.vaadin.flow.dom.Element picker = new com.vaadin.flow.dom.Element("input");
        picker.setAttribute("type", "color");
        picker.setAttribute("aria-label", "Pick the colour");
        picker.setAttribute("value", colour.getValue());
        picker.addPropertyChangeListener("value", "change", e -> colour.setValue(String.valueOf(e.getValue())));
        Div pickerBox = new Div();
        pickerBox.getElement().appendChild(picker);
        pickerBox.addClassName("colour-picker");
        Span previewChip = new Span();
        previewChip.addClassName("tag-chip");
        Span previewText = new Span("a claim marked with this tag");
        previewText.addClassName("colour-preview-text");
        Div preview = new Div(previewChip, previewText);
        preview.addClassName("colour-preview");
        preview.setId("colour-preview");
        Div warnings = new Div();
        warnings.addClassName("colour-warnings");
        warnings.setId("colour-warnings");
        warnings.getElement().setAttribute("aria-live", "polite");
        Runnable showColour = () -> {
            String c = colour.getValue().strip();
            String shown = c.matches("#[0-9a-fA-F]{6}") ? c : "#888888";
            picker.setProperty("value", shown.toLowerCase(java.util.Locale.ROOT));
            previewChip.setText(name.getValue().isBlank() ? "Tag" : name.getValue());
            previewChip.getStyle().set("color", TagColours.text(shown)).set("background", TagColours.tint(shown, TagColours.TINT));
            TagLine chosen = line.getValue() == null ? TagLine.SOLID : line.getValue();
            previewText.getStyle().set("background", TagColours.tint(shown, 0.18)).set("text-decoration", chosen.decoration(shown));
            java.util.Map<String, String> others = new java.util.LinkedHashMap<>();
            List<TagView> otherTags = tags.all().stream().filter(t -> !t.retired() && (tag == null || !t.key().equals(tag.key()))).toList();
            otherTags.forEach(t -> others.put(t.name(), t.colour()));
            warnings.removeAll();
            TagColours.warnings(c, others).forEach(w -> warnings.add(new Paragraph("⚠ " + w)));
            otherTags.stream().filter(t -> t.line() == chosen).forEach(t -> warnings.add(new Paragraph("⚠ " + t.name() + " has the same "
                    + chosen.label().toLowerCase(java.util.Locale.ROOT) + " underline: the two are told apart by colour alone.")));
        };
        colour.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        colour.addValueChangeListener(e -> showColour.run());
        name.addValueChangeListener(e -> showColour.run());
        line.addValueChangeListener(e -> showColour.run());
        showColour.run();
        FormLayout form = new FormLayout(key, name, colour, pickerBox, line, preview, warnings, hotkey, definition);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button save = new Button("Save", e -> attempt(dialog, () -> {
            if (tag == null) {
                tags.create(key.getValue().strip(), new TagDraft(name.getValue(), colour.getValue(), line.getValue(), hotkey.getValue(),
                        definition.getValue()));
            } else {
                tags.update(tag.key(), new TagDraft(name.getValue(), colour.getValue(), line.getValue(), hotkey.getValue(),
                        definition.getValue()));
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-tag");
        Div spacer = new Div();
        spacer.getStyle().set("flex", "1");
        if (tag != null) {
            Button retire = new Button(tag.retired() ? "Reinstate" : "Retire",
                    e -> attempt(dialog, () -> tags.setRetired(tag.key(), !tag.retired())));
            retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            retire.setId("retire-tag");
            Button delete = new Button("Delete", e -> attempt(dialog, () -> tags.delete(tag.key())));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setId("delete-tag");
            dialog.getFooter().add(delete, retire);
        }
        dialog.getFooter().add(spacer, new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void attempt(Dialog dialog, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        dialog.close();
        refresh();
    }
}

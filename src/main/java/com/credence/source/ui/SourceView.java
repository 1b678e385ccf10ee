package com.credence.source.ui;

import com.credence.annotation.AnnotationStatus;
import com.credence.annotation.QueueItem;
import com.credence.annotation.SourceClaims;
import com.credence.base.ConflictException;
import com.credence.base.Formats;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.security.CurrentUser;
import com.credence.security.Roles;
import com.credence.source.SourceDraft;
import com.credence.source.SourceFilter;
import com.credence.source.SourceKind;
import com.credence.source.SourceService;
import com.credence.source.SourceSort;
import com.credence.source.SourceSummary;
import com.credence.source.StaleSourceException;
import com.credence.tagset.TagService;
import com.credence.tagset.TagView;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One source: what the ledger knows of it, its claims counted (attributed, contested, approved,
 * rejected), a chart of claims per month by review outcome (plain inline SVG, with the same numbers as a
 * table), and every claim attributed to it across articles. Editors change it and merge it into another.
 * Names and descriptions are text only, never markup.
 */
@Route(SourcesView.ROUTE + "/:id([0-9]{1,18})")
@PermitAll
class SourceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SourceService sources;
    private final TagService tags;
    private final CurrentUser currentUser;
    private final Map<String, String> countries;
    private String title = "Source";
    private com.credence.source.SourceView source;

    final Grid<QueueItem> claims = new Grid<>();
    final Div counts = new Div();

    SourceView(SourceService sources, TagService tags, CurrentUser currentUser) {
        this.sources = sources;
        this.tags = tags;
        this.currentUser = currentUser;
        this.countries = sources.countries();
        addClassNames("page", "source-view");
    }

    static String href(long id) {
        return SourcesView.ROUTE + "/" + id;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            source = sources.get(id);
        } catch (NotFoundException e) {
            removeAll();
            title = "No such source";
            add(new H2("No such source"), new Paragraph("There is no source " + id + " (it may have been merged into another)."),
                    new Anchor(SourcesView.ROUTE, "All sources"));
            return;
        }
        title = source.name() + " · Sources";
        render();
    }

    private void render() {
        removeAll();
        com.credence.source.SourceView s = source;
        SourceClaims c = sources.counts(s.id());
        H2 name = new H2(s.name());
        name.setId("source-name");
        Div facts = new Div();
        facts.addClassName("source-facts");
        facts.add(fact("Kind", s.kind().label()));
        facts.add(fact("Country", s.country() == null ? "—" : countries.getOrDefault(s.country(), s.country())));
        facts.add(fact("Also known as", s.aliases().isEmpty() ? "—" : String.join(" · ", s.aliases())));
        facts.add(fact("Wikidata id", s.wikidataId() == null ? "—" : s.wikidataId()));
        facts.add(fact("Description", s.description() == null ? "—" : s.description()));

        counts.removeAll();
        counts.setId("source-counts");
        counts.addClassName("source-counts");
        counts.add(count("Claims", c.total()), count("Attributed", c.tagged(SourceClaims.ATTRIBUTED)),
                count("Contested", c.tagged(SourceClaims.CONTESTED)), count("Approved", c.approved()), count("Rejected", c.rejected()),
                count("Pending", c.pending()));
        counts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");

        Section chart = new Section(new H3("Claims per month"));
        chart.addClassName("source-chart");
        if (c.months().isEmpty()) {
            chart.add(new Paragraph("No claims yet."));
        } else {
            chart.add(new Html(svg(c.months())), table(c.months()));
        }

        Section list = new Section(new H3("Claims"));
        claims.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        claims.setId("source-claims");
        claims.getElement().setAttribute("aria-label", "Claims attributed to this source");
        claims.removeAllColumns();
        claims.addColumn(q -> Formats.instant(q.annotation().createdAt())).setHeader("Date").setWidth("9rem").setFlexGrow(0);
        claims.addColumn(q -> tags.byKey(q.annotation().tag()).map(TagView::name).orElse(q.annotation().tag())).setHeader("Tag")
                .setWidth("6rem").setFlexGrow(0);
        claims.addComponentColumn(q -> {
            Anchor a = new Anchor("articles/" + q.annotation().articleId(), q.articleTitle());
            a.getElement().setAttribute("title", "“" + q.annotation().quote() + "”");
            return a;
        }).setHeader("Article").setWidth("10rem").setFlexGrow(2);
        claims.addColumn(q -> "“" + q.annotation().quote() + "”").setHeader("Claim").setWidth("12rem").setFlexGrow(3);
        claims.addColumn(q -> outcome(q.annotation().status())).setHeader("Outcome").setWidth("7rem").setFlexGrow(0);
        claims.setItems(query -> sources.claims(s.id(), query.getOffset(), query.getLimit()).stream(), query -> (int) c.total());
        claims.setAllRowsVisible(c.total() <= 20);
        claims.setMinHeight("10rem");
        list.add(claims);

        add(new Anchor(SourcesView.ROUTE, "← All sources"), name, facts, counts, chart, list);
        if (currentUser.hasRole(Roles.EDITOR) || currentUser.hasRole(Roles.ADMIN)) {
            add(editor(s), merger(s));
        }
    }

    private static String outcome(String status) {
        AnnotationStatus st = AnnotationStatus.valueOf(status);
        return switch (st) {
            case APPROVED -> "Approved";
            case REJECTED -> "Rejected";
            default -> "Pending (" + st.label().toLowerCase(java.util.Locale.ROOT) + ")";
        };
    }

    private static Div fact(String label, String value) {
        Span l = new Span(label + ": ");
        l.addClassName("fact-label");
        l.getStyle().set("font-weight", "600");
        Div d = new Div(l, new Span(value)); // text nodes: a hostile name stays text
        d.addClassName("source-fact");
        return d;
    }

    private static Div count(String label, long n) {
        Span number = new Span(String.valueOf(n));
        number.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600").set("display", "block");
        Div d = new Div(number, new Span(label));
        d.addClassName("source-count");
        d.getElement().setAttribute("data-count", label.toLowerCase(java.util.Locale.ROOT));
        return d;
    }

    /**
     * Stacked bars, one per month: approved (solid), rejected (hatched), pending (outlined), so the three differ
     * without colour too. Only numbers and month names go into it.
     */
    static String svg(List<SourceClaims.Month> months) {
        long max = months.stream().mapToLong(SourceClaims.Month::total).max().orElse(1);
        int bar = 28;
        int gap = 14;
        int height = 160;
        int top = 10;
        int width = Math.max(200, months.size() * (bar + gap) + gap);
        StringBuilder b = new StringBuilder();
        b.append("<div class=\"chart-frame\" style=\"overflow-x:auto\" tabindex=\"0\" role=\"region\" aria-label=\"Chart of claims per month\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .append(" aria-labelledby=\"chart-title\" viewBox=\"0 0 ").append(width).append(' ').append(height + 40)
                .append("\" width=\"").append(width).append("\" height=\"").append(height + 40).append("\">")
                .append("<title id=\"chart-title\">Claims per month by review outcome; the table below has the numbers</title>")
                .append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#fde2e1\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b3261e\" stroke-width=\"3\"/>")
                .append("</pattern></defs>");
        int x = gap;
        for (SourceClaims.Month m : months) {
            double scale = (double) height / max;
            double y = top + height;
            long[] parts = {m.approved(), m.rejected(), m.pending()};
            String[] fills = {"fill=\"#1b6e3a\"", "fill=\"url(#hatch)\" stroke=\"#b3261e\"", "fill=\"#ffffff\" stroke=\"#44546a\" stroke-width=\"2\""};
            for (int i = 0; i < 3; i++) {
                if (parts[i] == 0) {
                    continue;
                }
                double h = parts[i] * scale;
                y -= h;
                b.append(String.format(java.util.Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" %s/>", x, y, bar, h,
                        fills[i]));
            }
            b.append(String.format(java.util.Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1f2a37\">%s</text>",
                    x + bar / 2, top + height + 14, m.month().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)));
            b.append(String.format(java.util.Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"#1f2a37\">%d</text>",
                    x + bar / 2, top + height + 27, m.month().getYear()));
            x += bar + gap;
        }
        b.append("</svg><div class=\"chart-legend\" aria-hidden=\"true\" style=\"display:flex;gap:1rem;flex-wrap:wrap;font-size:var(--lumo-font-size-s)\">")
                .append("<span><svg width=\"14\" height=\"14\"><rect width=\"14\" height=\"14\" fill=\"#1b6e3a\"/></svg> approved (solid)</span>")
                .append("<span><svg width=\"14\" height=\"14\"><rect width=\"14\" height=\"14\" fill=\"url(#hatch)\" stroke=\"#b3261e\"/></svg> rejected (hatched)</span>")
                .append("<span><svg width=\"14\" height=\"14\"><rect x=\"1\" y=\"1\" width=\"12\" height=\"12\" fill=\"#fff\" stroke=\"#44546a\" stroke-width=\"2\"/></svg> pending (outlined)</span>")
                .append("</div></div>");
        return b.toString();
    }

    /** The chart's numbers as a table, for screen readers and for anyone who wants the figures. */
    private static com.vaadin.flow.component.Component table(List<SourceClaims.Month> months) {
        Element table = new Element("table");
        table.setAttribute("class", "chart-table");
        table.appendChild(new Element("caption").setText("Claims per month by review outcome"));
        Element head = new Element("tr");
        for (String h : List.of("Month", "Approved", "Rejected", "Pending", "Total")) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(h));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (SourceClaims.Month m : months) {
            Element row = new Element("tr");
            row.appendChild(new Element("th").setAttribute("scope", "row").setText(m.month().getMonth()
                    .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + m.month().getYear()));
            for (long n : new long[] {m.approved(), m.rejected(), m.pending(), m.total()}) {
                row.appendChild(new Element("td").setText(String.valueOf(n)));
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        Div wrap = new Div();
        wrap.getElement().appendChild(table);
        wrap.getStyle().set("overflow-x", "auto");
        // scrolls sideways on a narrow screen: reachable with the keyboard, and named
        wrap.getElement().setAttribute("tabindex", "0").setAttribute("role", "region").setAttribute("aria-label", "Claims per month, as numbers");
        return wrap;
    }

    private Section editor(com.credence.source.SourceView s) {
        TextField nameField = new TextField("Name");
        nameField.setValue(s.name());
        nameField.setId("source-edit-name");
        TextArea aliasField = new TextArea("Also known as (one name per line)");
        aliasField.setValue(String.join("\n", s.aliases()));
        Select<SourceKind> kindField = new Select<>();
        kindField.setLabel("Kind");
        kindField.setItems(SourceKind.values());
        kindField.setItemLabelGenerator(SourceKind::label);
        kindField.setValue(s.kind());
        kindField.setId("source-edit-kind");
        ComboBox<String> countryField = new ComboBox<>("Country");
        countryField.setItems(countries.keySet());
        countryField.setItemLabelGenerator(code -> countries.getOrDefault(code, code));
        countryField.setClearButtonVisible(true);
        countryField.setValue(s.country());
        TextArea descriptionField = new TextArea("Description");
        descriptionField.setMaxLength(SourceService.MAX_DESCRIPTION);
        descriptionField.setValue(s.description() == null ? "" : s.description());
        TextField wikidataField = new TextField("Wikidata id");
        wikidataField.setHelperText("Q and a number, like Q42 (kept as text; nothing is looked up)");
        wikidataField.setValue(s.wikidataId() == null ? "" : s.wikidataId());
        Button save = new Button("Save changes", e -> {
            try {
                source = sources.update(s.id(), s.version(), new SourceDraft(nameField.getValue(),
                        Arrays.stream(aliasField.getValue().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList(),
                        kindField.getValue(), countryField.getValue() == null ? "" : countryField.getValue(), descriptionField.getValue(),
                        wikidataField.getValue()));
                title = source.name() + " · Sources";
                notify("Saved.", false);
                render();
            } catch (InvalidInputException | ConflictException ex) {
                notify(ex.getMessage(), true);
            } catch (StaleSourceException ex) {
                notify(ex.getMessage() + " The page now shows the current version.", true);
                if (ex.current() != null) {
                    source = ex.current();
                }
                render();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("source-save");
        Div fields = new Div(nameField, aliasField, kindField, countryField, descriptionField, wikidataField, save);
        fields.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)").set("max-width", "32rem");
        Section edit = new Section(new H3("Edit"), fields);
        edit.addClassName("source-edit");
        return edit;
    }

    private Section merger(com.credence.source.SourceView s) {
        ComboBox<SourceSummary> into = new ComboBox<>("Merge into");
        into.setHelperText("Another source this one is a duplicate of: its claims and names move there");
        into.setItemLabelGenerator(SourceSummary::name);
        into.setItems(query -> sources.search(new SourceFilter(query.getFilter().filter(f -> !f.isBlank()).orElse(null), null, null),
                SourceSort.NAME, query.getOffset(), query.getLimit()).stream().filter(x -> x.id() != s.id()));
        into.setId("merge-into");
        into.setWidth("min(100%, 24rem)");
        Button merge = new Button("Merge…", e -> {
            SourceSummary target = into.getValue();
            if (target == null) {
                notify("Pick the source to merge into first.", true);
                return;
            }
            Dialog confirm = new Dialog();
            confirm.setHeaderTitle("Merge sources?");
            confirm.add(new Paragraph("Every claim attributed to “" + s.name() + "” will be attributed to “" + target.name()
                    + "”, and “" + s.name() + "” becomes one of its names. This source's page goes away."));
            Button yes = new Button("Merge", ev -> {
                try {
                    sources.merge(s.id(), target.id());
                    confirm.close();
                    getUI().ifPresent(ui -> ui.navigate(href(target.id())));
                } catch (InvalidInputException | NotFoundException ex) {
                    confirm.close();
                    notify(ex.getMessage(), true);
                }
            });
            yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            yes.setId("merge-confirm");
            Button no = new Button("Cancel", ev -> confirm.close());
            confirm.getFooter().add(no, yes);
            confirm.open();
        });
        merge.setId("merge-button");
        Section section = new Section(new H3("Merge a duplicate"), new Div(into), merge);
        section.addClassName("source-merge");
        return section;
    }

    private static void notify(String message, boolean error) {
        Notification n = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        if (error) {
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}

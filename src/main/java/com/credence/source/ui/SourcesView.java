package com.credence.source.ui;

import com.credence.source.SourceFilter;
import com.credence.source.SourceKind;
import com.credence.source.SourceService;
import com.credence.source.SourceSort;
import com.credence.source.SourceSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** The source ledger: search by any name, filter by kind and country, order by claims or contested claims; loaded page by page. */
@Route(SourcesView.ROUTE)
@PageTitle("Sources")
@Menu(title = "Sources", order = 12, icon = "vaadin:user-card")
@PermitAll
class SourcesView extends Main {

    static final String ROUTE = "sources";

    final TextField search = new TextField();
    final Select<SourceKind> kind = new Select<>();
    final ComboBox<String> country = new ComboBox<>();
    final Select<SourceSort> sort = new Select<>();
    final Grid<SourceSummary> grid = new Grid<>();

    SourcesView(SourceService sources) {
        addClassNames("page", "sources-view");
        Map<String, String> countries = sources.countries();
        search.setPlaceholder("Search names and aliases");
        search.setAriaLabel("Search sources by name or alias");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("source-search");
        kind.setItems(SourceKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Any kind");
        kind.setItemLabelGenerator(k -> k == null ? "Any kind" : k.label());
        kind.setAriaLabel("Filter by kind");
        kind.setId("kind-filter");
        country.setItems(countries.keySet());
        country.setItemLabelGenerator(c -> countries.getOrDefault(c, c));
        country.setPlaceholder("Any country");
        country.setAriaLabel("Filter by country");
        country.setClearButtonVisible(true);
        country.setId("country-filter");
        sort.setItems(SourceSort.values());
        sort.setItemLabelGenerator(s -> switch (s) {
            case NAME -> "By name";
            case CLAIMS -> "Most claims first";
            case CONTESTED -> "Most contested first";
        });
        sort.setValue(SourceSort.CLAIMS);
        sort.setAriaLabel("Order");
        sort.setId("source-sort");
        Div toolbar = new Div(search, kind, country, sort);
        toolbar.addClassName("page-toolbar");
        toolbar.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No sources found. A source is added when an annotation names who said it (the Source field on the article page, "
                + "or an accepted suggestion); change the search or the filters to see others.");
        grid.addComponentColumn(s -> {
            Anchor link = new Anchor(SourceView.href(s.id()), s.name()); // the name as text, never markup
            link.addClassName("grid-title");
            link.getElement().setAttribute("title", s.name());
            return link;
        }).setHeader("Source").setKey("name").setWidth("12rem").setFlexGrow(4);
        grid.addColumn(s -> s.kind().label()).setHeader("Kind").setKey("kind").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(s -> s.country() == null ? "" : countries.getOrDefault(s.country(), s.country())).setHeader("Country")
                .setKey("country").setWidth("7rem").setFlexGrow(1);
        grid.addColumn(SourceSummary::claims).setHeader("Claims").setKey("claims").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(SourceSummary::contested).setHeader("Contested").setKey("contested").setWidth("6rem").setFlexGrow(0);
        grid.setItems(query -> sources.search(filter(), sort.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) sources.count(filter()));
        grid.setSizeFull();
        grid.setMinHeight("18rem");
        grid.setId("sources-grid");
        grid.getElement().setAttribute("aria-label", "Sources");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        country.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        sort.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(toolbar, grid);
    }

    private SourceFilter filter() {
        return new SourceFilter(search.getValue().isBlank() ? null : search.getValue(), kind.getValue(), country.getValue());
    }
}

package com.credence.article.ui;

import com.credence.article.ArticleProgress;
import com.credence.article.ArticleService;
import com.credence.article.ArticleSummary;
import com.credence.base.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** All articles, loaded page by page from the database: search, sort, open. */
@Route("articles")
@PageTitle("Articles")
@Menu(title = "Articles", order = 10, icon = "vaadin:newspaper")
@PermitAll
class ArticleListView extends Main {

    final TextField search = new TextField();
    final Select<ArticleProgress> progress = new Select<>();
    final Grid<ArticleSummary> grid = new Grid<>();

    ArticleListView(ArticleService articles) {
        addClassNames("page", "article-list-view");
        search.setPlaceholder("Search title, outlet and text");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.setId("article-search");
        Button importButton = new Button("Import", VaadinIcon.UPLOAD.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ImportView.class)));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        progress.setItems(ArticleProgress.values());
        progress.setEmptySelectionAllowed(true);
        progress.setEmptySelectionCaption("Any progress");
        progress.setItemLabelGenerator(p -> p == null ? "Any progress" : p.label());
        progress.setAriaLabel("Filter by progress");
        progress.setId("progress-filter");
        HorizontalLayout toolbar = new HorizontalLayout(new HorizontalLayout(search, progress), importButton);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(HorizontalLayout.JustifyContentMode.BETWEEN);
        toolbar.addClassName("page-toolbar");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(a -> {
            Anchor link = new Anchor(ArticleLinks.href(a.id()), a.title());
            link.addClassName("grid-title");
            link.getElement().setAttribute("title", a.title()); // the whole title where a narrow column cuts it short
            return link;
        }).setHeader("Title").setKey("title").setSortProperty("title").setWidth("14rem").setFlexGrow(5);
        grid.addColumn(a -> a.outlet() == null ? "" : a.outlet()).setHeader("Outlet").setKey("outlet")
                .setSortProperty("outlet").setWidth("8rem").setFlexGrow(2);
        grid.addColumn(a -> a.publishedAt() == null ? "" : Formats.date(a.publishedAt())).setHeader("Published")
                .setKey("publishedAt").setSortProperty("publishedAt").setWidth("7rem").setFlexGrow(1);
        grid.addColumn(a -> a.progress().label()).setHeader("Progress").setKey("progress").setSortProperty("progress")
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(ArticleSummary::importedBy).setHeader("Imported by").setKey("importedBy")
                .setSortProperty("importedBy").setWidth("7rem").setFlexGrow(1);
        grid.addColumn(a -> Formats.instant(a.importedAt())).setHeader("Imported").setKey("importedAt")
                .setSortProperty("importedAt").setWidth("11rem").setFlexGrow(0);
        grid.setItemsPageable(pageable -> articles.search(search.getValue(), progress.getValue(), pageable),
                pageable -> (int) articles.count(search.getValue(), progress.getValue()));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("importedAt"), SortDirection.DESCENDING)));
        grid.setSizeFull();
        grid.setMinHeight("18rem"); // on a phone the toolbar wraps; the rows stay visible (and big enough to tap)
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        progress.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(toolbar, grid);
    }
}

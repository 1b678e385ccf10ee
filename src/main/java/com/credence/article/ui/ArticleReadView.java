package com.credence.article.ui;

import com.credence.article.ArticleDetail;
import com.credence.article.ArticleService;
import com.credence.base.NotFoundException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/** Reads one article: its metadata and its text by paragraphs. Text is always set as text, never markup. */
@Route("articles/:id")
@PermitAll
class ArticleReadView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleService articles;
    private String title = "Article";

    ArticleReadView(ArticleService articles) {
        this.articles = articles;
        addClassNames("page", "article-read-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such article");
            return;
        }
        ArticleDetail article;
        try {
            article = articles.get(id);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
            return;
        }
        title = article.title();
        show(article);
    }

    private void show(ArticleDetail a) {
        removeAll();
        H1 heading = new H1(a.title());
        heading.addClassName("article-title");
        List<String> meta = new ArrayList<>();
        if (a.outlet() != null) {
            meta.add(a.outlet());
        }
        if (a.byline() != null) {
            meta.add(a.byline());
        }
        if (a.publishedAt() != null) {
            meta.add(Formats.date(a.publishedAt()));
        }
        Span metaLine = new Span(String.join(" · ", meta));
        metaLine.addClassName("article-meta");
        Header header = new Header(heading, metaLine);
        if (a.url() != null && (a.url().startsWith("https://") || a.url().startsWith("http://"))) {
            Anchor source = new Anchor(a.url(), a.url(), AnchorTarget.BLANK);
            source.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            source.addClassName("article-url");
            header.add(source);
        }
        Span provenance = new Span("Imported by " + a.importedBy() + " · " + Formats.instant(a.importedAt())
                + " · SHA-256 " + a.sha256().substring(0, 12) + "…");
        provenance.addClassName("article-provenance");
        header.add(provenance);

        Span counts = new Span(a.sentences().size() + " sentences");
        counts.addClassName("article-provenance");
        header.add(counts);
        SentenceText body = new SentenceText(a.text(), a.sentences());
        body.addClassName("article-body");
        body.setId("article-text");
        add(new Article(header, body));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

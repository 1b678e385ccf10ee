package com.credence.workspace.ui;

import com.credence.tagset.TagService;
import com.credence.tagset.TagView;
import com.credence.article.ArticleService;
import com.credence.review.AssignmentService;
import com.credence.review.MyAssignment;
import com.credence.base.Formats;
import com.credence.article.ArticleSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The landing page: a greeting and the articles most recently imported. */
@Route("")
@PageTitle("Home")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends Main {

    static final int RECENT = 8;

    HomeView(ArticleService articles, TagService tags, AssignmentService assignments, AuthenticationContext auth, Clock clock) {
        addClassNames("page", "home-view");
        String user = auth.getPrincipalName().orElse("");
        H2 greeting = new H2(greeting(LocalTime.now(clock.withZone(ZoneId.systemDefault()))) + ", " + user);
        greeting.addClassName("greeting");
        long count = articles.count();
        Paragraph lead = new Paragraph(count == 1 ? "1 article is in the store." : count + " articles are in the store.");
        lead.addClassName("lead");

        Section recent = new Section();
        recent.addClassName("recent-articles");
        List<MyAssignment> assigned = assignments.mine();
        if (!assigned.isEmpty()) {
            Section mine = new Section(new H3("Assigned to you"));
            mine.addClassName("assigned-articles");
            mine.setId("assigned-to-me");
            Div cards = new Div();
            cards.addClassName("article-cards");
            for (MyAssignment a : assigned) {
                Anchor title = new Anchor("articles/" + a.articleId(), a.title());
                title.addClassName("article-card-title");
                Span meta = new Span((a.outlet() == null ? "" : a.outlet() + " · ") + a.progress().label()
                        + (a.due() == null ? "" : " · due " + Formats.date(a.due())) + " · from " + a.assignedBy());
                meta.addClassName("article-card-meta");
                Div card = new Div(title, meta);
                card.addClassName("article-card");
                cards.add(card);
            }
            mine.add(cards);
            recent.add(mine);
        }
        H3 heading = new H3("Recent articles");
        heading.setId("recent-heading");
        recent.add(heading);
        List<ArticleSummary> list = articles.recent(RECENT);
        if (list.isEmpty()) {
            Paragraph empty = new Paragraph("No articles yet.");
            empty.addClassName("empty-state");
            recent.add(empty);
        } else {
            Div cards = new Div();
            cards.addClassName("article-cards");
            list.forEach(a -> cards.add(card(a)));
            recent.add(cards);
        }

        Section legend = new Section(new H3("The tags"), tagLegend(tags.active()));
        legend.addClassName("tag-legend");

        Div columns = new Div(recent, legend);
        columns.addClassName("home-columns");
        add(greeting, lead, columns);
    }

    static String greeting(LocalTime time) {
        int hour = time.getHour();
        return hour < 5 ? "Good evening" : hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening";
    }

    private static Component card(ArticleSummary a) {
        Anchor title = new Anchor("articles/" + a.id(), a.title());
        title.addClassName("article-card-title");
        List<String> meta = new ArrayList<>();
        if (a.outlet() != null) {
            meta.add(a.outlet());
        }
        if (a.publishedAt() != null) {
            meta.add(Formats.date(a.publishedAt()));
        }
        if (a.byline() != null) {
            meta.add(a.byline());
        }
        Span metaLine = new Span(String.join(" · ", meta));
        metaLine.addClassName("article-card-meta");
        Span footer = new Span("Imported by " + a.importedBy() + " · " + Formats.instant(a.importedAt())
                + " · " + Formats.readingTime(a.length()));
        footer.addClassName("article-card-footer");
        Div card = new Div(title, metaLine, footer);
        card.addClassName("article-card");
        return card;
    }

    private static Component tagLegend(List<TagView> tags) {
        Div list = new Div();
        tags.forEach(t -> list.add(legendItem(t)));
        list.addClassName("legend-list");
        return list;
    }

    private static Component legendItem(TagView tag) {
        Span chip = new Span(tag.name());
        chip.addClassName("tag-chip");
        chip.getStyle().set("color", com.credence.tagset.TagColours.text(tag.colour()))
                .set("background", com.credence.tagset.TagColours.tint(tag.colour(), com.credence.tagset.TagColours.TINT))
                .set("text-decoration", tag.line().decoration(tag.colour()));
        Div head = new Div(chip);
        if (tag.hotkey() != null) {
            Span key = new Span(tag.hotkey());
            key.addClassName("kbd");
            head.add(key);
        }
        head.addClassName("legend-head");
        Div item = new Div(head, new Paragraph(tag.definition()));
        item.addClassName("legend-item");
        return item;
    }
}

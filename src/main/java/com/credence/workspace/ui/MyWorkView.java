package com.credence.workspace.ui;

import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationStatus;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.QueueItem;
import com.credence.annotation.ReviewOutcome;
import com.credence.base.Inputs;
import com.credence.base.UserSignals;
import com.credence.review.ReviewService;
import com.credence.security.CurrentUser;
import com.credence.tagset.TagService;
import com.credence.tagset.TagView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
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
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * My own annotations by where they are in review: what came back to me (with the editor's reason and
 * comment), what is waiting for review, and my drafts. Updated live when an editor decides.
 */
@Route(MyWorkView.ROUTE)
@PageTitle("My work")
@Menu(title = "My work", order = 5, icon = "vaadin:tasks")
@PermitAll
class MyWorkView extends Main {

    static final String ROUTE = "my-work";
    static final int SHOWN = 200;

    private final AnnotationService annotations;
    private final ReviewService review;
    private final UserSignals signals;
    private final CurrentUser currentUser;
    private final Map<String, TagView> tags = new LinkedHashMap<>();
    private final Div sections = new Div();
    private @Nullable Runnable unsubscribe;

    MyWorkView(AnnotationService annotations, ReviewService review, TagService tagService, UserSignals signals,
            CurrentUser currentUser) {
        this.annotations = annotations;
        this.review = review;
        this.signals = signals;
        this.currentUser = currentUser;
        tagService.all().forEach(t -> tags.put(t.key(), t));
        addClassNames("page", "my-work-view");
        add(new H2("My work"), sections);
        render();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = signals.subscribe(currentUser.username(), () -> ui.access(this::render));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private void render() {
        sections.removeAll();
        sections.add(
                section("returned", "Returned to you", "Nothing came back: no changes requested, nothing rejected.",
                        EnumSet.of(AnnotationStatus.CHANGES_REQUESTED, AnnotationStatus.REJECTED)),
                section("waiting", "Waiting for review", "Nothing is waiting for an editor.", EnumSet.of(AnnotationStatus.SUBMITTED)),
                section("drafts", "Drafts", "No drafts: everything you marked has been submitted.", EnumSet.of(AnnotationStatus.DRAFT)),
                section("approved", "Approved", "Nothing approved yet.", EnumSet.of(AnnotationStatus.APPROVED)));
    }

    private Section section(String id, String title, String empty, Set<AnnotationStatus> statuses) {
        List<QueueItem> items = annotations.mine(statuses, 0, SHOWN);
        Section section = new Section();
        section.setId("work-" + id);
        section.addClassName("work-section");
        H3 heading = new H3(title + " (" + items.size() + (items.size() == SHOWN ? "+" : "") + ")");
        section.add(heading);
        if (items.isEmpty()) {
            Paragraph p = new Paragraph(empty);
            p.addClassName("empty-state");
            section.add(p);
        }
        for (QueueItem item : items) {
            section.add(card(item));
        }
        return section;
    }

    private Div card(QueueItem item) {
        AnnotationView a = item.annotation();
        AnnotationStatus status = AnnotationStatus.valueOf(a.status());
        Span tag = new Span(tagName(a.tag()));
        tag.addClassName("item-tag");
        Span badge = new Span(status.label());
        badge.addClassName("status-badge");
        badge.addClassName("status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        Div head = new Div(tag, badge, new Span(item.articleTitle()));
        head.addClassName("work-head");
        Paragraph quote = new Paragraph("“" + Inputs.abbreviate(a.quote(), 200) + "”");
        quote.addClassName("item-quote");
        Div card = new Div(head, quote);
        card.addClassName("work-card");
        card.getElement().setAttribute("data-annotation", String.valueOf(a.id()));
        ReviewOutcome last = a.review();
        if (last != null && (status == AnnotationStatus.CHANGES_REQUESTED || status == AnnotationStatus.REJECTED)) {
            Paragraph why = new Paragraph(review.describe(last));
            why.addClassName("review-outcome");
            card.add(why);
        }
        Anchor open = new Anchor("articles/" + a.articleId() + "?annotation=" + a.id(),
                status == AnnotationStatus.CHANGES_REQUESTED ? "Fix it in the article" : "Open in the article");
        open.addClassName("work-open");
        card.add(open);
        return card;
    }

    private String tagName(String key) {
        TagView t = tags.get(key);
        return t == null ? Objects.requireNonNullElse(key, "") : t.name();
    }
}

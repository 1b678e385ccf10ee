package com.credence.review.ui;

import com.credence.annotation.AnnotationRevision;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationStatus;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.QueueFilter;
import com.credence.annotation.QueueItem;
import com.credence.annotation.QueueSort;
import com.credence.annotation.ReviewMove;
import com.credence.annotation.ReviewOutcome;
import com.credence.annotation.StaleAnnotationException;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleService;
import com.credence.base.ConflictException;
import com.credence.base.Formats;
import com.credence.base.Inputs;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.review.ReviewReason;
import com.credence.review.ReviewService;
import com.credence.security.Roles;
import com.credence.tagset.TagService;
import com.credence.tagset.TagView;
import com.credence.text.TextSpan;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
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
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The editors' queue: annotations waiting for review across all articles, loaded page by page from
 * the database, filtered and sorted there, and worked through from the keyboard: j/k move, a
 * approves, c requests changes, r rejects (with a reason), o shows the history, x selects, Shift+A
 * approves the selection. The current item is shown beside the list with its paragraph, the other
 * annotations on its sentence, and its history; approving moves on to the next one.
 */
@Route("review")
@PageTitle("Review queue")
@Menu(title = "Review queue", order = 15, icon = "vaadin:check-square-o")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class QueueView extends Main implements BeforeEnterObserver {

    private final AnnotationService annotations;
    private final ReviewService review;
    private final ArticleService articles;
    private final Clock clock;
    private final Map<String, TagView> tags = new LinkedHashMap<>();

    final MultiSelectComboBox<AnnotationStatus> statusFilter = new MultiSelectComboBox<>();
    final Select<String> tagFilter = new Select<>();
    final TextField authorFilter = new TextField("Author");
    final TextField outletFilter = new TextField("Outlet");
    final TextField articleFilter = new TextField("Article id");
    final DatePicker fromFilter = new DatePicker("Submitted from");
    final DatePicker toFilter = new DatePicker("to");
    final Select<String> evidenceFilter = new Select<>();
    final Select<QueueSort> sort = new Select<>();
    final Div counts = new Div();
    final Grid<QueueItem> grid = new Grid<>();
    final Section detail = new Section();
    final Button approveSelected = new Button("Approve selected");

    private int currentIndex = 0;
    private @Nullable QueueItem current;

    QueueView(AnnotationService annotations, ReviewService review, ArticleService articles, TagService tagService, Clock clock) {
        this.annotations = annotations;
        this.review = review;
        this.articles = articles;
        this.clock = clock;
        tagService.all().forEach(t -> tags.put(t.key(), t));
        addClassNames("page", "queue-view");

        H2 heading = new H2("Review queue");
        Paragraph help = new Paragraph("Keys: j/k move · a approve · v approve with a verdict · c request changes · r reject · "
                + "o history · x select · Shift+A approve selected");
        help.addClassName("queue-help");
        counts.setId("status-counts");
        counts.addClassName("status-counts");
        counts.getElement().setAttribute("aria-live", "polite");

        Div filters = new Div(statusFilter, tagFilter, authorFilter, articleFilter, outletFilter, fromFilter, toFilter, evidenceFilter,
                sort);
        filters.addClassName("queue-filters");
        buildFilters();
        buildGrid();
        detail.addClassName("queue-detail");
        detail.setId("queue-detail");
        detail.getElement().setAttribute("aria-label", "The current item");
        detail.add(new Paragraph("Move to an item with j and k, or click it."));

        approveSelected.setId("approve-selected");
        approveSelected.setEnabled(false);
        approveSelected.addClickListener(e -> approveSelection());
        Div listColumn = new Div(filters, counts, approveSelected, grid);
        listColumn.addClassName("queue-list");
        Div columns = new Div(listColumn, detail);
        columns.addClassName("queue-columns");
        add(heading, help, columns);
        keys();
        refresh();
    }


    // ---------- filters and list ----------

    private void buildFilters() {
        statusFilter.setLabel("Status");
        statusFilter.setItems(AnnotationStatus.values());
        statusFilter.setItemLabelGenerator(AnnotationStatus::label);
        statusFilter.setPlaceholder("Any status");
        statusFilter.setWidth("15rem");
        statusFilter.setValue(EnumSet.of(AnnotationStatus.SUBMITTED));
        statusFilter.addValueChangeListener(e -> refresh());
        tagFilter.setLabel("Tag");
        tagFilter.setEmptySelectionAllowed(true);
        tagFilter.setEmptySelectionCaption("Any tag");
        tagFilter.setItems(List.copyOf(tags.keySet()));
        tagFilter.setItemLabelGenerator(k -> k == null ? "Any tag" : tagName(k));
        tagFilter.addValueChangeListener(e -> refresh());
        for (TextField f : List.of(authorFilter, outletFilter, articleFilter)) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setClearButtonVisible(true);
            f.addValueChangeListener(e -> refresh());
        }
        articleFilter.setAllowedCharPattern("[0-9]");
        articleFilter.setId("article-filter");
        authorFilter.setId("author-filter");
        outletFilter.setId("outlet-filter");
        statusFilter.setId("status-filter");
        fromFilter.addValueChangeListener(e -> refresh());
        toFilter.addValueChangeListener(e -> refresh());
        evidenceFilter.setLabel("Evidence");
        evidenceFilter.setItems("any", "with", "without");
        evidenceFilter.setValue("any");
        evidenceFilter.setItemLabelGenerator(v -> switch (v) {
            case "with" -> "With evidence";
            case "without" -> "Without evidence";
            default -> "With or without";
        });
        evidenceFilter.addValueChangeListener(e -> refresh());
        sort.setLabel("Sort by");
        sort.setItems(QueueSort.values());
        sort.setValue(QueueSort.WAITING);
        sort.setItemLabelGenerator(s -> switch (s) {
            case WAITING -> "Waiting longest";
            case NEWEST -> "Newest";
            case AUTHOR -> "Author";
            case TAG -> "Tag";
            case ARTICLE -> "Article";
            case OUTLET -> "Outlet";
            case UPDATED -> "Last changed";
        });
        sort.addValueChangeListener(e -> refresh());
    }

    private void buildGrid() {
        grid.setId("queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.getElement().setAttribute("aria-label", "Annotations to review");
        grid.addColumn(i -> "“" + Inputs.abbreviate(i.annotation().quote(), 90) + "”").setHeader("Quote").setKey("quote").setWidth("16rem").setFlexGrow(3);
        grid.addColumn(i -> tagName(i.annotation().tag())).setHeader("Tag").setKey("tag").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(i -> Objects.requireNonNullElse(i.annotation().source(), "—")).setHeader("Source").setWidth("9rem").setFlexGrow(1);
        grid.addColumn(i -> i.annotation().author()).setHeader("Author").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(i -> Inputs.abbreviate(i.articleTitle(), 50)).setHeader("Article").setWidth("11rem").setFlexGrow(1);
        grid.addColumn(i -> Objects.requireNonNullElse(i.outlet(), "—")).setHeader("Outlet").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(i -> AnnotationStatus.valueOf(i.annotation().status()).label()).setHeader("Status").setKey("status")
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(i -> i.annotation().submittedAt() == null ? "" : Formats.instant(i.annotation().submittedAt()))
                .setHeader("Submitted").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(i -> waiting(i.annotation().submittedAt())).setHeader("Waiting").setWidth("6rem").setFlexGrow(0);
        grid.setItems(query -> annotations.queue(filter(), sortOrder(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, annotations.queueSize(filter())));
        grid.setPartNameGenerator(i -> current != null && current.annotation().id() == i.annotation().id() ? "current" : null);
        grid.addItemClickListener(e -> showAt(indexOf(e.getItem()), e.getItem()));
        grid.asMultiSelect().addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            approveSelected.setText(n == 0 ? "Approve selected" : "Approve selected (" + n + ")");
            approveSelected.setEnabled(n > 0);
        });
        grid.setHeight("28rem");
    }

    /** ?articleId=ID narrows the queue to one article (the article page links here). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("articleId").filter(v -> v.matches("[0-9]{1,18}"))
                .ifPresent(articleFilter::setValue);
    }

    /** The triage keys, anywhere on the page except while typing in a field or in a dialog. */
    private static final String KEY_FILTER = "['j','k','a','c','r','o','x','A','v'].includes(event.key)"
            + " && !event.ctrlKey && !event.metaKey && !event.altKey"
            + " && !event.composedPath().some(n => n.tagName && (['INPUT','TEXTAREA','SELECT'].includes(n.tagName)"
            + " || n.isContentEditable || (n.getAttribute && n.getAttribute('role') === 'dialog')))";

    private @Nullable Registration keyListener;

    private void keys() {
        addAttachListener(e -> {
            if (keyListener != null) {
                keyListener.remove();
            }
            DomListenerRegistration listener = e.getUI().getElement().addEventListener("keydown",
                    event -> onKey(event.getEventData().get("event.key").asString()));
            listener.addEventData("event.key").setFilter(KEY_FILTER);
            keyListener = listener;
        });
        addDetachListener(e -> {
            if (keyListener != null) {
                keyListener.remove();
                keyListener = null;
            }
        });
    }

    private void onKey(String key) {
        switch (key) {
            case "j" -> move(1);
            case "k" -> move(-1);
            case "a" -> decideCurrent(ReviewMove.APPROVE);
            case "c" -> askReason(ReviewMove.REQUEST_CHANGES);
            case "r" -> askReason(ReviewMove.REJECT);
            case "o" -> showHistory();
            case "x" -> toggleSelection();
            case "A" -> approveSelection();
            case "v" -> askVerdict();
            default -> { }
        }
    }

    QueueFilter filter() {
        Set<AnnotationStatus> statuses = statusFilter.getValue();
        Long articleId = articleFilter.getValue().isBlank() ? null : Long.valueOf(articleFilter.getValue().strip());
        Instant from = fromFilter.getValue() == null ? null : fromFilter.getValue().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = toFilter.getValue() == null ? null : toFilter.getValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Boolean evidence = switch (Objects.requireNonNullElse(evidenceFilter.getValue(), "any")) {
            case "with" -> true;
            case "without" -> false;
            default -> null;
        };
        return new QueueFilter(statuses, tagFilter.getValue(), blankToNull(authorFilter.getValue()), articleId,
                blankToNull(outletFilter.getValue()), from, to, evidence);
    }

    private QueueSort sortOrder() {
        return Objects.requireNonNullElse(sort.getValue(), QueueSort.WAITING);
    }

    /** Reloads the list and the counts; the current position stays where it was (the next item moves up into it). */
    private void refresh() {
        grid.getDataProvider().refreshAll();
        Map<AnnotationStatus, Long> byStatus = annotations.queueCounts(filter());
        counts.removeAll();
        for (AnnotationStatus s : AnnotationStatus.values()) {
            Span count = new Span(s.label() + " " + byStatus.getOrDefault(s, 0L));
            count.addClassName("status-count");
            count.getElement().setAttribute("data-status", s.name());
            counts.add(count);
        }
        if (currentIndex >= 0) {
            showAt(currentIndex, null);
        }
    }

    private void move(int delta) {
        showAt(Math.max(0, currentIndex + delta), null);
    }

    /** Makes the item at this position of the list the current one (fetched when not given). */
    private void showAt(int index, @Nullable QueueItem given) {
        QueueItem item = given;
        if (item == null) {
            List<QueueItem> page = index < 0 ? List.of() : annotations.queue(filter(), sortOrder(), index, 1);
            if (page.isEmpty() && index > 0) {
                long size = annotations.queueSize(filter());
                index = (int) Math.max(0, size - 1);
                page = size == 0 ? List.of() : annotations.queue(filter(), sortOrder(), index, 1);
            }
            item = page.isEmpty() ? null : page.getFirst();
        }
        QueueItem previous = current;
        current = item;
        currentIndex = item == null ? -1 : index;
        if (previous != null) {
            grid.getDataProvider().refreshItem(previous);
        }
        if (item != null) {
            grid.getDataProvider().refreshItem(item);
            grid.scrollToIndex(index);
        }
        renderDetail(item, false);
    }

    private int indexOf(QueueItem item) {
        // the list is ordered in the database; find the clicked item's position among the loaded ones
        List<QueueItem> around = annotations.queue(filter(), sortOrder(), 0, 500);
        for (int i = 0; i < around.size(); i++) {
            if (around.get(i).annotation().id() == item.annotation().id()) {
                return i;
            }
        }
        return 0;
    }

    // ---------- the current item ----------

    private void renderDetail(@Nullable QueueItem item, boolean withHistory) {
        detail.removeAll();
        if (item == null) {
            Paragraph empty = new Paragraph("Nothing to review with these filters.");
            empty.addClassName("empty-state");
            detail.add(empty);
            return;
        }
        AnnotationView a = item.annotation();
        AnnotationStatus status = AnnotationStatus.valueOf(a.status());
        H3 title = new H3(item.articleTitle());
        Anchor open = new Anchor("articles/" + a.articleId(), "Open the article");
        open.setId("open-article");
        Span badge = new Span(status.label());
        badge.addClassName("status-badge");
        badge.addClassName("status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        badge.setId("current-status");

        detail.add(title, new Div(badge, new Span(" "), open));
        ArticleDetail article;
        try {
            article = articles.get(a.articleId());
        } catch (NotFoundException e) {
            detail.add(new Paragraph("The article is gone."));
            return;
        }
        detail.add(paragraphOf(article, a));
        Div fields = new Div();
        fields.addClassName("detail-fields");
        field(fields, "Tag", tagName(a.tag()));
        field(fields, "Source", a.source());
        field(fields, "Cue", a.cue());
        field(fields, "Note", a.note());
        field(fields, "Author", a.author());
        field(fields, "Submitted", a.submittedAt() == null ? null : Formats.instant(a.submittedAt()) + " (" + waiting(a.submittedAt())
                + " ago)");
        ReviewOutcome last = a.review();
        if (last != null) {
            field(fields, "Last decision", review.describe(last));
        }
        detail.add(fields);
        if (!a.evidence().isEmpty()) {
            Div links = new Div(new Span("Evidence: "));
            links.addClassName("detail-evidence");
            for (String link : a.evidence()) {
                Anchor l = new Anchor(link, link, AnchorTarget.BLANK);
                l.getElement().setAttribute("rel", "noopener noreferrer nofollow");
                links.add(l);
            }
            detail.add(links);
        }
        detail.add(othersOnTheSentence(article, a));
        detail.add(decisionButtons(status));
        if (withHistory) {
            detail.add(history(a.id()));
        }
    }

    /** The paragraph around the quote, the quote marked (as text, never markup). */
    private static Paragraph paragraphOf(ArticleDetail article, AnnotationView a) {
        String text = article.text();
        int from = text.lastIndexOf('\n', Math.max(0, a.start() - 1)) + 1;
        int to = text.indexOf('\n', a.end());
        if (to < 0) {
            to = text.length();
        }
        Span quote = new Span(text.substring(a.start(), a.end()));
        quote.addClassName("quote-mark");
        Paragraph p = new Paragraph();
        p.addClassName("detail-paragraph");
        p.add(new Span(text.substring(Math.min(from, a.start()), a.start())), quote, new Span(text.substring(a.end(), Math.max(a.end(), to))));
        return p;
    }

    private Div othersOnTheSentence(ArticleDetail article, AnnotationView a) {
        TextSpan sentence = article.sentences().stream().filter(s -> s.start() <= a.start() && a.start() < s.end()).findFirst()
                .orElse(new TextSpan(a.start(), a.end()));
        List<AnnotationView> others = annotations.forArticle(a.articleId()).stream()
                .filter(o -> o.id() != a.id() && o.start() < sentence.end() && o.end() > sentence.start()).toList();
        Div box = new Div(new H3("Also on this sentence"));
        box.addClassName("detail-others");
        box.setId("others-on-sentence");
        if (others.isEmpty()) {
            box.add(new Paragraph("No other annotations."));
        }
        for (AnnotationView o : others) {
            box.add(new Paragraph(tagName(o.tag()) + " · “" + Inputs.abbreviate(o.quote(), 80) + "” · " + o.author() + " · "
                    + AnnotationStatus.valueOf(o.status()).label()));
        }
        return box;
    }

    private Div decisionButtons(AnnotationStatus status) {
        Div buttons = new Div();
        buttons.addClassName("decision-buttons");
        if (status == AnnotationStatus.SUBMITTED) {
            Button approve = new Button("Approve (a)", e -> decideCurrent(ReviewMove.APPROVE));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            approve.setId("approve");
            Button changes = new Button("Request changes (c)", e -> askReason(ReviewMove.REQUEST_CHANGES));
            changes.setId("request-changes");
            Button reject = new Button("Reject (r)", e -> askReason(ReviewMove.REJECT));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            reject.setId("reject");
            buttons.add(approve, changes, reject);
        } else if (status == AnnotationStatus.APPROVED || status == AnnotationStatus.REJECTED) {
            Button reopen = new Button("Reopen", e -> decideCurrent(ReviewMove.REOPEN));
            reopen.setId("reopen");
            buttons.add(reopen);
        }
        Button history = new Button("History (o)", e -> showHistory());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        buttons.add(history);
        return buttons;
    }

    private Div history(long id) {
        Div box = new Div(new H3("History"));
        box.addClassName("detail-history");
        box.setId("current-history");
        for (AnnotationRevision r : annotations.history(id)) {
            AnnotationView s = r.state();
            String moved = r.from() == null || r.to() == null ? "" : " (" + r.from().label() + " → " + r.to().label() + ")";
            String why = "";
            if (s != null && s.review() != null && r.to() != null && s.review().at().toEpochMilli() / 1000 == r.when().toEpochMilli() / 1000) {
                why = (s.review().reason() == null ? "" : " — " + review.label(s.review().reason()))
                        + (s.review().comment() == null ? "" : ": “" + s.review().comment() + "”");
            }
            Paragraph entry = new Paragraph(Formats.instant(r.when()) + " — " + r.change() + moved + " by "
                    + Objects.requireNonNullElse(r.username(), "?") + why);
            entry.addClassName("history-entry");
            box.add(entry);
        }
        return box;
    }

    private void showHistory() {
        renderDetail(current, true);
    }

    // ---------- decisions ----------

    private void decideCurrent(ReviewMove move) {
        QueueItem item = current;
        if (item == null) {
            return;
        }
        if (move.needsReason()) {
            askReason(move);
            return;
        }
        decide(item, move, null, null);
    }

    private void askReason(ReviewMove move) {
        QueueItem item = current;
        if (item == null || !AnnotationStatus.valueOf(item.annotation().status()).equals(AnnotationStatus.SUBMITTED)) {
            return;
        }
        Dialog dialog = new Dialog(move == ReviewMove.REJECT ? "Reject this annotation" : "Request changes");
        dialog.setWidth("28rem");
        ComboBox<ReviewReason> reason = new ComboBox<>("Reason");
        reason.setAllowCustomValue(false);
        reason.setHelperText("Type to find one: “source”, “evidence”…");
        reason.setItems(review.activeReasons());
        reason.setItemLabelGenerator(ReviewReason::label);
        reason.setId("decision-reason");
        reason.setWidthFull();
        TextArea comment = new TextArea("Comment for the author (optional)");
        comment.setId("decision-comment");
        comment.setMaxLength(com.credence.annotation.AnnotationContent.MAX_REVIEW_COMMENT);
        comment.setWidthFull();
        Button confirm = new Button(move == ReviewMove.REJECT ? "Reject" : "Send back", e -> {
            if (reason.getValue() == null) {
                reason.setInvalid(true);
                reason.setErrorMessage("Choose a reason");
                reason.focus();
                return;
            }
            if (decide(item, move, reason.getValue().code(), comment.getValue())) {
                dialog.close();
            }
        });
        confirm.setId("confirm-decision");
        confirm.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(dialog).resetFocusOnActiveElement();
        comment.setHelperText("Ctrl+Enter sends");
        reason.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                comment.focus(); // a reason chosen: on to the words for the author
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(new Paragraph("“" + Inputs.abbreviate(item.annotation().quote(), 160) + "” by " + item.annotation().author()),
                reason, comment);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        reason.focus();
    }

    /** Approves the current item with a verdict: a contested claim's rating, published as schema.org ClaimReview. */
    private void askVerdict() {
        QueueItem item = current;
        if (item == null || !AnnotationStatus.SUBMITTED.name().equals(item.annotation().status())) {
            return;
        }
        Dialog dialog = new Dialog("Approve with a verdict");
        dialog.setWidth("28rem");
        TextField verdict = new TextField("Verdict");
        verdict.setId("decision-verdict");
        verdict.setMaxLength(com.credence.annotation.AnnotationContent.MAX_VERDICT);
        verdict.setHelperText("A short rating: False, Misleading, Unproven, True… Enter approves.");
        verdict.setWidthFull();
        dialog.add(new Paragraph("“" + Inputs.abbreviate(item.annotation().quote(), 160) + "”"), verdict);
        if (item.annotation().quote().length() > 75) {
            Paragraph warn = new Paragraph("The claim is " + item.annotation().quote().length() + " characters long: fact-check "
                    + "aggregators show about 75 of it (ClaimReview's claimReviewed). Consider a shorter span.");
            warn.addClassName("verdict-warning");
            warn.setId("verdict-warning");
            dialog.add(warn);
        }
        Button confirm = new Button("Approve", e -> {
            if (decideWithVerdict(item, verdict.getValue())) {
                dialog.close();
            }
        });
        confirm.setId("confirm-verdict");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER).listenOn(dialog).resetFocusOnActiveElement();
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
        verdict.focus();
    }

    private boolean decideWithVerdict(QueueItem item, String verdict) {
        AnnotationView a = item.annotation();
        try {
            review.decide(a.articleId(), a.id(), a.version(), ReviewMove.APPROVE, null, null, verdict);
        } catch (RuntimeException e) {
            error(e.getMessage());
            refresh();
            return false;
        }
        Notification.show("Approved with the verdict “" + Inputs.abbreviate(verdict, 40) + "”", 2500, Notification.Position.BOTTOM_START);
        refresh();
        return true;
    }

    /** Makes the decision; true when it was made. The list then moves on to the next item. */
    private boolean decide(QueueItem item, ReviewMove move, @Nullable String reason, @Nullable String comment) {
        AnnotationView a = item.annotation();
        try {
            review.decide(a.articleId(), a.id(), a.version(), move, reason, comment);
        } catch (StaleAnnotationException e) {
            error("The author changed this annotation since you opened it: look at it again before deciding.");
            refresh();
            return false;
        } catch (InvalidInputException | ConflictException | AccessDeniedException | NotFoundException e) {
            error(e.getMessage());
            refresh();
            return false;
        }
        Notification.show(move.label() + ": “" + Inputs.abbreviate(a.quote(), 40) + "”", 2500, Notification.Position.BOTTOM_START);
        grid.asMultiSelect().deselect(item);
        refresh();
        return true;
    }

    private void toggleSelection() {
        QueueItem item = current;
        if (item == null) {
            return;
        }
        if (grid.asMultiSelect().isSelected(item)) {
            grid.asMultiSelect().deselect(item);
        } else {
            grid.asMultiSelect().select(item);
        }
    }

    private void approveSelection() {
        Set<QueueItem> selected = grid.asMultiSelect().getSelectedItems();
        int approved = 0;
        for (QueueItem item : selected) {
            AnnotationView a = item.annotation();
            try {
                review.decide(a.articleId(), a.id(), a.version(), ReviewMove.APPROVE, null, null);
                approved++;
            } catch (RuntimeException e) {
                error("Not approved: “" + Inputs.abbreviate(a.quote(), 40) + "” — " + e.getMessage());
            }
        }
        grid.asMultiSelect().deselectAll();
        Notification.show("Approved " + approved + (approved == 1 ? " annotation" : " annotations"), 2500,
                Notification.Position.BOTTOM_START);
        refresh();
    }

    // ---------- helpers ----------

    private String waiting(@Nullable Instant since) {
        if (since == null) {
            return "";
        }
        Duration d = Duration.between(since, clock.instant());
        if (d.toDays() > 0) {
            return d.toDays() + " d";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " h";
        }
        return Math.max(0, d.toMinutes()) + " min";
    }

    private String tagName(@Nullable String key) {
        TagView t = key == null ? null : tags.get(key);
        return t == null ? Objects.requireNonNullElse(key, "") : t.name();
    }

    private static void field(Div fields, String label, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span l = new Span(label);
        l.addClassName("detail-label");
        Span v = new Span(value);
        v.addClassName("detail-value");
        fields.add(new Div(l, v));
    }

    private static @Nullable String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}

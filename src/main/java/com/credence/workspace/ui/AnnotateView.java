package com.credence.workspace.ui;

import com.credence.annotation.AnnotationContent;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.StreamedEvent;
import com.credence.annotation.AnnotationRevision;
import com.credence.annotation.AnnotationService;
import com.credence.source.SourceService;
import com.credence.annotation.AnnotationStatus;
import com.credence.annotation.ReviewMove;
import com.credence.annotation.ReviewOutcome;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.ForeignAnnotation;
import com.credence.annotation.ForeignAnnotationService;
import com.credence.annotation.RestoreRefusedException;
import com.credence.annotation.StaleAnnotationException;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleService;
import com.credence.base.ConflictException;
import com.credence.base.Formats;
import com.credence.base.Inputs;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.export.ExportDocument;
import com.credence.export.ExportFormat;
import com.credence.export.ExportScope;
import com.credence.export.ExportService;
import com.credence.review.ArticleAssignment;
import com.credence.review.AssignmentService;
import com.credence.review.ReviewService;
import com.credence.security.Colleague;
import com.credence.security.CurrentUser;
import com.credence.security.Roles;
import com.credence.suggestion.Suggestion;
import com.credence.suggestion.SuggestionService;
import com.credence.tagset.TagService;
import com.credence.tagset.TagView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Reading and annotating an article: the text with its highlights on the left, the article's
 * annotations and the open annotation's form on the right. Work is saved as it is made; changes by
 * others arrive by server push.
 */
@Route("articles/:id")
@PermitAll
class AnnotateView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Comparator<AnnotationView> TEXT_ORDER = Comparator.comparingInt(AnnotationView::start)
            .thenComparing(Comparator.comparingInt(AnnotationView::end).reversed()).thenComparingLong(AnnotationView::id);

    private final ArticleService articles;
    private final AnnotationService annotations;
    private final TagService tagService;
    private final AnnotationBroadcaster broadcaster;
    private final Clock clock;
    private final ReviewService review;
    private final AssignmentService assignments;
    private final ExportService exports;
    private final CurrentUser currentUser;
    private final ForeignAnnotationService foreignAnnotations;
    private final SuggestionService suggestions;
    /** Hides or shows the suggestions in the text (also the g key); aria-pressed says which. */
    final Button suggestionsToggle = new Button("Suggestions");
    private boolean suggestionsShown = true;
    /**
     * The suggestions the browser holds, to send it only what changes; null while it has not fetched them
     * (then there is nothing to change: the list it fetches is made after this).
     */
    private @Nullable List<Suggestion> shownSuggestions;
    /** Which offer of suggestions is the current one: a fetch for an earlier article's text answers nothing. */
    private int suggestionOffers;

    final TextAnnotator text = new TextAnnotator();
    /** The open annotation's words, author and time, at the top of the form. */
    private final Paragraph formQuote = new Paragraph();
    final AnnotationList list = new AnnotationList();
    final Button panelToggle = new Button("Annotations");
    /** What an article without annotations says in their place: how to start. */
    private final Paragraph emptyHint = new Paragraph("Nothing marked yet. Click a sentence (or drag over a few words), then "
            + "press 1, 2 or 3 or pick a tag in the toolbar. j and k move from sentence to sentence; ? shows every key.");
    final Select<String> tagFilter = new Select<>();
    final Select<String> authorFilter = new Select<>();
    final Div form = new Div();
    final Select<String> tagField = new Select<>();
    final ComboBox<String> sourceField = new ComboBox<>("Source");
    /** The page of the source the open annotation is attributed to. */
    final com.vaadin.flow.component.html.Anchor sourceLink = new com.vaadin.flow.component.html.Anchor();
    private final SourceService sources;
    final TextField cueField = new TextField("Cue");
    final TextArea noteField = new TextArea("Note");
    final TextArea evidenceField = new TextArea("Evidence links");
    final ComboBox<AnnotationView> conflictField = new ComboBox<>("Conflicts with");
    private final ArticlePresence presence;
    /** Who else has this article open: their initials in the header. */
    private final Div here = new Div();
    /** The article's headline, details and links: the one part of the frame that is built again for each article. */
    private final Header header = new Header();
    private @Nullable Runnable leave;

    /** Whether the next click on a highlight picks the annotation the open one conflicts with. */
    private boolean picking;
    private final Div pickBanner = new Div();

    /** Unsaved text per typed field, from the browser's input events. */
    private final Map<Object, String> typed = new HashMap<>();
    /** Colleagues' saves that met my unsaved text: one bar per field. */
    private final Div remoteChanges = new Div();
    final Span saveState = new Span();
    final Span statusBadge = new Span();
    final Paragraph outcome = new Paragraph();
    final Button submitButton = new Button("Submit for review", VaadinIcon.PAPERPLANE.create());
    final Button submitAllButton = new Button("Submit my drafts", VaadinIcon.PAPERPLANE.create());

    /**
     * Annotations other tools posted (W3C protocol) that Credence could not anchor: listed read-only, as
     * plain text (a native details element: no component the bundle lacks, and keyboard-operable as it is).
     */
    final NativeDetails others = new NativeDetails();
    private final Map<Long, AnnotationView> byId = new LinkedHashMap<>();
    private final Map<String, TagView> tags = new LinkedHashMap<>();
    private @Nullable ArticleDetail article;
    private @Nullable AnnotationView open;
    private @Nullable Runnable unregister;
    private String title = "Article";

    AnnotateView(ArticleService articles, AnnotationService annotations, TagService tagService, ReviewService review,
            AssignmentService assignments, ExportService exports, CurrentUser currentUser, AnnotationBroadcaster broadcaster, ArticlePresence presence, Clock clock,
            ForeignAnnotationService foreignAnnotations, SourceService sources, SuggestionService suggestions) {
        this.sources = sources;
        this.foreignAnnotations = foreignAnnotations;
        this.suggestions = suggestions;
        this.exports = exports;
        this.review = review;
        this.assignments = assignments;
        this.currentUser = currentUser;
        this.articles = articles;
        this.annotations = annotations;
        this.tagService = tagService;
        this.broadcaster = broadcaster;
        this.presence = presence;
        this.clock = clock;
        addClassName("annotate-view");
        text.setId("article-text");
        text.addTagListener(e -> tag(e.start, e.end, e.tag));
        text.addOpenListener(e -> {
            openById(e.id, false);
            tagField.focus(); // opened from the keyboard: carry on typing in the form
        });
        text.addDeleteListener(e -> deleteWithUndo(e.id));
        text.addRetagListener(e -> retag(e.id, e.tag));
        text.addUndoListener(e -> undoLast());
        text.addPickedListener(e -> picked(e.id));
        text.addSubmitListener(e -> submit(e.id));
        text.addSubmitAllListener(e -> submitAll());
        text.addSuggestionListener(e -> decideSuggestion(e.start, e.end, e.tag, e.accept));
        text.addSuggestionsShownListener(e -> suggestionsShown(e.shown));
        suggestionsToggle.setId("suggestions-toggle");
        suggestionsToggle.addClassName("suggestions-toggle");
        suggestionsToggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        suggestionsToggle.setTooltipText("Hide or show the suggestions (dotted outline) in the text: g. On a suggested sentence, "
                + "y accepts and n dismisses.");
        suggestionsToggle.getElement().setAttribute("aria-pressed", "true");
        suggestionsToggle.addClickListener(e -> {
            suggestionsShown(!suggestionsShown);
            text.showSuggestions(suggestionsShown);
        });
        submitButton.setId("submit-annotation");
        submitButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        submitButton.addClickListener(e -> {
            if (open != null) {
                submit(open.id());
            }
        });
        submitAllButton.setId("submit-all");
        submitAllButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        submitAllButton.setTooltipText("Submit all your drafts on this article for review: Shift+S");
        submitAllButton.addClickListener(e -> submitAll());
        statusBadge.setId("annotation-status");
        outcome.setId("review-outcome");
        outcome.addClassName("review-outcome");
        buildForm();
        buildFrame();
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
        try {
            article = articles.get(id);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
            return;
        }
        // The view is reused when navigating from one article to another (links, back and forward):
        // nothing of the previous article may stay behind.
        title = article.title();
        open = null;
        form.setVisible(false);
        list.select(null);
        endPicking();
        typed.clear();
        byId.clear();
        tags.clear();
        tagFilter.clear();
        authorFilter.clear();
        tagService.all().forEach(t -> tags.put(t.key(), t));
        annotations.forArticle(id).forEach(a -> byId.put(a.id(), a));
        layout(article);
        showOthers(id);
        undos.clear(); // what Ctrl+Z takes back belongs to the article it was done on
        text.load(article, List.copyOf(byId.values()), List.copyOf(tags.values()));
        text.showSuggestions(suggestionsShown);
        offerSuggestions(article.id());
        getUI().ifPresent(this::subscribe);
        // ?annotation=ID (from My work, the queue): open that annotation at once
        event.getLocation().getQueryParameters().getSingleParameter("annotation").ifPresent(value -> {
            try {
                openById(Long.parseLong(value), true);
            } catch (NumberFormatException e) {
                // not an annotation id: just show the article
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        subscribe(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe();
    }

    /** Live updates of the article shown now, and of no other. */
    private void subscribe(UI ui) {
        unsubscribe();
        if (article == null) {
            return;
        }
        long articleId = article.id();
        unregister = broadcaster.register(articleId, change -> ui.access(() -> {
            if (article != null && article.id() == change.articleId()) {
                applyRemote(change);
            }
        }));
        leave = presence.join(articleId, this, currentUser.username(), () -> ui.access(this::showPresence));
        showPresence();
    }

    private void unsubscribe() {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
        if (leave != null) {
            leave.run();
            leave = null;
        }
    }

    /** The initials of the others who have this article open, with their names for screen readers and the tooltip. */
    private void showPresence() {
        here.removeAll();
        if (article == null) {
            return;
        }
        List<String> others = presence.others(article.id(), currentUser.username());
        here.getElement().setAttribute("data-users", String.join(",", others));
        if (others.isEmpty()) {
            here.setVisible(false);
            return;
        }
        here.setVisible(true);
        com.vaadin.flow.component.avatar.AvatarGroup group = new com.vaadin.flow.component.avatar.AvatarGroup();
        group.setMaxItemsVisible(4);
        others.forEach(u -> group.add(new com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem(u)));
        group.addThemeName("small");
        String words = "Also on this article now: " + String.join(", ", others);
        Span label = new Span("Also here");
        label.addClassName("presence-label");
        here.getElement().setAttribute("title", words);
        here.getElement().setAttribute("aria-label", words);
        here.getElement().setAttribute("role", "status");
        here.add(label, group);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    // ---------- layout ----------

    /**
     * The article's header for this article. Only the header changes from one article to the next: the
     * text element, the list and the form stay in the page (taking them out and putting them back made
     * the browser lay out the previous article's text again and reset the list's renderer).
     */
    private void layout(ArticleDetail art) {
        H1 heading = new H1(art.title());
        // when the text itself opens with the headline, it is shown once: the text's first paragraph is set as the
        // headline and the heading stays for screen readers and the outline only
        String firstLine = art.text().strip().lines().findFirst().orElse("").strip();
        boolean titleFirst = !firstLine.isEmpty() && firstLine.equals(art.title().strip());
        heading.setClassName("visually-hidden", titleFirst);
        text.setClassName("title-first", titleFirst);
        heading.addClassName("article-title");
        List<String> meta = new ArrayList<>();
        if (art.outlet() != null) {
            meta.add(art.outlet());
        }
        if (art.byline() != null) {
            meta.add(art.byline());
        }
        if (art.publishedAt() != null) {
            meta.add(Formats.date(art.publishedAt()));
        }
        Span metaLine = new Span(String.join(" · ", meta));
        metaLine.addClassName("article-meta");
        header.removeAll();
        header.add(heading, metaLine);
        if (art.url() != null && (art.url().startsWith("https://") || art.url().startsWith("http://"))) {
            Anchor source = new Anchor(art.url(), art.url(), AnchorTarget.BLANK);
            source.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            source.addClassName("article-url");
            header.add(source);
        }
        Span provenance = new Span("Imported by " + art.importedBy() + " · " + Formats.instant(art.importedAt()) + " · "
                + art.sentences().size() + " sentences · press ? for keyboard shortcuts");
        provenance.addClassName("article-provenance");
        header.add(provenance, suggestionsToggle, here, assignment(art.id()), exportLinks(art.id()), neighbours(art.id()));
        refreshFilters();
        refreshList();
    }

    /** The page's frame, once: the reading column (header and text) and the annotation panel with its list and form. */
    private void buildFrame() {
        here.setId("presence");
        here.addClassName("presence");
        Div reading = new Div(new Article(header, text));
        reading.addClassName("reading");

        H3 panelTitle = new H3("Annotations");
        tagFilter.setPlaceholder("All tags");
        tagFilter.setEmptySelectionAllowed(true);
        tagFilter.setEmptySelectionCaption("All tags");
        tagFilter.setAriaLabel("Filter by tag");
        tagFilter.addValueChangeListener(e -> refreshList());
        authorFilter.setPlaceholder("All authors");
        authorFilter.setEmptySelectionAllowed(true);
        authorFilter.setEmptySelectionCaption("All authors");
        authorFilter.setAriaLabel("Filter by author");
        authorFilter.addValueChangeListener(e -> refreshList());
        Div filters = new Div(tagFilter, authorFilter);
        filters.addClassName("filters");
        Div head = new Div(new Div(panelTitle, submitAllButton), filters);
        head.addClassName("panel-head");

        list.addClassName("annotation-list");
        list.addOpenListener(e -> openById(e.id, true));

        list.getElement().setAttribute("aria-label", "Annotations on this article (arrow keys move, Enter opens)");
        emptyHint.addClassName("empty-hint");
        emptyHint.setId("empty-hint");
        others.setId("other-tools");
        others.addClassName("other-tools");
        others.setVisible(false);
        Div panel = new Div(head, emptyHint, list, others, form);
        panel.addClassName("side-panel");
        panel.setId("annotation-panel");
        // on a phone the annotations are a sheet that slides up over the text; this button opens and closes it
        panelToggle.addClassName("panel-toggle");
        panelToggle.setId("panel-toggle");
        panelToggle.getElement().setAttribute("aria-controls", "annotation-panel");
        panelToggle.getElement().setAttribute("aria-expanded", "false");
        panelToggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        panelToggle.addClickListener(e -> showPanel(!getClassNames().contains("panel-open")));
        add(reading, panel, panelToggle);
        form.setVisible(false);
    }

    private void buildForm() {
        form.addClassName("annotation-form");
        form.setId("annotation-form");
        tagField.setLabel("Tag");
        tagField.setItemLabelGenerator(this::tagName);
        sourceField.setAllowCustomValue(true);
        sourceField.setHelperText("Who the claim is attributed to: a source of the ledger (found by any of its names), or a new one");
        // names and aliases, case and accents aside ("MoD" finds "Ministry of Defence"); a new name makes an entry when saved
        sourceField.setItems(query -> sources.suggest(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()));
        sourceLink.setId("source-link");
        sourceLink.addClassName("source-link");
        sourceLink.setVisible(false);
        // Enter on the link follows it: the text element's keys (Enter opens an annotation) listen on the document
        sourceLink.getElement().executeJs("this.addEventListener('keydown', e => { if (e.key === 'Enter') e.stopPropagation(); })");
        sourceField.addCustomValueSetListener(e -> {
            sourceField.setValue(e.getDetail());
            save();
        });
        cueField.setHelperText("The words that signal it: “said”, “reportedly”, scare quotes…");
        cueField.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        noteField.setHelperText("Why: what you checked and found");
        noteField.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        noteField.setMaxLength(AnnotationContent.MAX_NOTE);
        cueField.setMaxLength(AnnotationContent.MAX_CUE);
        evidenceField.setMaxLength(AnnotationContent.MAX_EVIDENCE_COLUMN);
        evidenceField.setHelperText("One web address per line");
        evidenceField.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        conflictField.setItemLabelGenerator(a -> tagName(a.tag()) + ": “" + Inputs.abbreviate(a.quote(), 60) + "”");
        conflictField.setClearButtonVisible(true);
        conflictField.setHelperText("For a contested claim: the annotation it disputes");
        // what is typed but not yet saved (saving happens when a field is left): kept when someone else saves meanwhile
        for (TypedField t : typedFields()) {
            t.field().getElement().addEventListener("input", e -> typed.put(t.field(), e.getEventData().get("element.value").asString()))
                    .addEventData("element.value").debounce(150);
        }
        List<HasValue<?, ?>> autosaved = List.of(tagField, sourceField, cueField, noteField, evidenceField, conflictField);
        for (HasValue<?, ?> field : autosaved) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    typed.remove(field);
                    dropRemoteChange(field);
                    save();
                }
            });
        }
        tagField.setWidthFull();
        sourceField.setWidthFull();
        cueField.setWidthFull();
        noteField.setWidthFull();
        evidenceField.setWidthFull();
        conflictField.setWidthFull();
        saveState.addClassName("save-state");
        saveState.setId("save-state");
        // Esc in the form closes it and gives the keyboard back to the text.
        Shortcuts.addShortcutListener(form, () -> {
            if (picking) {
                endPicking(); // one Esc leaves picking; the form stays
                return;
            }
            closeForm();
            form.getElement().executeJs("document.activeElement && document.activeElement.blur()");
        }, Key.ESCAPE).listenOn(form).allowEventPropagation(); // the text hears the same Esc (and stops picking)
        // Esc anywhere else on the page also leaves picking (the text stops picking on the same key)
        Shortcuts.addShortcutListener(this, () -> {
            if (picking) {
                endPicking();
            }
        }, Key.ESCAPE).listenOn(this).allowBrowserDefault().allowEventPropagation();
        pickBanner.addClassName("pick-banner");
        pickBanner.setId("pick-banner");
        pickBanner.getElement().setAttribute("role", "status");
        pickBanner.setVisible(false);
    }

    /** Picking the annotation a contested claim disputes: a banner says what to do until it is picked or cancelled. */
    private void startPicking() {
        picking = true;
        text.startPicking();
        pickBanner.removeAll();
        Button cancel = new Button("Cancel", e -> {
            endPicking();
            text.getElement().executeJs("this.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}))");
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        pickBanner.add(new Span("Click, in the text, the annotation this one conflicts with. Esc cancels."), cancel);
        pickBanner.setVisible(true);
    }

    private void endPicking() {
        picking = false;
        pickBanner.setVisible(false);
    }

    /** A field people type into, its label, and what it shows for an annotation. */
    private record TypedField(com.vaadin.flow.component.AbstractSinglePropertyField<?, String> field, String label,
            java.util.function.Function<AnnotationView, String> valueOf) {
    }

    /** The fields people type into; their unsaved text survives a colleague's save (see {@link #mergeRemote}). */
    private List<TypedField> typedFields() {
        return List.of(new TypedField(cueField, "Cue", a -> a.cue() == null ? "" : a.cue()),
                new TypedField(noteField, "Note", a -> a.note() == null ? "" : a.note()),
                new TypedField(evidenceField, "Evidence links", a -> String.join("\n", a.evidence())));
    }

    /**
     * Someone else saved the annotation my form shows. Fields I have not touched take their values; a
     * field where I have typed something not yet saved keeps my text, and a bar beside the form says
     * who changed it when, with "Keep mine" (saves mine) and "Take theirs".
     */
    private void mergeRemote(AnnotationView theirs, String by) {
        AnnotationView before = open;
        if (before == null) {
            return;
        }
        java.util.Set<Object> kept = new java.util.HashSet<>();
        for (TypedField t : typedFields()) {
            String mine = typed.get(t.field());
            String now = t.valueOf().apply(theirs);
            if (mine != null && !mine.equals(t.valueOf().apply(before)) && !mine.equals(now)) {
                kept.add(t.field());
                remoteChange(t, now, by);
            } else {
                typed.remove(t.field());
            }
        }
        open = theirs;
        fill(theirs, kept);
    }

    /** Takes away the bar about a colleague's save of this field (it was answered, or the field was saved). */
    private void dropRemoteChange(Object field) {
        typedFields().stream().filter(t -> t.field() == field).forEach(t -> remoteChanges.getChildren()
                .filter(c -> t.label().equals(c.getElement().getAttribute("data-field"))).toList().forEach(remoteChanges::remove));
    }

    private void remoteChange(TypedField t, String theirs, String by) {
        var field = t.field();
        String label = t.label();
        dropRemoteChange(field);
        Div bar = new Div();
        bar.addClassName("remote-change");
        bar.getElement().setAttribute("data-field", label);
        bar.getElement().setAttribute("role", "status");
        Span what = new Span(label + " changed by " + by + " at " + DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault())
                .format(clock.instant()) + " (“" + Inputs.abbreviate(theirs, 60) + "”); yours is not saved yet.");
        Button keep = new Button("Keep mine", e -> {
            String mine = typed.remove(field);
            if (mine != null) {
                field.setValue(mine);
            }
            remoteChanges.remove(bar);
            save();
        });
        keep.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        keep.addClassName("keep-mine");
        Button take = new Button("Take theirs", e -> {
            typed.remove(field);
            field.setValue(open == null ? theirs : t.valueOf().apply(open));
            remoteChanges.remove(bar);
        });
        take.addThemeVariants(ButtonVariant.LUMO_SMALL);
        take.addClassName("take-theirs");
        bar.add(what, keep, take);
        remoteChanges.add(bar);
    }

    /**
     * Shows the annotation in the form. The form is made once and then only filled: making it anew for
     * every annotation opened (a y on a suggestion opens one) sent its every field again and had the
     * browser take them out and put them back.
     */
    private void renderForm(AnnotationView a) {
        if (form.getComponentCount() == 0) {
            layOutForm();
        }
        typed.clear();
        remoteChanges.removeAll();
        formQuote.setText("“" + Inputs.abbreviate(a.quote(), 200) + "” — by " + a.author() + ", " + Formats.instant(a.updatedAt()));
        fill(a);
        form.setVisible(true);
    }

    private void layOutForm() {
        remoteChanges.addClassName("remote-changes");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> closeForm());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Close the form");
        Div formHead = new Div(new H3("Annotation"), statusBadge, saveState, close);
        formHead.addClassName("form-head");
        formQuote.addClassName("form-quote");

        // the buttons act on the annotation open when they are pressed
        Button history = new Button("History", VaadinIcon.CLOCK.create(), e -> {
            if (open != null) {
                showHistory(open.id());
            }
        });
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        history.setId("history");
        Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> {
            if (open != null) {
                deleteWithUndo(open.id());
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.setId("delete-annotation");
        Button pick = new Button("Pick in the text", VaadinIcon.CROSSHAIRS.create(), e -> startPicking());
        pick.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        pick.setId("pick-conflict");
        Div actions = new Div(submitButton, history, delete);
        form.add(formHead, formQuote, outcome, pickBanner, remoteChanges, tagField, sourceField, sourceLink, cueField, noteField, evidenceField, conflictField, pick, actions);
    }

    /** The link to the page of the annotation's source, when it is linked to a ledger entry; its name only as text. */
    private void showSourceLink(AnnotationView a) {
        Long id = a.sourceId();
        sourceLink.setVisible(id != null);
        if (id != null) {
            sourceLink.setHref("sources/" + id);
            sourceLink.setText("Source page: " + (a.source() == null ? "source " + id : a.source()));
        }
    }

    private void fill(AnnotationView a) {
        fill(a, java.util.Set.of());
    }

    /** Puts the annotation into the form; the fields in {@code keep} keep what the user has typed. */
    private void fill(AnnotationView a, java.util.Set<Object> keep) {
        AnnotationStatus status = AnnotationStatus.valueOf(a.status());
        statusBadge.setText(status.label());
        statusBadge.getElement().setAttribute("title", "Status: " + status.label());
        statusBadge.setClassName("status-badge status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        ReviewOutcome last = a.review();
        outcome.setVisible(last != null);
        if (last != null) {
            outcome.setText(review.describe(last));
        }
        boolean mine = a.author().equals(currentUser.username());
        submitButton.setVisible(mine && ReviewMove.SUBMIT.from().contains(status));
        submitButton.setText(status == AnnotationStatus.CHANGES_REQUESTED ? "Submit again" : "Submit for review");
        boolean editable = status.editable() && (mine || currentUser.hasRole(Roles.EDITOR) || currentUser.hasRole(Roles.ADMIN));
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(tagField, sourceField, cueField, noteField, evidenceField, conflictField)) {
            field.setReadOnly(!editable);
        }
        List<String> tagKeys = tags.values().stream().filter(t -> !t.retired() || t.key().equals(a.tag())).map(TagView::key).toList();
        tagField.setItems(tagKeys);
        tagField.setValue(a.tag());
        sourceField.setValue(a.source());
        showSourceLink(a);
        for (TypedField t : typedFields()) {
            if (!keep.contains(t.field())) {
                t.field().setValue(t.valueOf().apply(a));
                if (t.field() == evidenceField) {
                    evidenceField.setInvalid(false);
                }
            }
        }
        List<AnnotationView> others = byId.values().stream().filter(o -> o.id() != a.id()).sorted(TEXT_ORDER).toList();
        conflictField.setItems(others);
        conflictField.setValue(a.conflictsWith() == null ? null : byId.get(a.conflictsWith()));
    }

    // ---------- actions ----------

    private void tag(int start, int end, String tag) {
        if (article == null) {
            return;
        }
        try {
            AnnotationService.Tagging t = annotations.tag(article.id(), start, end, tag);
            AnnotationView a = t.annotation();
            boolean newAuthor = byId.values().stream().noneMatch(o -> o.author().equals(a.author()));
            byId.put(a.id(), a);
            text.upsert(a);
            text.clearSelection();
            switch (t.outcome()) {
                case CREATED -> {
                    remember(new Undo.Created(a.id()));
                    text.announce(tagName(a.tag()) + " annotation added.");
                }
                case RETAGGED -> {
                    remember(new Undo.Retagged(a.id(), java.util.Objects.requireNonNull(t.previousTag())));
                    text.announce("Changed from " + tagName(t.previousTag()) + " to " + tagName(a.tag()) + ".");
                    if (open != null && open.id() == a.id()) {
                        open = a;
                        fill(a);
                    }
                }
                case FOUND -> {
                    text.flash(a.id());
                    text.announce("Already " + tagName(a.tag()) + ".");
                }
            }
            if (newAuthor) {
                refreshFilters();
            }
            refreshList();
            suggestionTakenCareOf(a.start(), a.end(), a.tag());
        } catch (InvalidInputException e) {
            error(e.getMessage());
        }
    }

    /** A tag key on the annotation Tab made current: that one takes the tag. */
    private void retag(long id, String tag) {
        AnnotationView known = byId.get(id);
        if (article == null || known == null) {
            return;
        }
        try {
            AnnotationService.Tagging t = annotations.retag(article.id(), id, tag);
            if (t.outcome() == AnnotationService.Tagging.Outcome.RETAGGED) {
                remember(new Undo.Retagged(id, java.util.Objects.requireNonNull(t.previousTag())));
                text.announce("Changed from " + tagName(t.previousTag()) + " to " + tagName(t.annotation().tag()) + ".");
            }
            show(t.annotation());
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            error(e.getMessage());
        } catch (AccessDeniedException e) {
            error("Only its author or an editor may change this annotation.");
        }
    }

    // ---------- undo ----------

    /** What Ctrl+Z takes back: my tags, changes and deletes on this page, newest last (at most 50). */
    private final java.util.Deque<Undo> undos = new java.util.ArrayDeque<>();

    /** One step to take back: a new annotation (deleted again), a tag change, a form change (its state before), a delete (restored). */
    sealed interface Undo {
        long id();

        record Created(long id) implements Undo {
        }

        record Retagged(long id, String previousTag) implements Undo {
        }

        record Changed(long id, AnnotationView before) implements Undo {
        }

        record Deleted(long id) implements Undo {
        }
    }

    private void remember(Undo step) {
        // several saves of one annotation in a row are one step back to where it was before them
        if (step instanceof Undo.Changed && undos.peekLast() instanceof Undo.Changed last && last.id() == step.id()) {
            return;
        }
        undos.addLast(step);
        while (undos.size() > 50) {
            undos.removeFirst();
        }
    }

    /** Takes back my last tag, change or delete on this page: a delete is restored (same id, history, links), never re-created. */
    void undoLast() {
        if (article == null) {
            return;
        }
        Undo step = undos.pollLast();
        if (step == null) {
            text.announce("Nothing to undo.");
            Notification.show("Nothing to undo.", 2500, Notification.Position.BOTTOM_START);
            return;
        }
        try {
            switch (step) {
                case Undo.Created c -> {
                    AnnotationView a = annotations.get(c.id());
                    annotations.delete(a.id(), a.version());
                    remove(a.id());
                    said("Undone: the " + tagName(a.tag()) + " annotation is removed.");
                }
                case Undo.Retagged r -> {
                    AnnotationService.Tagging t = annotations.retag(article.id(), r.id(), r.previousTag());
                    show(t.annotation());
                    said("Undone: back to " + tagName(r.previousTag()) + ".");
                }
                case Undo.Changed ch -> {
                    AnnotationView now = annotations.get(ch.id());
                    AnnotationView b = ch.before();
                    AnnotationView back = annotations.update(ch.id(), now.version(), new AnnotationDraft(b.start(), b.end(), b.tag(),
                            b.source(), b.cue(), b.note(), b.evidence(), b.conflictsWith()));
                    show(back);
                    said("Undone: the change to the " + tagName(back.tag()) + " annotation.");
                }
                case Undo.Deleted d -> {
                    AnnotationView back = annotations.restore(article.id(), d.id());
                    byId.put(back.id(), back);
                    text.upsert(back);
                    refreshFilters();
                    refreshList();
                    said("Undone: the " + tagName(back.tag()) + " annotation is back.");
                }
            }
        } catch (StaleAnnotationException e) {
            error("Someone else changed it since; nothing was undone.");
        } catch (InvalidInputException | ConflictException | NotFoundException | AccessDeniedException e) {
            error("Could not undo: " + e.getMessage());
        }
    }

    // ---------- suggestions ----------

    /**
     * The article's suggestions are fetched by the text element once it has drawn the text, by a request of
     * their own beside the UI's: they can weigh as much as the text, and a click (another article, a key) is
     * never queued behind them. The list is made under the session's lock, so it and the changes sent after
     * it (refreshSuggestions) are in order; it is written out after the lock.
     */
    private void offerSuggestions(long articleId) {
        shownSuggestions = null;
        suggestionsToggle.setText("Suggestions");
        int offer = ++suggestionOffers;
        text.suggestionsFrom(event -> {
            List<Suggestion> found = new ArrayList<>();
            event.getUI().accessSynchronously(() -> {
                if (offer != suggestionOffers || article == null || article.id() != articleId) {
                    return; // another article is shown now: its own fetch brings its suggestions
                }
                try {
                    found.addAll(suggestions.list(articleId));
                } catch (NotFoundException e) {
                    // the article is gone: none
                }
                suggestionsSent(found);
            });
            TextAnnotator.writeSuggestions(event, found);
        });
    }

    /**
     * Sends the text what changed in the article's suggestions (less dismissed and already annotated ones)
     * since the browser was last told. {@code setAside}: what the browser has set aside itself (y / n pressed
     * on it); offered again if the server still has it (the answer failed).
     */
    private void refreshSuggestions(java.util.function.Predicate<Suggestion> setAside) {
        List<Suggestion> before = shownSuggestions;
        if (article == null || before == null) {
            return;
        }
        List<Suggestion> found;
        try {
            found = suggestions.list(article.id());
        } catch (NotFoundException e) {
            found = List.of();
        }
        text.suggestionsChanged(before, found, setAside);
        suggestionsSent(found);
    }

    private void refreshSuggestions() {
        refreshSuggestions(g -> false);
    }

    /**
     * The suggestion with that span and tag is answered (an annotation of mine has them now, or it was
     * dismissed): it goes, and nothing else need be worked out again (the list leaves out exactly those).
     */
    private void suggestionTakenCareOf(int start, int end, String tag) {
        List<Suggestion> before = shownSuggestions;
        if (before == null || before.stream().noneMatch(g -> g.is(start, end, tag))) {
            return;
        }
        List<Suggestion> now = before.stream().filter(g -> !g.is(start, end, tag)).toList();
        text.suggestionsChanged(before, now, g -> false);
        suggestionsSent(now);
    }

    private void suggestionsSent(List<Suggestion> found) {
        shownSuggestions = List.copyOf(found);
        suggestionsToggle.setText("Suggestions (" + found.size() + ")");
    }

    private void suggestionsShown(boolean shown) {
        suggestionsShown = shown;
        suggestionsToggle.getElement().setAttribute("aria-pressed", String.valueOf(shown));
    }

    /** y or n on a suggested sentence: accepted as a draft annotation (source and cue filled in), or dismissed for everyone. */
    private void decideSuggestion(int start, int end, String tag, boolean accept) {
        if (article == null) {
            return;
        }
        try {
            if (accept) {
                SuggestionService.Acceptance accepted = suggestions.accept(article.id(), start, end, tag);
                AnnotationView a = accepted.annotation();
                boolean newAuthor = byId.values().stream().noneMatch(o -> o.author().equals(a.author()));
                byId.put(a.id(), a);
                text.upsert(a);
                if (accepted.created()) {
                    remember(new Undo.Created(a.id()));
                }
                said("Suggestion accepted: " + tagName(a.tag()) + " draft" + (a.source() == null ? "" : ", source " + a.source()) + ".");
                if (newAuthor) {
                    refreshFilters();
                }
                refreshList();
                openById(a.id(), false);
            } else {
                suggestions.dismiss(article.id(), start, end, tag);
                said("Suggestion dismissed.");
            }
            suggestionTakenCareOf(start, end, tag);
        } catch (InvalidInputException | NotFoundException | ConflictException | AccessDeniedException e) {
            error(e.getMessage());
            refreshSuggestions(g -> g.is(start, end, tag)); // set aside in the browser: offered again if it still stands
        }
    }

    private void said(String message) {
        text.announce(message);
        Notification.show(message, 3000, Notification.Position.BOTTOM_START);
    }

    /** Opens or closes the annotations sheet (phones; on a wide screen the panel is always there). */
    private void showPanel(boolean show) {
        if (show) {
            addClassName("panel-open");
        } else {
            removeClassName("panel-open");
        }
        panelToggle.getElement().setAttribute("aria-expanded", String.valueOf(show));
        panelToggle.setText(show ? "Back to the text" : "Annotations (" + byId.size() + ")");
    }

    private void openById(long id, boolean flash) {
        AnnotationView a = byId.get(id);
        if (a == null) {
            return;
        }
        showPanel(true);
        open = a;
        renderForm(a);
        saveState.setText("");
        if (flash) {
            text.flash(id);
        }
        list.select(id);
    }

    private void submit(long id) {
        if (article == null || !byId.containsKey(id)) {
            return;
        }
        try {
            AnnotationView submitted = annotations.submit(article.id(), id);
            show(submitted);
            Notification.show("Submitted for review", 3000, Notification.Position.BOTTOM_START);
        } catch (AccessDeniedException | ConflictException | NotFoundException e) {
            error(e.getMessage());
        }
    }

    private void submitAll() {
        if (article == null) {
            return;
        }
        int n = annotations.submitAllMine(article.id());
        annotations.forArticle(article.id()).forEach(this::show);
        Notification.show(n == 0 ? "You have no drafts on this article." : n == 1 ? "Submitted 1 draft for review"
                : "Submitted " + n + " drafts for review", 3000, Notification.Position.BOTTOM_START);
    }

    /** Shows a newer state of an annotation (in the text, the list, and the form if it is open); false when it was known. */
    private boolean show(AnnotationView a) {
        AnnotationView known = byId.get(a.id());
        if (known != null && known.version() >= a.version()) {
            return false;
        }
        byId.put(a.id(), a);
        text.upsert(a);
        if (open != null && open.id() == a.id()) {
            open = a;
            fill(a);
        }
        refreshList();
        return true;
    }

    /** The annotation picked in the text becomes the one the open annotation conflicts with. */
    private void picked(long id) {
        endPicking();
        AnnotationView current = open;
        AnnotationView other = byId.get(id);
        if (current == null || other == null) {
            return;
        }
        if (other.id() == current.id()) {
            error("An annotation cannot conflict with itself: pick another one.");
            return;
        }
        conflictField.setValue(other);
        save();
    }

    private void closeForm() {
        open = null;
        form.setVisible(false);
        list.select(null);
    }

    private void save() {
        AnnotationView current = open;
        if (current == null) {
            return;
        }
        AnnotationView conflict = conflictField.getValue();
        // evidence line by line: the good lines are saved, a bad one stays in the field, marked with its reason
        List<String> links = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = evidenceField.getValue().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                Inputs.webAddress(line, "evidence link");
                links.add(line);
            } catch (InvalidInputException e) {
                problems.add("Line " + (i + 1) + ": " + e.getMessage());
            }
        }
        AnnotationDraft draft = new AnnotationDraft(current.start(), current.end(),
                tagField.getValue() == null ? current.tag() : tagField.getValue(), sourceField.getValue(), cueField.getValue(),
                noteField.getValue(), links, conflict == null ? null : conflict.id());
        saveState.removeClassName("error");
        try {
            AnnotationView saved = annotations.update(current.id(), current.version(), draft);
            if (saved.version() != current.version()) {
                remember(new Undo.Changed(current.id(), current));
            }
            open = saved;
            byId.put(saved.id(), saved);
            text.upsert(saved);
            showSourceLink(saved);
            saveState.setText("Saved " + DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault())
                    .format(clock.instant()) + (problems.isEmpty() ? "" : " · one evidence line to fix"));
            evidenceField.setInvalid(!problems.isEmpty());
            evidenceField.setErrorMessage(problems.isEmpty() ? null
                    : String.join(" ", problems) + (links.isEmpty() ? "" : " The other lines are saved."));
            if (!problems.isEmpty()) {
                typed.put(evidenceField, evidenceField.getValue()); // not saved as it stands: a colleague's save must not wipe it
            }
            refreshFilters();
            refreshList();
        } catch (InvalidInputException e) {
            saveState.setText("Not saved");
            saveState.addClassName("error");
            error(e.getMessage());
        } catch (AccessDeniedException e) {
            saveState.setText("Not saved");
            saveState.addClassName("error");
            error("Only its author or an editor may change this annotation.");
            fill(current);
        } catch (ConflictException e) {
            saveState.setText("Not saved");
            saveState.addClassName("error");
            error(e.getMessage());
            fill(current);
        } catch (StaleAnnotationException e) {
            saveState.setText("Not saved: changed by someone else");
            saveState.addClassName("error");
            showConflict(e);
        }
    }

    private void showConflict(StaleAnnotationException e) {
        Dialog dialog = new Dialog("Someone else changed this annotation");
        dialog.setWidth("30rem");
        dialog.add(new Paragraph(e.getMessage()));
        AnnotationView theirs = e.current();
        Button load = new Button(theirs == null ? "Close" : "Show their version", ev -> {
            dialog.close();
            if (theirs == null) {
                remove(open == null ? -1 : open.id());
            } else {
                byId.put(theirs.id(), theirs);
                text.upsert(theirs);
                open = theirs;
                fill(theirs);
                refreshList();
            }
        });
        load.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        load.setId("load-theirs");
        dialog.getFooter().add(load);
        dialog.open();
    }

    private void deleteWithUndo(long id) {
        AnnotationView a = byId.get(id);
        if (a == null) {
            return;
        }
        try {
            annotations.delete(a.id(), a.version());
        } catch (StaleAnnotationException e) {
            showConflict(e);
            return;
        } catch (AccessDeniedException e) {
            error("Only its author or an editor may delete this annotation.");
            return;
        } catch (ConflictException e) {
            error(e.getMessage());
            return;
        }
        remove(id);
        Undo.Deleted step = new Undo.Deleted(id);
        remember(step);
        text.announce(tagName(a.tag()) + " annotation deleted. Ctrl+Z brings it back.");
        Notification n = new Notification();
        n.setDuration(8000);
        n.setPosition(Notification.Position.BOTTOM_START);
        Button undo = new Button("Undo", e -> {
            n.close();
            undos.remove(step);
            try {
                AnnotationView back = annotations.restore(a.articleId(), a.id());
                byId.put(back.id(), back);
                text.upsert(back);
                refreshFilters();
                refreshList();
            } catch (RestoreRefusedException | NotFoundException ex) {
                error(ex.getMessage());
            }
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        undo.setId("undo-delete");
        n.add(new Span("Annotation deleted. "), undo);
        n.open();
    }

    private void remove(long id) {
        AnnotationView gone = byId.remove(id);
        text.remove(id);
        if (open != null && open.id() == id) {
            closeForm();
        }
        refreshFilters();
        refreshList();
        if (gone != null) {
            refreshSuggestions(); // an accepted suggestion whose annotation was deleted is offered again
        }
    }

    private void showHistory(long id) {
        Dialog dialog = new Dialog("History");
        dialog.setWidth("34rem");
        for (HistoryLines.Line line : HistoryLines.of(annotations.history(id), this::tagName)) {
            AnnotationRevision r = line.revision();
            AnnotationView s = r.state();
            String what;
            if (!line.changes().isEmpty()) {
                what = String.join(" · ", line.changes());
            } else {
                what = s == null ? "" : tagName(s.tag()) + (s.source() == null ? "" : " · source: " + s.source())
                        + (s.cue() == null ? "" : " · cue: " + s.cue()) + (s.note() == null ? "" : " · note: " + s.note());
            }
            String moved = r.from() == null || r.to() == null ? "" : " (" + r.from().label() + " → " + r.to().label() + ")";
            ReviewOutcome decision = s == null ? null : s.review();
            if (decision != null && r.to() != null && r.to() != AnnotationStatus.SUBMITTED || decision != null && "reopened".equals(r.change())) {
                what = (decision.reason() == null ? "" : "Reason: " + review.label(decision.reason()))
                        + (decision.comment() == null ? "" : (decision.reason() == null ? "" : " · ") + "“" + decision.comment() + "”");
            }
            Div entry = new Div(new Span(Formats.instant(line.when()) + " — " + line.change() + moved + " by "
                    + Objects.requireNonNullElse(line.who(), "?")), new Paragraph(what));
            entry.addClassName("history-entry");
            dialog.add(entry);
        }
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    /** A change made elsewhere (another user, another tab, or this view itself), after commit. */
    private void applyRemote(StreamedEvent change) {
        if (change.type().equals("annotation.created") && byId.containsKey(change.annotationId())) {
            return; // made in this view; already shown
        }
        if (change.type().equals("annotation.deleted")) {
            if (byId.containsKey(change.annotationId())) {
                remove(change.annotationId());
            }
            return;
        }
        AnnotationView a;
        try {
            a = annotations.get(change.annotationId());
        } catch (NotFoundException e) {
            if (byId.containsKey(change.annotationId())) {
                remove(change.annotationId());
            }
            return;
        }
        boolean openHere = open != null && open.id() == a.id();
        if (openHere && open.version() < a.version()) {
            byId.put(a.id(), a);
            text.upsert(a);
            mergeRemote(a, change.by());
            refreshList();
            saveState.setText("Updated by " + change.by());
        } else if (show(a) && openHere) {
            saveState.setText("Updated by " + change.by());
        }
        refreshFilters();
    }

    // ---------- list ----------

    /**
     * The filters' choices: the authors on the page and the tags. Set again only when they changed: a
     * Select's items are components, and every change by a colleague would otherwise rebuild them and
     * send them to this browser while its user is tagging.
     */
    private void refreshFilters() {
        TreeSet<String> authors = new TreeSet<>();
        byId.values().forEach(a -> authors.add(a.author()));
        List<String> authorItems = new ArrayList<>(authors);
        if (!authorItems.equals(filterAuthors)) {
            filterAuthors = authorItems;
            String author = authorFilter.getValue();
            authorFilter.setItems(authorItems);
            if (author != null && authors.contains(author)) {
                authorFilter.setValue(author);
            }
        }
        List<String> tagItems = tags.values().stream().map(t -> t.key() + '\n' + t.name()).toList();
        if (!tagItems.equals(filterTags)) {
            filterTags = tagItems;
            String tag = tagFilter.getValue();
            tagFilter.setItems(List.copyOf(tags.keySet()));
            tagFilter.setItemLabelGenerator(k -> k == null ? "All tags" : tagName(k));
            if (tag != null && tags.containsKey(tag)) {
                tagFilter.setValue(tag);
            }
        }
    }

    /** What the filters were last given (see refreshFilters). */
    private List<String> filterAuthors = List.of();
    private List<String> filterTags = List.of();

    private void refreshList() {
        String tag = tagFilter.getValue();
        String author = authorFilter.getValue();
        List<AnnotationView> shown = byId.values().stream()
                .filter(a -> tag == null || a.tag().equals(tag))
                .filter(a -> author == null || a.author().equals(author))
                .sorted(TEXT_ORDER).toList();
        list.show(shown, this::listItem);
        emptyHint.setVisible(byId.isEmpty());
        if (!getClassNames().contains("panel-open")) {
            panelToggle.setText("Annotations (" + byId.size() + ")");
        }
        String me = currentUser.username();
        long drafts = byId.values().stream().filter(a -> a.author().equals(me) && a.status().equals(AnnotationStatus.DRAFT.name())).count();
        submitAllButton.setText(drafts == 0 ? "Submit my drafts" : "Submit my drafts (" + drafts + ")");
        submitAllButton.setEnabled(drafts > 0);
    }

    /** An annotation as a row of the list: its tag's name and colours, who, the words (as many as two lines show), the source. */
    private AnnotationList.Item listItem(AnnotationView a) {
        String colour = tagColour(a.tag());
        return new AnnotationList.Item(a.id(), a.start(), a.end(), tagName(a.tag()), colour, com.credence.tagset.TagColours.text(colour),
                a.author(), Inputs.abbreviate(a.quote(), AnnotationList.QUOTE_MAX), Objects.requireNonNullElse(a.source(), ""));
    }

    private String tagName(@Nullable String key) {
        TagView t = key == null ? null : tags.get(key);
        return t == null ? Objects.requireNonNullElse(key, "") : t.name();
    }

    private String tagColour(String key) {
        TagView t = tags.get(key);
        return t == null ? "#888888" : t.colour();
    }


    /** Downloads of this article in every export format there is (approved annotations only, for publishing). */
    /** The article's annotations from other tools: who, why, what they say and what they point at, as text only. */
    private void showOthers(long articleId) {
        List<ForeignAnnotation> found = foreignAnnotations.forArticle(articleId);
        others.setVisible(!found.isEmpty());
        others.setSummaryText("From other tools (" + found.size() + ")");
        UnorderedList items = new UnorderedList();
        items.getElement().setAttribute("aria-label", "Annotations from other tools");
        for (ForeignAnnotation f : found) {
            ForeignAnnotation.Summary s = f.summary();
            ListItem item = new ListItem();
            item.addClassName("other-tool-annotation");
            Span who = new Span(Inputs.abbreviate(s.creator(), 200));
            who.addClassName("other-creator");
            item.add(who);
            if (s.motivation() != null) {
                item.add(new Span(" · " + Inputs.abbreviate(s.motivation(), 60)));
            }
            if (s.text() != null) {
                Paragraph says = new Paragraph(Inputs.abbreviate(s.text(), 600));
                says.addClassName("other-text");
                item.add(says);
            }
            if (s.target() != null) {
                Span target = new Span("On: " + Inputs.abbreviate(s.target(), 200));
                target.addClassName("other-target");
                item.add(target);
            }
            items.add(item);
        }
        Paragraph about = new Paragraph("Posted through the W3C annotation protocol and kept as they came; Credence could not "
                + "place them in this text.");
        others.setContent(new Div(about, items));
    }

    private Div exportLinks(long articleId) {
        Div line = new Div(new Span("Export (approved):"));
        line.addClassName("article-exports");
        line.setId("article-exports");
        // the input the article was imported from, as it came (a page's HTML too), as plain text: shown, never run
        DownloadHandler originalInput = event -> {
            var original = articles.original(articleId);
            event.setFileName("article-" + articleId + "-original.txt");
            event.setContentType("text/plain; charset=utf-8");
            try (java.io.OutputStream out = event.getOutputStream()) {
                out.write(original.content().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        };
        Anchor original = new Anchor(originalInput, "Original input");
        original.setId("original-input");
        original.getElement().setAttribute("title", "What was imported, as it came (text, or the page's HTML), as plain text");
        for (ExportFormat format : exports.formats()) {
            DownloadHandler handler = event -> {
                ExportDocument document = exports.document(articleId, ExportScope.APPROVED);
                event.setFileName(ExportService.fileName(document.article(), format));
                event.setContentType(format.mediaType());
                try (java.io.OutputStream out = event.getOutputStream()) {
                    format.write(document, out);
                }
            };
            Anchor link = new Anchor(handler, format.label());
            link.getElement().setAttribute("data-format", format.name());
            line.add(link);
        }
        Span gap = new Span("·");
        gap.getElement().setAttribute("aria-hidden", "true");
        line.add(gap, original);
        return line;
    }

    /** Who works on this article; editors can change it. */
    private Div assignment(long articleId) {
        Div line = new Div();
        line.addClassName("article-assignment");
        line.setId("article-assignment");
        ArticleAssignment current = assignments.assignees(articleId);
        line.add(new Span(current.assignees().isEmpty() ? "Not assigned" : "Assigned to " + String.join(", ", current.assignees())
                + (current.due() == null ? "" : " · due " + Formats.date(current.due()))));
        if (currentUser.hasRole(Roles.EDITOR) || currentUser.hasRole(Roles.ADMIN)) {
            Button assign = new Button("Assign…", e -> openAssignDialog(articleId, current));
            assign.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            assign.setId("assign-article");
            line.add(assign);
        }
        return line;
    }

    private void openAssignDialog(long articleId, ArticleAssignment current) {
        Dialog dialog = new Dialog("Assign this article");
        dialog.setWidth("28rem");
        MultiSelectComboBox<String> people = new MultiSelectComboBox<>("Fact-checkers");
        List<Colleague> candidates = assignments.candidates();
        people.setItems(candidates.stream().map(Colleague::username).toList());
        people.setItemLabelGenerator(u -> candidates.stream().filter(c -> c.username().equals(u)).findFirst()
                .map(c -> c.displayName() + " (" + c.username() + ")").orElse(u));
        people.setValue(java.util.Set.copyOf(current.assignees()));
        people.setWidthFull();
        people.setId("assignees");
        DatePicker due = new DatePicker("Due (optional)");
        due.setValue(current.due());
        due.setId("assignment-due");
        Button save = new Button("Save", e -> {
            try {
                assignments.assign(articleId, List.copyOf(people.getValue()), due.getValue());
                dialog.close();
                if (article != null) {
                    layout(article);
                }
            } catch (InvalidInputException ex) {
                error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-assignment");
        dialog.add(people, due);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    /** Links to the articles imported before and after this one: reading on reuses this view. */
    private Nav neighbours(long id) {
        ArticleService.Neighbours n = articles.neighbours(id);
        Nav nav = new Nav();
        nav.addClassName("article-neighbours");
        nav.getElement().setAttribute("aria-label", "Other articles");
        if (n.older() != null) {
            RouterLink older = new RouterLink("← Previous article", AnnotateView.class, new RouteParameters("id", String.valueOf(n.older())));
            older.setId("previous-article");
            nav.add(older);
        }
        if (n.newer() != null) {
            RouterLink newer = new RouterLink("Next article →", AnnotateView.class, new RouteParameters("id", String.valueOf(n.newer())));
            newer.setId("next-article");
            nav.add(newer);
        }
        return nav;
    }

    private static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}

package com.credence.workspace.ui;

import com.credence.annotation.AnnotationView;
import com.credence.article.ArticleDetail;
import com.credence.tagset.TagView;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import com.credence.suggestion.Suggestion;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Java side of {@code <credence-text>} (frontend/src/credence-text.ts). State goes down as one
 * JSON payload and then as changes; what the user asks for comes up as events with offsets, which
 * the view hands to the service. The element never decides what is stored.
 */
@Tag("credence-text")
@JsModule("./src/credence-text.ts")
class TextAnnotator extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The whole article and its annotations, sent once (and again when the view shows another article). */
    void load(ArticleDetail article, List<AnnotationView> annotations, List<TagView> tags) {
        getElement().executeJs("this.load($0)", JSON.writeValueAsString(TextPayload.of(article, annotations, tags)));
    }

    void upsert(AnnotationView annotation) {
        getElement().executeJs("this.upsert($0)", JSON.writeValueAsString(TextPayload.AnnotationData.of(annotation)));
    }

    /**
     * Where the element fetches the article's suggestions once it has drawn the text: a request of its own,
     * beside the UI's, answered by {@code source} (which writes them with {@link #writeSuggestions}).
     */
    void suggestionsFrom(DownloadHandler source) {
        getElement().setAttribute("suggestions-src", new DownloadHandler() {
            @Override
            public void handleDownloadRequest(DownloadEvent event) throws java.io.IOException {
                source.handleDownloadRequest(event);
            }

            @Override
            public boolean isAllowInert() {
                return true; // a dialog that opens meanwhile (a colleague's conflicting change) does not keep them away
            }
        });
    }

    /** The article's suggestions as the element's fetch receives them (the records of TextPayload.SuggestionData). */
    static void writeSuggestions(DownloadEvent event, List<Suggestion> suggestions) throws java.io.IOException {
        byte[] json = JSON.writeValueAsBytes(suggestions.stream().map(TextPayload.SuggestionData::of).toList());
        event.setContentType("application/json");
        event.inline();
        event.getResponse().setHeader("Cache-Control", "no-store");
        event.setContentLength(json.length);
        try (var out = event.getOutputStream()) {
            out.write(json);
        }
    }

    /**
     * What changed from the suggestions the element holds ({@code before}) to {@code now}: only that is sent,
     * and those of {@code now} the element has set aside itself ({@code setAside}: y or n pressed on them),
     * which it offers again.
     */
    void suggestionsChanged(List<Suggestion> before, List<Suggestion> now, java.util.function.Predicate<Suggestion> setAside) {
        Map<TextPayload.SuggestionSpan, Suggestion> was = new HashMap<>();
        before.forEach(g -> was.put(TextPayload.SuggestionSpan.of(g), g));
        Set<TextPayload.SuggestionSpan> kept = new HashSet<>();
        List<TextPayload.SuggestionData> add = new ArrayList<>();
        for (Suggestion g : now) {
            TextPayload.SuggestionSpan span = TextPayload.SuggestionSpan.of(g);
            kept.add(span);
            if (!g.equals(was.get(span)) || setAside.test(g)) {
                add.add(TextPayload.SuggestionData.of(g));
            }
        }
        List<TextPayload.SuggestionSpan> remove = before.stream().map(TextPayload.SuggestionSpan::of).filter(s -> !kept.contains(s)).toList();
        if (!add.isEmpty() || !remove.isEmpty()) {
            getElement().executeJs("this.updateSuggestions($0)", JSON.writeValueAsString(new TextPayload.SuggestionChange(remove, add)));
        }
    }

    void showSuggestions(boolean shown) {
        getElement().executeJs("this.showSuggestions($0)", shown);
    }

    Registration addSuggestionListener(ComponentEventListener<SuggestionDecided> listener) {
        return addListener(SuggestionDecided.class, listener);
    }

    Registration addSuggestionsShownListener(ComponentEventListener<SuggestionsShown> listener) {
        return addListener(SuggestionsShown.class, listener);
    }

    /** The user accepted (y) or dismissed (n) the suggestion [start, end) with that tag. */
    @DomEvent("credence-suggestion")
    public static class SuggestionDecided extends ComponentEvent<TextAnnotator> {
        final int start;
        final int end;
        final String tag;
        final boolean accept;

        public SuggestionDecided(TextAnnotator source, boolean fromClient, @EventData("event.detail.start") int start,
                @EventData("event.detail.end") int end, @EventData("event.detail.tag") String tag,
                @EventData("event.detail.accept") boolean accept) {
            super(source, fromClient);
            this.start = start;
            this.end = end;
            this.tag = tag;
            this.accept = accept;
        }
    }

    /** The user hid or showed the suggestions with the key (g). */
    @DomEvent("credence-suggestions-shown")
    public static class SuggestionsShown extends ComponentEvent<TextAnnotator> {
        final boolean shown;

        public SuggestionsShown(TextAnnotator source, boolean fromClient, @EventData("event.detail.shown") boolean shown) {
            super(source, fromClient);
            this.shown = shown;
        }
    }

    void remove(long id) {
        getElement().executeJs("this.removeAnnotation($0)", id);
    }

    void flash(long id) {
        getElement().executeJs("this.flash($0)", id);
    }

    void clearSelection() {
        getElement().executeJs("this.clearSelection()");
    }

    /** The user's next click on a highlight picks that annotation (see {@link PickedEvent}). */
    void startPicking() {
        getElement().executeJs("this.startPicking()");
    }

    Registration addTagListener(ComponentEventListener<TagRequested> listener) {
        return addListener(TagRequested.class, listener);
    }

    Registration addRetagListener(ComponentEventListener<RetagRequested> listener) {
        return addListener(RetagRequested.class, listener);
    }

    Registration addUndoListener(ComponentEventListener<UndoRequested> listener) {
        return addListener(UndoRequested.class, listener);
    }

    /** Says something to screen readers through the text's polite live region. */
    void announce(String message) {
        getElement().executeJs("this.announce($0)", message);
    }

    Registration addOpenListener(ComponentEventListener<OpenRequested> listener) {
        return addListener(OpenRequested.class, listener);
    }

    Registration addDeleteListener(ComponentEventListener<DeleteRequested> listener) {
        return addListener(DeleteRequested.class, listener);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitRequested> listener) {
        return addListener(SubmitRequested.class, listener);
    }

    Registration addSubmitAllListener(ComponentEventListener<SubmitAllRequested> listener) {
        return addListener(SubmitAllRequested.class, listener);
    }

    Registration addPickedListener(ComponentEventListener<PickedEvent> listener) {
        return addListener(PickedEvent.class, listener);
    }

    /** The user picked an annotation in the text (after {@link #startPicking()}). */
    @DomEvent("credence-picked")
    public static class PickedEvent extends ComponentEvent<TextAnnotator> {
        final long id;

        public PickedEvent(TextAnnotator source, boolean fromClient, @EventData("event.detail.id") long id) {
            super(source, fromClient);
            this.id = id;
        }
    }

    /** The user asked to tag [start, end) (toolbar or hotkey). */
    @DomEvent("credence-tag")
    public static class TagRequested extends ComponentEvent<TextAnnotator> {
        final int start;
        final int end;
        final String tag;

        public TagRequested(TextAnnotator source, boolean fromClient, @EventData("event.detail.start") int start,
                @EventData("event.detail.end") int end, @EventData("event.detail.tag") String tag) {
            super(source, fromClient);
            this.start = start;
            this.end = end;
            this.tag = tag;
        }
    }

    /** The user asked to give the annotation Tab made current another tag (a tag key). */
    @DomEvent("credence-retag")
    public static class RetagRequested extends ComponentEvent<TextAnnotator> {
        final long id;
        final String tag;

        public RetagRequested(TextAnnotator source, boolean fromClient, @EventData("event.detail.id") long id,
                @EventData("event.detail.tag") String tag) {
            super(source, fromClient);
            this.id = id;
            this.tag = tag;
        }
    }

    /** The user asked to undo their last tag, change or delete on the page (Ctrl+Z / Cmd+Z). */
    @DomEvent("credence-undo")
    public static class UndoRequested extends ComponentEvent<TextAnnotator> {
        public UndoRequested(TextAnnotator source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** The user asked to open an annotation's form (Enter). */
    @DomEvent("credence-open")
    public static class OpenRequested extends ComponentEvent<TextAnnotator> {
        final long id;

        public OpenRequested(TextAnnotator source, boolean fromClient, @EventData("event.detail.id") long id) {
            super(source, fromClient);
            this.id = id;
        }
    }

    /** The user asked to delete an annotation (Delete). */
    @DomEvent("credence-delete")
    public static class DeleteRequested extends ComponentEvent<TextAnnotator> {
        final long id;

        public DeleteRequested(TextAnnotator source, boolean fromClient, @EventData("event.detail.id") long id) {
            super(source, fromClient);
            this.id = id;
        }
    }

    /** The user asked to submit the annotation at the focus for review (s). */
    @DomEvent("credence-submit")
    public static class SubmitRequested extends ComponentEvent<TextAnnotator> {
        final long id;

        public SubmitRequested(TextAnnotator source, boolean fromClient, @EventData("event.detail.id") long id) {
            super(source, fromClient);
            this.id = id;
        }
    }

    /** The user asked to submit all of their drafts on the article (Shift+S). */
    @DomEvent("credence-submit-all")
    public static class SubmitAllRequested extends ComponentEvent<TextAnnotator> {

        public SubmitAllRequested(TextAnnotator source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}

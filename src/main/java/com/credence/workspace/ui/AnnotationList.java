package com.credence.workspace.ui;

import com.credence.annotation.AnnotationView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Java side of {@code <credence-list>} (frontend/src/credence-list.ts): the annotations shown beside
 * the text. {@link #show} is given the whole list each time, and sends the browser only the difference
 * from what it sent before (items new or changed, ids gone), so one tag key costs one item on the wire
 * and in the browser. The element sorts in text order, as the view does. A row is made again only for
 * an annotation the view holds as another object than last time (so a view that reads its tag set anew
 * reads the annotations anew too, as it does on navigation).
 */
@Tag("credence-list")
@JsModule("./src/credence-list.ts")
class AnnotationList extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One row as the browser shows it; equal rows are not sent again. The element puts the quotation
     * marks, "Source:" and the row's spoken label together itself: an article's whole list is sent when
     * it opens, and every byte of a thousand rows is in the way of switching articles.
     */
    record Item(long id, int start, int end, String tag, String colour, String text, String author, String quote, String source) {
    }

    /** Rows sent with the answer that opens an article (more than a tall window shows); the element asks for the rest. */
    static final int FIRST_BATCH = 80;

    /** The most of an annotation's words a row carries: more than its two lines show. */
    static final int QUOTE_MAX = 200;

    /** What the browser was last sent, by id, in the order shown. */
    private final Map<Long, Item> sent = new LinkedHashMap<>();
    /** The annotations the rows were made from, by id, in the order shown. */
    private Map<Long, AnnotationView> shown = new LinkedHashMap<>();
    private @Nullable Long selected;
    /** Rows the browser has not been sent yet, by id: it asks for them after the first ones. */
    private final java.util.Set<Long> owed = new java.util.LinkedHashSet<>();

    AnnotationList() {
        getElement().addEventListener("credence-list-more", e -> sendOwed());
        addAttachListener(e -> {
            // attached again: a new element in the browser, which is sent all of it anew (on the first
            // attach, what was sent before it goes out with it)
            if (!e.isInitialAttach() && (!sent.isEmpty() || selected != null)) {
                owed.clear();
                send(true, List.of(), List.copyOf(sent.values()), true, false);
            }
        });
    }

    /** The annotations to show, in text order, each made into its row. */
    void show(List<AnnotationView> annotations, Function<AnnotationView, Item> row) {
        Map<Long, Item> now = new LinkedHashMap<>();
        Map<Long, AnnotationView> nowShown = new LinkedHashMap<>();
        for (AnnotationView a : annotations) {
            Item known = sent.get(a.id());
            // a row is made again only for an annotation the view holds anew (one tag key: one row, not a thousand)
            now.put(a.id(), known != null && shown.get(a.id()) == a ? known : row.apply(a));
            nowShown.put(a.id(), a);
        }
        shown = nowShown;
        List<Long> gone = sent.keySet().stream().filter(id -> !now.containsKey(id)).toList();
        List<Item> changed = now.values().stream().filter(i -> !i.equals(sent.get(i.id()))).toList();
        boolean reset = !gone.isEmpty() && gone.size() == sent.size(); // every row gone: the element starts afresh
        List<Long> remove = reset ? List.of() : gone;
        sent.clear();
        sent.putAll(now);
        if (changed.size() > FIRST_BATCH) {
            // a whole article's list: the first rows with this answer; the element asks for the rest once it
            // has them (credence-list-more), so the text is not kept waiting for a thousand rows nobody sees yet
            send(reset, remove, changed.subList(0, FIRST_BATCH), false, true);
            changed.subList(FIRST_BATCH, changed.size()).forEach(i -> owed.add(i.id()));
        } else if (!gone.isEmpty() || !changed.isEmpty()) {
            send(reset, remove, changed, false, false);
        }
    }

    /** The rows held back from a first answer, as they are now (a row changed meanwhile went out already, a row gone stays out). */
    private void sendOwed() {
        List<Item> then = owed.stream().map(sent::get).filter(Objects::nonNull).toList();
        owed.clear();
        if (!then.isEmpty()) {
            send(false, List.of(), then, false, false);
        }
    }

    /** The open annotation's row stands out (none: null). */
    void select(@Nullable Long id) {
        if (Objects.equals(id, selected)) {
            return;
        }
        selected = id;
        send(false, List.of(), List.of(), true, false);
    }

    /** The annotations shown now, in text order. */
    List<AnnotationView> shown() {
        return new ArrayList<>(shown.values());
    }

    private void send(boolean reset, List<Long> remove, List<Item> upsert, boolean withSelected, boolean more) {
        Map<String, Object> change = new LinkedHashMap<>();
        if (more) {
            change.put("more", true);
        }
        if (reset) {
            change.put("reset", true);
        }
        if (!remove.isEmpty()) {
            change.put("remove", remove);
        }
        if (!upsert.isEmpty()) {
            change.put("upsert", upsert);
        }
        if (withSelected) {
            change.put("selected", selected);
        }
        getElement().executeJs("this.update($0)", JSON.writeValueAsString(change));
    }

    Registration addOpenListener(ComponentEventListener<OpenRequested> listener) {
        return addListener(OpenRequested.class, listener);
    }

    /** The user clicked an item, or pressed Enter or Space on it. */
    @DomEvent("credence-list-open")
    public static class OpenRequested extends ComponentEvent<AnnotationList> {
        final long id;

        public OpenRequested(AnnotationList source, boolean fromClient, @EventData("event.detail.id") long id) {
            super(source, fromClient);
            this.id = id;
        }
    }
}

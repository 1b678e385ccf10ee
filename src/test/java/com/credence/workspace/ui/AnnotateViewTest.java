package com.credence.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.annotation.AnnotationContent;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationView;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.security.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@ViewPackages(classes = AnnotateView.class)
@WithMockUser(username = "view-annotator", roles = Roles.FACT_CHECKER)
class AnnotateViewTest extends SpringBrowserlessTest {

    static final String TEXT = "The ministry stated that 40 people were detained. Rights groups say the number is higher.";

    @Autowired
    ArticleImport articleImport;
    @Autowired
    AnnotationService annotations;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AnnotationBroadcaster broadcaster;

    ArticleDetail article;

    @BeforeEach
    void article() {
        article = articleImport.importArticle(new ImportSource.Pasted(TEXT + " " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Detentions", null, null, null, null), true);
    }

    private AnnotateView open() {
        return navigate("articles/" + article.id(), AnnotateView.class);
    }

    private void tagInText(AnnotateView view, int start, int end, String tag) {
        ComponentUtil.fireEvent(view.text, new TextAnnotator.TagRequested(view.text, true, start, end, tag));
    }

    @Autowired
    com.credence.annotation.ForeignAnnotationService foreignAnnotations;

    @Test
    void annotationsFromOtherToolsAreListedAsTextOnly() {
        AnnotateView view = open();
        assertThat(view.others.isVisible()).isFalse(); // none yet: nothing shown

        String script = "<script>window.__pwned=1</script><b>bold</b>";
        foreignAnnotations.create(article.id(), """
                {"type": "Annotation", "motivation": "commenting", "creator": {"name": "<img src=x onerror=alert(1)>"},
                 "body": {"type": "TextualBody", "value": "%s"}, "target": "https://elsewhere.example/page"}
                """.formatted(script));
        view = open();
        assertThat(view.others.isVisible()).isTrue();
        assertThat(view.others.getSummaryText()).isEqualTo("From other tools (1)");
        var item = view.others.getContent().getElement();
        String all = item.getTextRecursively();
        assertThat(all).contains(script, "commenting", "On: https://elsewhere.example/page",
                "<img src=x onerror=alert(1)> (posted by view-annotator)");
        // text nodes only: no element made from what the tool sent
        assertThat(tags(item)).doesNotContain("script", "b", "img").contains("ul", "li", "p", "span");
        assertThat(item.toString()).doesNotContain("<script>", "<b>", "<img").contains("&lt;script&gt;");
    }

    private static List<String> tags(com.vaadin.flow.dom.Element e) {
        if (e.isTextNode()) {
            return List.of();
        }
        List<String> all = new java.util.ArrayList<>(List.of(e.getTag()));
        e.getChildren().forEach(c -> all.addAll(tags(c)));
        return all;
    }

    @Test
    void taggingFromTheTextStoresTheAnnotationAndListsIt() {
        AnnotateView view = open();
        tagInText(view, 0, TEXT.indexOf(" Rights"), "attributed");

        List<AnnotationView> stored = annotations.forArticle(article.id());
        assertThat(stored).singleElement().satisfies(a -> {
            assertThat(a.quote()).isEqualTo("The ministry stated that 40 people were detained.");
            assertThat(a.author()).isEqualTo("view-annotator");
        });
        var listed = view.list.shown();
        assertThat(listed).extracting(AnnotationView::id)
                .containsExactly(stored.getFirst().id());
    }

    /** What the list element was asked to do since the last call, as the JSON it was given. */
    private static List<String> listUpdates() {
        var internals = com.vaadin.flow.component.UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse(); // as a response to the browser would
        return internals.dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains("this.update("))
                .map(i -> String.valueOf(i.getInvocation().getParameters().getFirst())).toList();
    }

    @Test
    void aTagKeySendsTheListOnlyTheItemThatChangedNotEveryItem() {
        AnnotationView first = annotations.create(article.id(), AnnotationDraft.tagging(0, 12, "attributed"));
        AnnotationView second = annotations.create(article.id(), AnnotationDraft.tagging(TEXT.indexOf("Rights"), TEXT.length(), "reported"));
        AnnotateView view = open();
        assertThat(view.list.shown()).extracting(AnnotationView::id).containsExactly(first.id(), second.id());
        listUpdates(); // what opening sent

        tagInText(view, TEXT.indexOf("40"), TEXT.indexOf(" people"), "contested");

        AnnotationView made = annotations.forArticle(article.id()).stream().filter(a -> a.tag().equals("contested")).findFirst().orElseThrow();
        assertThat(view.list.shown()).extracting(AnnotationView::id).containsExactly(first.id(), made.id(), second.id());
        List<String> sent = listUpdates();
        assertThat(sent).singleElement().satisfies(json -> assertThat(json).contains("\"id\":" + made.id(), "Contested")
                .doesNotContain("\"id\":" + first.id() + ",", "\"id\":" + second.id() + ",", "reset"));

        // a change: that item again; a delete: only its id; opening one: only which is selected
        ComponentUtil.fireEvent(view.text, new TextAnnotator.DeleteRequested(view.text, true, first.id()));
        assertThat(view.list.shown()).extracting(AnnotationView::id).containsExactly(made.id(), second.id());
        assertThat(listUpdates()).singleElement().satisfies(json -> assertThat(json).contains("\"remove\":[" + first.id() + "]")
                .doesNotContain("upsert"));
        ComponentUtil.fireEvent(view.text, new TextAnnotator.OpenRequested(view.text, true, second.id()));
        assertThat(listUpdates()).singleElement().isEqualTo("{\"selected\":" + second.id() + "}");
    }

    @Autowired
    com.credence.suggestion.SuggestionService suggestions;

    /** What the text element was asked to do with {@code call} since the last look, as the JSON it was given. */
    private static List<String> textCalls(String call) {
        var internals = com.vaadin.flow.component.UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains(call))
                .map(i -> String.valueOf(i.getInvocation().getParameters().getFirst())).toList();
    }

    /** What the element's fetch from suggestions-src receives: the view's handler, asked as the browser would ask it. */
    private static String fetchSuggestions(AnnotateView view) throws java.io.IOException {
        String src = view.text.getElement().getAttribute("suggestions-src");
        assertThat(src).as("the address the element fetches its suggestions from").isNotBlank();
        return fetch(src).orElseThrow();
    }

    /** The answer to a fetch of that address; empty when nothing answers there any more. */
    private static java.util.Optional<String> fetch(String src) throws java.io.IOException {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        var found = session.getResourceRegistry()
                .getResource(com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource.class, java.net.URI.create(src));
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        var resource = found.get();
        var body = new java.io.ByteArrayOutputStream();
        java.util.Map<String, Object> headers = new java.util.HashMap<>();
        var response = (com.vaadin.flow.server.VaadinResponse) java.lang.reflect.Proxy.newProxyInstance(AnnotateViewTest.class.getClassLoader(),
                new Class<?>[] {com.vaadin.flow.server.VaadinResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getOutputStream":
                            return body;
                        case "setContentType":
                            headers.put("Content-Type", args[0]);
                            return null;
                        case "setHeader":
                            headers.put((String) args[0], args[1]);
                            return null;
                        default:
                            return method.getReturnType() == boolean.class ? false
                                    : method.getReturnType() == int.class || method.getReturnType() == long.class ? 0 : null;
                    }
                });
        var request = (com.vaadin.flow.server.VaadinRequest) java.lang.reflect.Proxy.newProxyInstance(AnnotateViewTest.class.getClassLoader(),
                new Class<?>[] {com.vaadin.flow.server.VaadinRequest.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? false
                        : method.getReturnType() == int.class || method.getReturnType() == long.class ? 0 : null);
        resource.getElementRequestHandler().handleRequest(request, response, session, resource.getOwner());
        assertThat(headers).containsEntry("Content-Type", "application/json").containsEntry("Cache-Control", "no-store");
        return java.util.Optional.of(body.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theSuggestionsAreFetchedBesideTheTextAndAfterThatOnlyWhatChangesIsSent() throws java.io.IOException {
        List<com.credence.suggestion.Suggestion> offered = suggestions.list(article.id());
        assertThat(offered).as("the rules suggest something in this text").isNotEmpty();
        com.credence.suggestion.Suggestion first = offered.getFirst();
        AnnotateView view = open();
        // not with the text: the element fetches them once the text is drawn
        assertThat(textCalls("this.setSuggestions(")).isEmpty();
        assertThat(view.suggestionsToggle.getText()).isEqualTo("Suggestions");
        String fetched = fetchSuggestions(view);
        assertThat(fetched).startsWith("[{").contains("\"start\":" + first.start() + ",\"end\":" + first.end() + ",\"tag\":\"" + first.tag() + "\"");
        assertThat(view.suggestionsToggle.getText()).isEqualTo("Suggestions (" + offered.size() + ")");

        // a tag key on that very span and tag: only its removal goes out, not the list again
        tagInText(view, first.start(), first.end(), first.tag());
        assertThat(textCalls("this.updateSuggestions(")).singleElement().satisfies(json -> assertThat(json)
                .contains("\"remove\":[{\"start\":" + first.start() + ",\"end\":" + first.end() + ",\"tag\":\"" + first.tag() + "\"}]")
                .contains("\"add\":[]"));
        assertThat(view.suggestionsToggle.getText()).isEqualTo("Suggestions (" + (offered.size() - 1) + ")");

        // that annotation deleted: the suggestion is offered again, alone
        long made = annotations.forArticle(article.id()).getFirst().id();
        ComponentUtil.fireEvent(view.text, new TextAnnotator.DeleteRequested(view.text, true, made));
        assertThat(textCalls("this.updateSuggestions(")).singleElement().satisfies(json -> assertThat(json)
                .contains("\"remove\":[]").contains("\"reason\":").contains("\"start\":" + first.start() + ","));
        assertThat(view.suggestionsToggle.getText()).isEqualTo("Suggestions (" + offered.size() + ")");

        // n dismisses it: its removal goes out; n on something that is not a suggestion changes nothing
        ComponentUtil.fireEvent(view.text, new TextAnnotator.SuggestionDecided(view.text, true, first.start(), first.end(), first.tag(), false));
        assertThat(textCalls("this.updateSuggestions(")).singleElement().satisfies(json -> assertThat(json)
                .contains("\"remove\":[{\"start\":" + first.start() + ",").contains("\"add\":[]"));
        ComponentUtil.fireEvent(view.text, new TextAnnotator.SuggestionDecided(view.text, true, first.start(), first.end(), "no-such-tag", false));
        assertThat(textCalls("this.updateSuggestions(")).isEmpty();
        assertThat(view.suggestionsToggle.getText()).isEqualTo("Suggestions (" + (offered.size() - 1) + ")");

        // what the browser set aside itself (y / n) and the server still has goes back to it (the answer failed);
        // the unchanged rest is not sent
        var a = new com.credence.suggestion.Suggestion(0, 10, "reported", 0, 3, null, "Rules: a");
        var b = new com.credence.suggestion.Suggestion(20, 30, "contested", 20, 25, "Ministry", "Rules: b");
        view.text.suggestionsChanged(List.of(a, b), List.of(a, b), g -> false);
        assertThat(textCalls("this.updateSuggestions(")).isEmpty();
        view.text.suggestionsChanged(List.of(a, b), List.of(a, b), g -> g.is(20, 30, "contested"));
        assertThat(textCalls("this.updateSuggestions(")).singleElement().satisfies(json -> assertThat(json)
                .contains("\"remove\":[]", "\"add\":[{\"start\":20,\"end\":30,\"tag\":\"contested\"").doesNotContain("\"start\":0"));
        // a suggestion whose source the rules now read differently goes again, as it is now
        var b2 = new com.credence.suggestion.Suggestion(20, 30, "contested", 20, 25, "Interior Ministry", "Rules: b");
        view.text.suggestionsChanged(List.of(a, b), List.of(a, b2), g -> false);
        assertThat(textCalls("this.updateSuggestions(")).singleElement().satisfies(json -> assertThat(json)
                .contains("\"remove\":[]", "Interior Ministry").doesNotContain("\"start\":0"));
    }

    @Test
    void aFetchForAnArticleNoLongerShownAnswersNothing() throws java.io.IOException {
        AnnotateView view = open();
        String src = view.text.getElement().getAttribute("suggestions-src");
        ArticleDetail other = articleImport.importArticle(new ImportSource.Pasted("The agency said it had no comment. " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Other", null, null, null, null), true);
        AnnotateView now = navigate("articles/" + other.id(), AnnotateView.class);
        assertThat(now.text.getElement().getAttribute("suggestions-src")).isNotEqualTo(src);
        // the first article's address: gone, or it answers nothing (its fetch may have been under way)
        assertThat(fetch(src)).satisfiesAnyOf(answer -> assertThat(answer).isEmpty(), answer -> assertThat(answer).contains("[]"));
        assertThat(view.suggestionsToggle.getText()).as("the first article's count is not shown for the second").doesNotContain("(");
        assertThat(fetchSuggestions(now)).contains("\"tag\":\"attributed\"").doesNotContain("ministry");
        assertThat(now.suggestionsToggle.getText()).isEqualTo("Suggestions (" + suggestions.list(other.id()).size() + ")");
    }

    @Test
    void aLongListGoesOutInTwoPartsTheRestWhenTheBrowserAsksAsItIsThen() {
        String text = java.util.stream.IntStream.range(0, 120).mapToObj(i -> "Sentence number " + i + " was said.")
                .collect(java.util.stream.Collectors.joining(" ")) + " " + UUID.randomUUID();
        ArticleDetail longer = articleImport.importArticle(new ImportSource.Pasted(text, ImportFormat.TEXT),
                new ArticleMetadata("Long list", null, null, null, null), true);
        List<AnnotationView> made = longer.sentences().stream().limit(100)
                .map(s -> annotations.create(longer.id(), AnnotationDraft.tagging(s.start(), s.end(), "reported"))).toList();
        AnnotateView view = navigate("articles/" + longer.id(), AnnotateView.class);
        List<String> first = listUpdates();
        assertThat(first).singleElement().satisfies(json -> assertThat(json).contains("\"more\":true", "\"id\":" + made.get(79).id() + ",")
                .doesNotContain("\"id\":" + made.get(80).id() + ","));
        assertThat(view.list.shown()).hasSize(100);

        // meanwhile one of the rows not yet sent is deleted: the rest goes out without it
        ComponentUtil.fireEvent(view.text, new TextAnnotator.DeleteRequested(view.text, true, made.get(99).id()));
        assertThat(listUpdates()).singleElement().satisfies(json -> assertThat(json).contains("\"remove\":[" + made.get(99).id() + "]"));
        view.list.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(view.list.getElement(), "credence-list-more", tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()));
        assertThat(listUpdates()).singleElement().satisfies(json -> assertThat(json).contains("\"id\":" + made.get(80).id() + ",",
                "\"id\":" + made.get(98).id() + ",").doesNotContain("\"id\":" + made.get(79).id() + ",",
                "\"id\":" + made.get(99).id() + ",", "more"));
    }

    @Test
    void theFormIsMadeOnceAndItsButtonsActOnTheAnnotationOpenNow() {
        AnnotationView first = annotations.create(article.id(), AnnotationDraft.tagging(0, 12, "attributed"));
        AnnotationView second = annotations.create(article.id(), AnnotationDraft.tagging(TEXT.indexOf("Rights"), TEXT.length(), "reported"));
        AnnotateView view = open();
        ComponentUtil.fireEvent(view.text, new TextAnnotator.OpenRequested(view.text, true, first.id()));
        var delete = $(com.vaadin.flow.component.button.Button.class).id("delete-annotation");
        assertThat(view.form.getElement().getTextRecursively()).contains("“The ministry”");
        listUpdates();

        ComponentUtil.fireEvent(view.text, new TextAnnotator.OpenRequested(view.text, true, second.id()));
        // the same form, filled again: not made anew (the browser would take out and put back every field)
        assertThat($(com.vaadin.flow.component.button.Button.class).id("delete-annotation")).isSameAs(delete);
        assertThat(view.form.getElement().getTextRecursively()).contains("“Rights groups say").doesNotContain("“The ministry”");
        assertThat(view.tagField.getValue()).isEqualTo("reported");

        test(delete).click(); // deletes the one open now, not the one the form was first made for
        assertThat(annotations.forArticle(article.id())).extracting(AnnotationView::id).containsExactly(first.id());
    }

    @Test
    void theFormSavesEachChangeAsItIsMade() {
        AnnotationView a = annotations.create(article.id(), AnnotationDraft.tagging(0, 12, "attributed"));
        AnnotateView view = open();
        ComponentUtil.fireEvent(view.text, new TextAnnotator.OpenRequested(view.text, true, a.id()));
        assertThat(view.form.isVisible()).isTrue();

        ComponentUtil.fireEvent(view.sourceField,
                new com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent<>(view.sourceField, true, "Interior ministry"));
        test(view.noteField).setValue("Checked against the ministry's own release.");
        test(view.evidenceField).setValue("https://example.org/release\n\nhttps://example.org/photo");

        AnnotationView saved = annotations.get(a.id());
        assertThat(saved.source()).isEqualTo("Interior ministry");
        assertThat(saved.note()).isEqualTo("Checked against the ministry's own release.");
        assertThat(saved.evidence()).containsExactly("https://example.org/release", "https://example.org/photo");
        assertThat(view.saveState.getText()).startsWith("Saved");

        test($(com.vaadin.flow.component.button.Button.class).id("history")).click();
        Dialog history = $(Dialog.class).first();
        // what changed, field by field; the form's saves one after another read as one change
        assertThat(history.getElement().getTextRecursively()).contains("created by view-annotator", "changed by view-annotator",
                "source: (empty) → “Interior ministry”", "evidence: none → https://example.org/release, https://example.org/photo");
        assertThat(history.getElement().getTextRecursively().split("changed by", -1)).hasSize(2);
        history.close();

        // a bad evidence line is marked in the field with its reason; the good lines are saved, the bad one stays to be fixed
        test(view.evidenceField).setValue("https://example.org/release\nnot a link");
        assertThat(view.saveState.getText()).startsWith("Saved").contains("one evidence line to fix");
        assertThat(view.evidenceField.isInvalid()).isTrue();
        assertThat(view.evidenceField.getErrorMessage()).contains("Line 2", "web address", "The other lines are saved");
        assertThat(view.evidenceField.getValue()).isEqualTo("https://example.org/release\nnot a link");
        assertThat(annotations.get(a.id()).evidence()).containsExactly("https://example.org/release");
        test(view.evidenceField).setValue("https://example.org/release");
        assertThat(view.evidenceField.isInvalid()).isFalse();
    }

    @Test
    void aChangeBySomeoneElseMeanwhileIsAClearConflictNotAnOverwrite() {
        AnnotationView a = annotations.create(article.id(), AnnotationDraft.tagging(0, 12, "attributed"));
        AnnotateView view = open();
        ComponentUtil.fireEvent(view.text, new TextAnnotator.OpenRequested(view.text, true, a.id()));

        SecurityContext mine = SecurityContextHolder.getContext();
        accounts.signInAs(accounts.create("other-editor", Roles.EDITOR).username());
        annotations.update(a.id(), a.version(), new AnnotationDraft(0, 12, "attributed", "Their source", null, "Their note",
                List.of(), null));
        SecurityContextHolder.setContext(mine);

        test(view.noteField).setValue("My note");
        assertThat(annotations.get(a.id()).note()).isEqualTo("Their note");
        Dialog conflict = $(Dialog.class).first();
        assertThat(conflict.getHeaderTitle()).contains("Someone else changed");
        assertThat(conflict.getElement().getTextRecursively()).contains("Their source", "Their note");
    }

    @Test
    void theFormsLimitsAreTheDomainsOwn() {
        AnnotationView a = annotations.create(article.id(), AnnotationDraft.tagging(0, 12, "attributed"));
        AnnotateView view = open();
        ComponentUtil.fireEvent(view.text, new TextAnnotator.OpenRequested(view.text, true, a.id()));
        assertThat(view.noteField.getMaxLength()).isEqualTo(AnnotationContent.MAX_NOTE);
        assertThat(view.cueField.getMaxLength()).isEqualTo(AnnotationContent.MAX_CUE);
        assertThat(view.evidenceField.getMaxLength()).isEqualTo(AnnotationContent.MAX_EVIDENCE_COLUMN);
    }

    @Test
    void undoAfterDeleteBringsBackTheSameAnnotation() {
        AnnotationView a = annotations.create(article.id(), AnnotationDraft.tagging(0, 12, "attributed"));
        AnnotateView view = open();
        ComponentUtil.fireEvent(view.text, new TextAnnotator.DeleteRequested(view.text, true, a.id()));
        assertThat(annotations.forArticle(article.id())).isEmpty();

        test($(com.vaadin.flow.component.button.Button.class).id("undo-delete")).click();

        assertThat(annotations.forArticle(article.id())).extracting(AnnotationView::id).containsExactly(a.id());
        assertThat(annotations.history(a.id())).extracting(r -> r.change()).containsExactly("created", "deleted", "restored");
        var listed = view.list.shown();
        assertThat(listed).extracting(AnnotationView::id).containsExactly(a.id());
    }

    @Test
    void navigatingToAnotherArticleInPlaceLeavesNothingOfThePreviousOne() {
        ArticleDetail other = articleImport.importArticle(new ImportSource.Pasted("Another story entirely. It has two sentences. "
                + UUID.randomUUID(), ImportFormat.TEXT), new ArticleMetadata("Other story", null, null, null, null), true);
        AnnotationView onFirst = annotations.create(article.id(), AnnotationDraft.tagging(0, 12, "attributed"));
        AnnotationView onOther = annotations.create(other.id(), AnnotationDraft.tagging(0, 7, "contested"));
        AnnotateView view = open();
        ComponentUtil.fireEvent(view.text, new TextAnnotator.OpenRequested(view.text, true, onFirst.id()));
        view.tagFilter.setValue("attributed");
        assertThat(broadcaster.subscribers(article.id())).isEqualTo(1);
        var textParent = view.text.getParent().orElseThrow();
        var listParent = view.list.getParent().orElseThrow();

        AnnotateView same = navigate("articles/" + other.id(), AnnotateView.class);

        assertThat(same).isSameAs(view);
        // the text, the list and the form stay in the page (taken out and put back, the browser laid out the old text again)
        assertThat(view.text.getParent()).containsSame(textParent);
        assertThat(view.list.getParent()).containsSame(listParent);
        assertThat($view(com.vaadin.flow.component.html.H1.class).all()).extracting(com.vaadin.flow.component.html.H1::getText)
                .containsExactly("Other story");
        assertThat(view.getPageTitle()).isEqualTo("Other story");
        assertThat(view.form.isVisible()).isFalse();
        assertThat(view.tagFilter.getValue()).isNull();
        var listed = view.list.shown();
        assertThat(listed).extracting(AnnotationView::id).containsExactly(onOther.id());
        assertThat(broadcaster.subscribers(article.id())).isZero();
        assertThat(broadcaster.subscribers(other.id())).isEqualTo(1);

        navigate("articles/" + article.id(), AnnotateView.class);
        var back = view.list.shown();
        assertThat(back).extracting(AnnotationView::id).containsExactly(onFirst.id());
        assertThat(broadcaster.subscribers(article.id())).isEqualTo(1);
        assertThat(broadcaster.subscribers(other.id())).isZero();
    }
}

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

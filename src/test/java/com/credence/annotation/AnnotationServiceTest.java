package com.credence.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.base.InvalidInputException;
import com.credence.tagset.TagDraft;
import com.credence.tagset.TagService;
import com.credence.tagset.TagView;
import com.credence.security.Roles;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
@RecordApplicationEvents
class AnnotationServiceTest {

    static final String TEXT = "Prefix padding so the context is long enough. Mr. Reyk said the bridge was “safe” 😀. "
            + "Engineers disagree strongly with that. Café owners worry.";

    @Autowired
    AnnotationService annotations;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TagService tags;
    @Autowired
    ApplicationEvents events;

    String checker;
    ArticleDetail article;

    @BeforeEach
    void setUp() {
        checker = accounts.create("annotator", Roles.FACT_CHECKER).username();
        accounts.signInAs(checker);
        article = articleImport.importArticle(new ImportSource.Pasted(TEXT + " " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Annotated", null, null, null, null), false);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private int at(String fragment) {
        return article.text().indexOf(fragment);
    }

    @Test
    void createAnchorsByOffsetsQuoteAndContext() {
        int start = at("Mr. Reyk");
        int end = at(" 😀") + " 😀".length();
        AnnotationView a = annotations.create(article.id(), new AnnotationDraft(start, end, "attributed", " Tomas Reyk ",
                "said", "Council leader", List.of("https://example.org/a", "https://example.org/a"), null));

        assertThat(a.quote()).isEqualTo("Mr. Reyk said the bridge was “safe” 😀");
        assertThat(a.prefix()).isEqualTo(article.text().substring(start - 32, start)).hasSize(32);
        assertThat(a.suffix()).isEqualTo(article.text().substring(end, end + 32));
        assertThat(a.source()).isEqualTo("Tomas Reyk");
        assertThat(a.evidence()).containsExactly("https://example.org/a");
        assertThat(a.status()).isEqualTo("DRAFT");
        assertThat(a.author()).isEqualTo(checker);
        assertThat(a.version()).isZero();
        assertThat(annotations.forArticle(article.id())).extracting(AnnotationView::id).containsExactly(a.id());
        assertThat(events.stream(AnnotationCreated.class)).contains(new AnnotationCreated(article.id(), a.id(), checker));
    }

    @Test
    void contextStopsAtTheEdgesOfTheText() {
        int n = article.text().length();
        AnnotationView first = annotations.create(article.id(), AnnotationDraft.tagging(0, 6, "reported"));
        assertThat(first.quote()).isEqualTo("Prefix");
        assertThat(first.prefix()).isEmpty();
        assertThat(first.suffix()).hasSize(32);
        AnnotationView last = annotations.create(article.id(), AnnotationDraft.tagging(n - 8, n, "reported"));
        assertThat(last.suffix()).isEmpty();
        assertThat(last.prefix()).isEqualTo(article.text().substring(n - 40, n - 8));
    }

    @Test
    void everyValidationRefusesWithAMessageAndStoresNothing() {
        int n = article.text().length();
        int emoji = at("😀");
        assertRefused(new AnnotationDraft(-1, 5, "reported", null, null, null, List.of(), null), "not inside");
        assertRefused(new AnnotationDraft(5, n + 1, "reported", null, null, null, List.of(), null), "not inside");
        assertRefused(new AnnotationDraft(8, 8, "reported", null, null, null, List.of(), null), "not inside");
        assertRefused(new AnnotationDraft(at(" Mr."), at(" Mr.") + 1, "reported", null, null, null, List.of(), null), "white space");
        assertRefused(new AnnotationDraft(emoji + 1, emoji + 2, "reported", null, null, null, List.of(), null), "cuts a character");
        assertRefused(AnnotationDraft.tagging(0, 6, "no-such-tag"), "Unknown tag");
        assertRefused(new AnnotationDraft(0, 6, "reported", null, null, null, List.of("javascript:alert(1)"), null), "http");
        assertRefused(new AnnotationDraft(0, 6, "reported", "x".repeat(301), null, null, List.of(), null), "source");
        assertRefused(new AnnotationDraft(0, 6, "reported", null, null, null, List.of(), 987654321L), "does not exist");
        assertThat(annotations.forArticle(article.id())).isEmpty();
    }

    private void assertRefused(AnnotationDraft draft, String message) {
        assertThatThrownBy(() -> annotations.create(article.id(), draft)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aStaleVersionIsAConflictThatShowsTheOtherChangeAndSavesNothing() {
        AnnotationView a = annotations.create(article.id(), AnnotationDraft.tagging(at("Engineers"), at(" strongly"), "contested"));
        String editor = accounts.create("editor", Roles.EDITOR).username();
        accounts.signInAs(editor);
        AnnotationView theirs = annotations.update(a.id(), a.version(),
                new AnnotationDraft(a.start(), a.end(), "contested", "Engineers' union", null, "Their view", List.of(), null));
        assertThat(theirs.version()).isEqualTo(a.version() + 1);

        accounts.signInAs(checker);
        assertThatThrownBy(() -> annotations.update(a.id(), a.version(), AnnotationDraft.of(a).withTag("reported")))
                .isInstanceOf(StaleAnnotationException.class)
                .hasMessageContaining("Engineers' union").hasMessageContaining("Their view")
                .satisfies(e -> assertThat(((StaleAnnotationException) e).current().version()).isEqualTo(theirs.version()));
        assertThat(annotations.get(a.id()).tag()).isEqualTo("contested");
        assertThatThrownBy(() -> annotations.delete(a.id(), a.version())).isInstanceOf(StaleAnnotationException.class);
    }

    @Test
    void factCheckersChangeOnlyTheirOwnEditorsAnyones() {
        AnnotationView mine = annotations.create(article.id(), AnnotationDraft.tagging(at("Café"), at(" worry"), "reported"));
        accounts.signInAs(accounts.create("other", Roles.FACT_CHECKER).username());
        assertThatThrownBy(() -> annotations.update(mine.id(), mine.version(), AnnotationDraft.of(mine).withTag("contested")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> annotations.delete(mine.id(), mine.version())).isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(accounts.create("boss", Roles.EDITOR).username());
        AnnotationView changed = annotations.update(mine.id(), mine.version(), AnnotationDraft.of(mine).withTag("contested"));
        assertThat(changed.tag()).isEqualTo("contested");
        annotations.delete(changed.id(), changed.version());
        assertThat(annotations.forArticle(article.id())).isEmpty();
    }

    @Test
    void historyKeepsEveryChangeWithWhoMadeItEvenAfterDeletion() {
        AnnotationView a = annotations.create(article.id(), AnnotationDraft.tagging(at("Engineers"), at(" disagree"), "reported"));
        AnnotationView b = annotations.update(a.id(), a.version(), AnnotationDraft.of(a).withTag("contested"));
        annotations.delete(b.id(), b.version());

        List<AnnotationRevision> history = annotations.history(a.id());
        assertThat(history).extracting(AnnotationRevision::change).containsExactly("created", "changed", "deleted");
        assertThat(history).extracting(AnnotationRevision::username).containsOnly(checker);
        assertThat(history.get(0).state().tag()).isEqualTo("reported");
        assertThat(history.get(1).state().tag()).isEqualTo("contested");
        assertThatThrownBy(() -> annotations.update(a.id(), b.version(), AnnotationDraft.of(b)))
                .isInstanceOf(StaleAnnotationException.class).hasMessageContaining("deleted");
    }

    @Test
    void aTagInUseCannotBeDeletedOnlyRetiredAndARetiredTagIsNotGivenToNewAnnotations() {
        String editor = accounts.create("tagger", Roles.EDITOR).username();
        accounts.signInAs(editor);
        String key = "rumour-" + UUID.randomUUID().toString().substring(0, 6);
        tags.create(key, new TagDraft("Rumour", "#884488", null, null, "Unverified claim circulating."));
        AnnotationView a = annotations.create(article.id(), AnnotationDraft.tagging(0, 6, key));

        assertThatThrownBy(() -> tags.delete(key)).isInstanceOf(InvalidInputException.class).hasMessageContaining("retire");
        tags.setRetired(key, true);
        assertThat(tags.active()).extracting(TagView::key).doesNotContain(key);
        assertThatThrownBy(() -> annotations.create(article.id(), AnnotationDraft.tagging(7, 14, key)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("retired");
        // the annotation that has it keeps it when edited
        assertThat(annotations.update(a.id(), a.version(), AnnotationDraft.of(a)).tag()).isEqualTo(key);

        accounts.signInAs(checker);
        assertThatThrownBy(() -> tags.create("sneaky", new TagDraft("Sneaky", "#000000", null, null, ""))).isInstanceOf(AccessDeniedException.class);
    }
}

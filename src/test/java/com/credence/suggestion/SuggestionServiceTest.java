package com.credence.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credence.Concurrently;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationView;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.security.Roles;
import com.credence.tagset.TagService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SuggestionServiceTest {

    static final String TEXT = "KERN HARBOUR (Wire) - The Belarusian Defence Ministry stated that two drones were shot down. "
            + "The rebels reportedly seized the airport. The ministry denied the report.\n\nWork went according to plan.";

    @Autowired
    SuggestionService suggestions;
    @Autowired
    AnnotationService annotations;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    TagService tags;
    @Autowired
    TestAccounts accounts;
    @Autowired
    com.credence.suggestion.internal.SuggestionCache cache;

    String checker;
    String other;
    ArticleDetail article;

    @BeforeEach
    void setUp() {
        checker = accounts.create("suggested", Roles.FACT_CHECKER).username();
        other = accounts.create("suggested-too", Roles.FACT_CHECKER).username();
        accounts.signInAs(checker);
        article = articleImport.importArticle(new ImportSource.Pasted(TEXT + " " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Suggested", null, null, null, null), false);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private Suggestion the(String tag) {
        return suggestions.list(article.id()).stream().filter(s -> s.tag().equals(tag)).findFirst().orElseThrow();
    }

    private String cue(Suggestion s) {
        return article.text().substring(s.cueStart(), s.cueEnd());
    }

    @Test
    void listsWhatTheTextSaysInTextOrder() {
        List<Suggestion> found = suggestions.list(article.id());
        assertThat(found).extracting(Suggestion::tag).containsExactly("attributed", "reported", "attributed", "contested");
        Suggestion stated = found.getFirst();
        assertThat(stated.source()).isEqualTo("Belarusian Defence Ministry");
        assertThat(cue(stated)).isEqualTo("stated");
        assertThat(article.text().substring(stated.start(), stated.end())).startsWith("KERN HARBOUR").endsWith("shot down.");
        assertThat(stated.reason()).startsWith("Rules:").contains("Belarusian Defence Ministry");
        assertThat(found.get(1).source()).isNull();
        assertThat(found.get(3).source()).isEqualTo("ministry");
    }

    @Test
    void detectionRunsAtImportOffTheRequestThread() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!cache.has(article.id(), article.sha256()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(cache.has(article.id(), article.sha256())).as("computed after the import committed").isTrue();
    }

    @Test
    void acceptMakesADraftWithSourceAndCueAndTheSuggestionGoes() {
        Suggestion s = the("attributed");
        SuggestionService.Acceptance accepted = suggestions.accept(article.id(), s.start(), s.end(), "attributed");
        AnnotationView a = accepted.annotation();
        assertThat(accepted.created()).isTrue();
        assertThat(a.tag()).isEqualTo("attributed");
        assertThat(a.source()).isEqualTo("Belarusian Defence Ministry");
        assertThat(a.cue()).isEqualTo("stated");
        assertThat(a.note()).isNull();
        assertThat(a.status()).isEqualTo("DRAFT");
        assertThat(a.author()).isEqualTo(checker);
        assertThat(a.start()).isEqualTo(s.start());
        assertThat(suggestions.list(article.id())).noneMatch(x -> x.is(s.start(), s.end(), "attributed"));

        // again (a retry): the same annotation, nothing new
        SuggestionService.Acceptance again = suggestions.accept(article.id(), s.start(), s.end(), "attributed");
        assertThat(again.created()).isFalse();
        assertThat(again.annotation().id()).isEqualTo(a.id());
        assertThat(annotations.forArticle(article.id())).hasSize(1);
    }

    @Test
    void anAcceptedSuggestionWhoseAnnotationWasDeletedComesBackAndCanBeAcceptedAgain() {
        Suggestion s = the("reported");
        AnnotationView a = suggestions.accept(article.id(), s.start(), s.end(), "reported").annotation();
        annotations.delete(a.id(), a.version());
        assertThat(suggestions.list(article.id())).anyMatch(x -> x.is(s.start(), s.end(), "reported"));
        SuggestionService.Acceptance again = suggestions.accept(article.id(), s.start(), s.end(), "reported");
        assertThat(again.created()).isTrue();
        assertThat(again.annotation().id()).isNotEqualTo(a.id());
    }

    @Test
    void aSpanAlreadyAnnotatedWithTheTagIsNotSuggested() {
        Suggestion s = the("reported");
        accounts.signInAs(other);
        annotations.create(article.id(), AnnotationDraft.tagging(s.start(), s.end(), "reported"));
        accounts.signInAs(checker);
        assertThat(suggestions.list(article.id())).noneMatch(x -> x.tag().equals("reported"));
        assertThatThrownBy(() -> suggestions.accept(article.id(), s.start(), s.end(), "reported"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("No suggestion");
    }

    @Test
    void dismissHidesItForEveryoneAndTwiceIsFine() {
        Suggestion s = the("contested");
        suggestions.dismiss(article.id(), s.start(), s.end(), "contested");
        suggestions.dismiss(article.id(), s.start(), s.end(), "contested");
        assertThat(suggestions.list(article.id())).noneMatch(x -> x.tag().equals("contested"));
        accounts.signInAs(other);
        assertThat(suggestions.list(article.id())).noneMatch(x -> x.tag().equals("contested"));
        assertThat(suggestions.list(article.id())).hasSize(3);
        assertThatThrownBy(() -> suggestions.accept(article.id(), s.start(), s.end(), "contested"))
                .isInstanceOf(NotFoundException.class);
        assertThat(annotations.forArticle(article.id())).isEmpty();
    }

    @Test
    void whatIsNotProposedIsRefusedAndChangesNothing() {
        Suggestion s = the("attributed");
        assertThatThrownBy(() -> suggestions.accept(article.id(), s.start(), s.end(), "contested"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("No suggestion \"contested\"");
        assertThatThrownBy(() -> suggestions.accept(article.id(), s.start() + 1, s.end(), "attributed"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> suggestions.dismiss(article.id(), s.start(), s.end(), "no-such-tag"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> suggestions.accept(article.id(), 10, 5, "attributed")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> suggestions.accept(article.id(), s.start(), s.end(), " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> suggestions.list(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> suggestions.accept(Long.MAX_VALUE, s.start(), s.end(), "attributed")).isInstanceOf(NotFoundException.class);
        assertThat(annotations.forArticle(article.id())).isEmpty();
        assertThat(suggestions.list(article.id())).hasSize(4);
    }

    @Test
    void acceptingAtOnceMakesOneAnnotationWhoeverAccepts() throws Exception {
        Suggestion s = the("attributed");
        List<SuggestionService.Acceptance> results = Concurrently.atOnce(6, i -> () -> {
            accounts.signInAs(i % 2 == 0 ? checker : other);
            try {
                return suggestions.accept(article.id(), s.start(), s.end(), "attributed");
            } finally {
                TestAccounts.signOut();
            }
        });
        assertThat(results).filteredOn(SuggestionService.Acceptance::created).hasSize(1);
        assertThat(results).extracting(r -> r.annotation().id()).containsOnly(results.getFirst().annotation().id());
        assertThat(annotations.forArticle(article.id())).hasSize(1);
    }

    @Test
    void dismissingAtOnceIsFine() throws Exception {
        Suggestion s = the("reported");
        List<Boolean> done = Concurrently.atOnce(4, i -> () -> {
            accounts.signInAs(i % 2 == 0 ? checker : other);
            try {
                suggestions.dismiss(article.id(), s.start(), s.end(), "reported");
                return true;
            } finally {
                TestAccounts.signOut();
            }
        });
        assertThat(done).containsOnly(true);
        assertThat(suggestions.list(article.id())).noneMatch(x -> x.tag().equals("reported"));
    }

    @Test
    void aTagTheTagSetDoesNotOfferIsNotSuggested() {
        Suggestion contested = the("contested");
        String editor = accounts.create("suggest-editor", Roles.EDITOR).username();
        accounts.signInAs(editor);
        tags.setRetired("contested", true);
        try {
            assertThat(suggestions.list(article.id())).extracting(Suggestion::tag).doesNotContain("contested").isNotEmpty();
            assertThatThrownBy(() -> suggestions.accept(article.id(), contested.start(), contested.end(), "contested"))
                    .isInstanceOf(NotFoundException.class); // not offered while retired, so not accepted either
            assertThat(annotations.forArticle(article.id())).isEmpty();
        } finally {
            tags.setRetired("contested", false);
        }
        assertThat(suggestions.list(article.id())).extracting(Suggestion::tag).contains("contested");
    }
}

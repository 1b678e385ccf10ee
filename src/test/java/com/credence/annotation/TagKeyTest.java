package com.credence.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.annotation.AnnotationService.Tagging;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.security.Roles;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A tag key on something already tagged: on exactly my own draft it changes that annotation's tag
 * (one annotation, one history entry); the same key again only finds it; never a twin. On my
 * submitted one it adds a new annotation; on a picked one among several, only that one changes.
 */
@IntegrationTest
class TagKeyTest {

    static final String TEXT = "The mayor said the ferry runs daily. The harbour master says it sails twice a week.";

    @Autowired
    AnnotationService annotations;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    TestAccounts accounts;

    String checker;
    ArticleDetail article;
    int start;
    int end;

    @BeforeEach
    void setUp() {
        checker = accounts.create("tagkey", Roles.FACT_CHECKER).username();
        accounts.signInAs(checker);
        article = articleImport.importArticle(new ImportSource.Pasted(TEXT + " " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Ferry", null, null, null, null), false);
        start = 0;
        end = TEXT.indexOf(" The harbour");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void anotherKeyOnMyDraftChangesItsTagAndTheSameKeyOnlyFindsIt() {
        Tagging first = annotations.tag(article.id(), start, end, "reported");
        assertThat(first.outcome()).isEqualTo(Tagging.Outcome.CREATED);
        long id = first.annotation().id();

        Tagging again = annotations.tag(article.id(), start, end, "reported");
        assertThat(again.outcome()).isEqualTo(Tagging.Outcome.FOUND);
        assertThat(again.annotation().id()).isEqualTo(id);
        assertThat(again.annotation().version()).isEqualTo(first.annotation().version());

        Tagging changed = annotations.tag(article.id(), start, end, "attributed");
        assertThat(changed.outcome()).isEqualTo(Tagging.Outcome.RETAGGED);
        assertThat(changed.previousTag()).isEqualTo("reported");
        assertThat(changed.annotation().id()).isEqualTo(id);
        assertThat(changed.annotation().tag()).isEqualTo("attributed");

        assertThat(annotations.tag(article.id(), start, end, "attributed").outcome()).isEqualTo(Tagging.Outcome.FOUND);
        assertThat(annotations.forArticle(article.id())).singleElement().extracting(AnnotationView::tag).isEqualTo("attributed");
        // created, then one change: no entry for the keys that changed nothing
        assertThat(annotations.history(id)).hasSize(2);
    }

    @Test
    void onMySubmittedAnnotationAKeyAddsANewOneAndTheSubmittedClaimStaysAsItWas() {
        long id = annotations.tag(article.id(), start, end, "reported").annotation().id();
        annotations.submit(article.id(), id);
        Tagging next = annotations.tag(article.id(), start, end, "contested");
        assertThat(next.outcome()).isEqualTo(Tagging.Outcome.CREATED);
        assertThat(next.annotation().id()).isNotEqualTo(id);
        assertThat(annotations.get(id).tag()).isEqualTo("reported");
        assertThat(annotations.get(id).status()).isEqualTo("SUBMITTED");
    }

    @Test
    void aKeyOnThePickedOneOfSeveralChangesThatOneOnly() {
        AnnotationView outer = annotations.tag(article.id(), start, end, "reported").annotation();
        int inner = TEXT.indexOf("the ferry runs");
        AnnotationView nested = annotations.tag(article.id(), inner, inner + "the ferry runs".length(), "attributed").annotation();
        Tagging t = annotations.retag(article.id(), outer.id(), "contested");
        assertThat(t.outcome()).isEqualTo(Tagging.Outcome.RETAGGED);
        assertThat(annotations.get(outer.id()).tag()).isEqualTo("contested");
        assertThat(annotations.get(nested.id()).tag()).isEqualTo("attributed");
        assertThat(annotations.get(nested.id()).version()).isEqualTo(nested.version());

        // somebody else's annotation is not a fact-checker's to change, whatever key they press
        accounts.signInAs(accounts.create("tagkey-other", Roles.FACT_CHECKER).username());
        assertThatThrownBy(() -> annotations.retag(article.id(), nested.id(), "reported")).isInstanceOf(AccessDeniedException.class);
        // and their key on the same span makes their own annotation
        assertThat(annotations.tag(article.id(), start, end, "contested").outcome()).isEqualTo(Tagging.Outcome.CREATED);
        assertThat(annotations.forArticle(article.id())).hasSize(3);
    }
}

package com.credence.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credence.Concurrently;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationRevision;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.QueueItem;
import com.credence.annotation.ReviewMove;
import com.credence.annotation.SourceClaims;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.base.ConflictException;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.security.Roles;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The source ledger against the real database: matching names, making entries in place, merging, and a source's counts. */
@IntegrationTest
class SourceServiceTest {

    static final String TEXT = "The ministry said 40 people were detained. Rights groups say the number is higher. "
            + "Witnesses described a peaceful crowd. The army denied firing. Police said the road was closed.";

    @Autowired
    SourceService sources;
    @Autowired
    AnnotationService annotations;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    TestAccounts accounts;

    String checker;
    String editor;
    ArticleDetail article;
    /** Makes each test's names its own, so tests sharing a database never match each other's sources. */
    String u;

    @BeforeEach
    void setUp() {
        checker = accounts.create("src-checker", Roles.FACT_CHECKER).username();
        editor = accounts.create("src-editor", Roles.EDITOR).username();
        u = UUID.randomUUID().toString().substring(0, 8);
        accounts.signInAs(checker);
        article = articleImport.importArticle(new ImportSource.Pasted(TEXT + " " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Detentions " + u, "Source Gazette", null, null, null), false);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private AnnotationView claim(String fragment, String tag, String source) {
        int start = article.text().indexOf(fragment);
        return annotations.create(article.id(), new AnnotationDraft(start, start + fragment.length(), tag, source, null, null, List.of(), null));
    }

    @Test
    void namesMatchByAliasAccentsCaseSpacingAndALeadingThe() {
        SourceView mod = sources.create(new SourceDraft("Ministry of Defence " + u, List.of("MoD " + u), SourceKind.GOVERNMENT, "gb",
                null, "q42"));
        assertThat(mod.country()).isEqualTo("GB");
        assertThat(mod.wikidataId()).isEqualTo("Q42");
        assertThat(sources.find("mod " + u)).map(SourceView::id).contains(mod.id());
        assertThat(sources.find("  THE   Ministry of defence " + u.toUpperCase())).map(SourceView::id).contains(mod.id());
        assertThat(sources.suggest("MoD " + u, 10)).containsExactly("Ministry of Defence " + u);

        SourceView fr = sources.create(SourceDraft.named("Ministère des Armées " + u));
        assertThat(sources.find("ministere des armees " + u)).map(SourceView::id).contains(fr.id());
        assertThat(SourceNames.key("Ministère")).isEqualTo(SourceNames.key("ministere"));
        assertThat(SourceNames.key("Straße")).isEqualTo(SourceNames.key("STRASSE"));

        // an annotation naming it by its alias is linked to it, and keeps the name as written
        AnnotationView a = claim("The ministry said 40 people were detained.", "attributed", "MOD " + u);
        assertThat(a.sourceId()).isEqualTo(mod.id());
        assertThat(a.source()).isEqualTo("MOD " + u);
    }

    @Test
    void aNewNameMakesAnEntryInPlaceAndAKnownIdWinsOverTheName() {
        AnnotationView a = claim("Rights groups say the number is higher.", "contested", "Amnesty Watch " + u);
        assertThat(a.sourceId()).isNotNull();
        SourceView made = sources.get(a.sourceId());
        assertThat(made.name()).isEqualTo("Amnesty Watch " + u);
        assertThat(made.kind()).isEqualTo(SourceKind.OTHER);

        // the same name again (other case) finds it; no second entry
        AnnotationView b = claim("Witnesses described a peaceful crowd.", "reported", "amnesty watch " + u);
        assertThat(b.sourceId()).isEqualTo(made.id());
        assertThat(sources.count(new SourceFilter(u, null, null))).isEqualTo(1);

        // an explicit id wins and gives its name; an unknown one is refused and nothing is stored
        SourceView army = sources.create(new SourceDraft("Army " + u, null, SourceKind.MILITARY, null, null, null));
        int start = article.text().indexOf("The army denied firing.");
        AnnotationView c = annotations.create(article.id(), new AnnotationDraft(start, start + 23, "attributed", "whatever", null, null,
                List.of(), null, army.id()));
        assertThat(c.sourceId()).isEqualTo(army.id());
        assertThat(c.source()).isEqualTo("Army " + u);
        int before = annotations.forArticle(article.id()).size();
        int p = article.text().indexOf("Police said");
        assertThatThrownBy(() -> annotations.create(article.id(), new AnnotationDraft(p, p + 11, "attributed", null, null, null, List.of(),
                null, -5L))).isInstanceOf(InvalidInputException.class).hasMessageContaining("no source with id -5");
        assertThat(annotations.forArticle(article.id())).hasSize(before);

        // changing the name links the annotation anew; clearing it unlinks
        AnnotationView moved = annotations.update(b.id(), b.version(), new AnnotationDraft(b.start(), b.end(), b.tag(), "Army " + u, null,
                null, List.of(), null));
        assertThat(moved.sourceId()).isEqualTo(army.id());
        AnnotationView cleared = annotations.update(b.id(), moved.version(), new AnnotationDraft(b.start(), b.end(), b.tag(), null, null,
                null, List.of(), null));
        assertThat(cleared.sourceId()).isNull();
    }

    @Test
    void twoNamesClaimedTwiceAreRefusedAndBadFieldsChangeNothing() {
        sources.create(new SourceDraft("Red Cross " + u, List.of("ICRC " + u), SourceKind.INTERNATIONAL_ORGANISATION, null, null, null));
        assertThatThrownBy(() -> sources.create(SourceDraft.named("icrc " + u))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> sources.create(new SourceDraft("Other " + u, List.of("the Red Cross " + u), null, null, null, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(sources.find("Other " + u)).isEmpty();
        assertThatThrownBy(() -> sources.create(new SourceDraft("Bad " + u, null, null, "Narnia", null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sources.create(new SourceDraft("Bad " + u, null, null, null, null, "42")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sources.create(SourceDraft.named("   "))).isInstanceOf(InvalidInputException.class);
        assertThat(sources.find("Bad " + u)).isEmpty();
    }

    @Test
    void peopleNamingOneNewSourceAtOnceEndWithOneEntry() throws Exception {
        String name = "Harbour Authority " + u;
        String[] fragments = {"The ministry said 40 people were detained.", "Rights groups say the number is higher.",
                "Witnesses described a peaceful crowd.", "The army denied firing.", "Police said the road was closed."};
        List<String> users = List.of(checker, accounts.create("src-c2", Roles.FACT_CHECKER).username(),
                accounts.create("src-c3", Roles.FACT_CHECKER).username(), accounts.create("src-c4", Roles.FACT_CHECKER).username(),
                accounts.create("src-c5", Roles.FACT_CHECKER).username());
        List<Long> ids = Concurrently.atOnce(5, i -> () -> {
            accounts.signInAs(users.get(i));
            try {
                String spelled = i % 2 == 0 ? name : name.toUpperCase();
                return claim(fragments[i], "attributed", spelled).sourceId();
            } finally {
                TestAccounts.signOut();
            }
        });
        assertThat(Set.copyOf(ids)).hasSize(1).doesNotContainNull();
        assertThat(sources.count(new SourceFilter(name, null, null))).isEqualTo(1);
    }

    @Test
    void mergingRepointsEveryAnnotationKeepsTheNameAsAnAliasAndShowsInTheHistory() {
        SourceView keep = sources.create(new SourceDraft("Ministry of Health " + u, null, SourceKind.GOVERNMENT, null, null, null));
        AnnotationView a = claim("The ministry said 40 people were detained.", "attributed", "Health Ministry " + u);
        AnnotationView b = claim("Witnesses described a peaceful crowd.", "reported", "health ministry " + u);
        long dup = a.sourceId();
        assertThat(b.sourceId()).isEqualTo(dup);
        annotations.delete(b.id(), b.version()); // deleted annotations are re-pointed too (a restore brings back a live link)

        assertThatThrownBy(() -> sources.merge(dup, keep.id())).as("a fact-checker may not merge").isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(editor);
        assertThatThrownBy(() -> sources.merge(dup, dup)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sources.merge(dup, -1)).isInstanceOf(NotFoundException.class);
        assertThat(sources.get(dup).name()).isEqualTo("Health Ministry " + u);

        SourceView merged = sources.merge(dup, keep.id());
        assertThat(merged.aliases()).containsExactly("Health Ministry " + u);
        assertThatThrownBy(() -> sources.get(dup)).isInstanceOf(NotFoundException.class);
        assertThat(annotations.get(a.id()).sourceId()).isEqualTo(keep.id());
        assertThat(sources.find("HEALTH MINISTRY " + u)).map(SourceView::id).contains(keep.id());

        List<AnnotationRevision> history = annotations.history(a.id());
        AnnotationRevision last = history.getLast();
        assertThat(last.username()).isEqualTo(editor);
        assertThat(last.state().sourceId()).isEqualTo(keep.id());
        assertThat(history.get(history.size() - 2).state().sourceId()).isEqualTo(dup);
        AnnotationView restored = annotations.restore(article.id(), b.id());
        assertThat(restored.sourceId()).isEqualTo(keep.id());

        // the same name written again now links to the entry merged into
        accounts.signInAs(checker);
        AnnotationView c = claim("The army denied firing.", "attributed", "Health Ministry " + u);
        assertThat(c.sourceId()).isEqualTo(keep.id());
    }

    @Test
    void aMergeRacingAnnotationsSavedWithTheOldNameLeavesNoneOnTheMergedEntry() throws Exception {
        SourceView keep = sources.create(SourceDraft.named("Border Police " + u));
        SourceView dup = sources.create(SourceDraft.named("Border Guard " + u));
        String[] fragments = {"Rights groups say the number is higher.", "Witnesses described a peaceful crowd.", "The army denied firing.",
                "Police said the road was closed."};
        List<Long> results = Concurrently.atOnce(5, i -> () -> {
            try {
                if (i == 0) {
                    accounts.signInAs(editor);
                    return sources.merge(dup.id(), keep.id()).id();
                }
                accounts.signInAs(checker);
                return claim(fragments[i - 1], "reported", "Border Guard " + u).sourceId();
            } finally {
                TestAccounts.signOut();
            }
        });
        assertThat(results.getFirst()).isEqualTo(keep.id());
        accounts.signInAs(checker);
        assertThatThrownBy(() -> sources.get(dup.id())).isInstanceOf(NotFoundException.class);
        assertThat(annotations.forArticle(article.id())).extracting(AnnotationView::sourceId).hasSize(4).containsOnly(keep.id());
        assertThat(sources.counts(keep.id()).total()).isEqualTo(4);
    }

    @Test
    void editorsChangeAnEntryAtTheVersionTheySaw() {
        SourceView s = sources.create(SourceDraft.named("Coast Guard " + u));
        assertThatThrownBy(() -> sources.update(s.id(), s.version(), new SourceDraft(null, null, SourceKind.MILITARY, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        accounts.signInAs(editor);
        SourceView changed = sources.update(s.id(), s.version(), new SourceDraft("National Coast Guard " + u, null, SourceKind.MILITARY,
                "GR", "Maritime service.", null));
        assertThat(changed.name()).isEqualTo("National Coast Guard " + u);
        assertThat(changed.aliases()).containsExactly("Coast Guard " + u);
        assertThat(changed.kind()).isEqualTo(SourceKind.MILITARY);
        assertThat(changed.version()).isEqualTo(s.version() + 1);
        assertThat(sources.find("coast guard " + u)).map(SourceView::id).contains(s.id());
        assertThatThrownBy(() -> sources.update(s.id(), s.version(), new SourceDraft(null, null, SourceKind.POLICE, null, null, null)))
                .isInstanceOf(StaleSourceException.class);
        assertThat(sources.get(s.id()).kind()).isEqualTo(SourceKind.MILITARY);
    }

    @Test
    void aSourcesPageCountsItsClaimsByTagAndReviewOutcome() {
        AnnotationView approved = claim("The ministry said 40 people were detained.", "attributed", "Interior Ministry " + u);
        AnnotationView rejected = claim("Rights groups say the number is higher.", "contested", "Interior Ministry " + u);
        AnnotationView pending = claim("Witnesses described a peaceful crowd.", "contested", "Interior Ministry " + u);
        AnnotationView gone = claim("The army denied firing.", "attributed", "Interior Ministry " + u);
        claim("Police said the road was closed.", "attributed", "Someone Else " + u);
        long id = approved.sourceId();
        annotations.submit(article.id(), approved.id());
        annotations.submit(article.id(), rejected.id());
        annotations.submit(article.id(), pending.id());
        annotations.delete(gone.id(), gone.version());
        accounts.signInAs(editor);
        annotations.review(article.id(), approved.id(), null, ReviewMove.APPROVE, null, null);
        annotations.review(article.id(), rejected.id(), null, ReviewMove.REJECT, "source", null);

        SourceClaims counts = sources.counts(id);
        assertThat(counts.total()).isEqualTo(3);
        assertThat(counts.tagged(SourceClaims.ATTRIBUTED)).isEqualTo(1);
        assertThat(counts.tagged(SourceClaims.CONTESTED)).isEqualTo(2);
        assertThat(counts.approved()).isEqualTo(1);
        assertThat(counts.rejected()).isEqualTo(1);
        assertThat(counts.pending()).isEqualTo(1);
        assertThat(counts.months()).hasSize(1);
        assertThat(counts.months().getFirst().total()).isEqualTo(3);

        List<QueueItem> claims = sources.claims(id, 0, 10);
        assertThat(claims).extracting(q -> q.annotation().id()).containsExactlyInAnyOrder(approved.id(), rejected.id(), pending.id());
        assertThat(claims).allSatisfy(q -> assertThat(q.articleTitle()).isEqualTo("Detentions " + u));

        List<SourceSummary> byContested = sources.search(new SourceFilter(u, null, null), SourceSort.CONTESTED, 0, 10);
        assertThat(byContested).extracting(SourceSummary::name).containsExactly("Interior Ministry " + u, "Someone Else " + u);
        assertThat(byContested.getFirst().claims()).isEqualTo(3);
        assertThat(byContested.getFirst().contested()).isEqualTo(2);
        assertThat(sources.search(new SourceFilter(u, SourceKind.OTHER, null), SourceSort.CLAIMS, 0, 10)).hasSize(2);
        assertThat(sources.search(new SourceFilter(u, SourceKind.PERSON, null), SourceSort.CLAIMS, 0, 10)).isEmpty();
        assertThat(sources.search(new SourceFilter(u, null, null), SourceSort.NAME, 0, 10).stream().map(SourceSummary::name)
                .collect(Collectors.toList())).containsExactly("Interior Ministry " + u, "Someone Else " + u);
    }
}

package com.credence.suggestion;

import com.credence.annotation.AnnotationContent;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationView;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleService;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.security.CurrentUser;
import com.credence.security.Roles;
import com.credence.suggestion.internal.SuggestionCache;
import com.credence.suggestion.internal.SuggestionDecisions;
import com.credence.suggestion.internal.SuggestionDecisions.Key;
import com.credence.tagset.TagService;
import com.credence.tagset.TagView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An article's suggestions: what the {@link Suggester}s propose for its text (computed once per text
 * and kept), less the ones someone dismissed, the spans that already carry an annotation with that tag,
 * and tags the tag set does not have (or has retired). Accepting one makes a draft annotation with the
 * tag, source and cue filled in; dismissing one hides it on the article for everyone.
 */
@Service
@PreAuthorize(Roles.ANY_USER)
public class SuggestionService {

    /** What accepting did: the draft annotation, and whether this call made it (false: it was accepted already). */
    public record Acceptance(AnnotationView annotation, boolean created) {
    }

    private final ArticleService articles;
    private final TagService tags;
    private final AnnotationService annotations;
    private final List<Suggester> suggesters;
    private final SuggestionCache cache;
    private final SuggestionDecisions decisions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate tx;

    SuggestionService(ArticleService articles, TagService tags, AnnotationService annotations, List<Suggester> suggesters,
            SuggestionCache cache, SuggestionDecisions decisions, CurrentUser currentUser, Clock clock,
            PlatformTransactionManager transactions) {
        this.articles = articles;
        this.tags = tags;
        this.annotations = annotations;
        this.suggesters = List.copyOf(suggesters);
        this.cache = cache;
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The article's current suggestions in text order (404 for no such article). */
    @Transactional(readOnly = true)
    public List<Suggestion> list(long articleId) {
        return current(articleId, true);
    }

    private List<Suggestion> current(long articleId, boolean lessDismissed) {
        ArticleDetail article = articles.get(articleId);
        Set<String> keys = offeredTags();
        Set<Key> dismissed = lessDismissed ? decisions.dismissed(articleId) : Set.of();
        Set<Key> annotated = new HashSet<>();
        for (AnnotationView a : annotations.forArticle(articleId)) {
            annotated.add(new Key(a.start(), a.end(), a.tag()));
        }
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion s : proposed(article)) {
            Key key = new Key(s.start(), s.end(), s.tag());
            if (keys.contains(s.tag()) && !dismissed.contains(key) && !annotated.contains(key)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The suggestion with that span and tag as {@link #current} would have it, asked about that one only
     * (a key press accepting or dismissing it need not read the article's every annotation).
     */
    private Optional<Suggestion> standing(ArticleDetail article, Key key, boolean lessDismissed) {
        Optional<Suggestion> proposed = proposed(article).stream().filter(s -> s.is(key.start(), key.end(), key.tag())).findFirst();
        if (proposed.isEmpty()
                || !offeredTags().contains(key.tag())
                || lessDismissed && decisions.isDismissed(article.id(), key)
                || annotations.isAnnotated(article.id(), key.start(), key.end(), key.tag())) {
            return Optional.empty();
        }
        return proposed;
    }

    /** The tags suggestions may carry: the tag set's, less retired ones. */
    private Set<String> offeredTags() {
        return tags.active().stream().filter(t -> !t.retired()).map(TagView::key).collect(Collectors.toSet());
    }

    /** Everything the suggesters propose for the article's text, before dismissals and annotations. */
    private List<Suggestion> proposed(ArticleDetail article) {
        return cache.get(article.id(), article.sha256(), () -> {
            List<Suggestion> all = new ArrayList<>();
            Set<Key> seen = new HashSet<>();
            for (Suggester suggester : suggesters) {
                for (Suggestion s : suggester.suggest(article.text(), article.sentences())) {
                    if (s.end() <= article.text().length() && seen.add(new Key(s.start(), s.end(), s.tag()))) {
                        all.add(s);
                    }
                }
            }
            all.sort(java.util.Comparator.comparingInt(Suggestion::start).thenComparingInt(Suggestion::cueStart));
            return all;
        });
    }

    /**
     * Accepts the suggestion with that span and tag: a draft annotation by the caller with its tag, source
     * and cue (the note empty). Accepting one that was already accepted (a retry, or two people at the
     * same moment) gives back the annotation it became; one that is not proposed is refused (404) and
     * changes nothing.
     */
    public Acceptance accept(long articleId, int start, int end, String tag) {
        Key key = key(start, end, tag);
        try {
            return Objects.requireNonNull(tx.execute(status -> doAccept(articleId, key)));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            // accepted by someone else at the same moment: their annotation
            Long id = tx.execute(status -> decisions.acceptedAs(articleId, key).orElse(null));
            if (id == null || id == 0) {
                throw e;
            }
            return new Acceptance(annotations.get(id), false);
        }
    }

    private Acceptance doAccept(long articleId, Key key) {
        ArticleDetail article = articles.get(articleId);
        Optional<Long> before = decisions.acceptedAs(articleId, key);
        if (before.isPresent()) {
            Optional<AnnotationView> live = annotations.forArticle(articleId).stream().filter(a -> a.id() == before.get()).findFirst();
            if (live.isPresent()) {
                return new Acceptance(live.get(), false);
            }
            decisions.forget(articleId, key); // its annotation was deleted since: the suggestion may be accepted again
        }
        // claimed first: someone accepting at the same moment waits here on the key and then fails (and gets ours)
        decisions.claim(articleId, key, currentUser.username(), clock.instant());
        Suggestion s = standing(article, key, true).orElseThrow(() -> notProposed(key)); // rolls the claim back
        String cue = clip(article.text().substring(s.cueStart(), s.cueEnd()), AnnotationContent.MAX_CUE);
        String source = s.source() == null ? null : clip(s.source(), AnnotationContent.MAX_SOURCE);
        AnnotationService.Creation created = annotations.createOrFind(articleId,
                new AnnotationDraft(s.start(), s.end(), s.tag(), source, cue, null, List.of(), null));
        decisions.acceptedAs(articleId, key, created.annotation().id());
        return new Acceptance(created.annotation(), created.created());
    }

    /**
     * Dismisses the suggestion with that span and tag on the article, for everyone. The same dismissal
     * again, or two at the same moment, is fine; one that is not proposed is refused (404) and changes nothing.
     */
    public void dismiss(long articleId, int start, int end, String tag) {
        Key key = key(start, end, tag);
        try {
            tx.executeWithoutResult(status -> {
                ArticleDetail article = articles.get(articleId);
                if (decisions.isDismissed(articleId, key)) {
                    return;
                }
                // dismissed ones count as proposed: someone dismissing it at the same moment is no reason to refuse
                if (standing(article, key, false).isEmpty()) {
                    throw notProposed(key);
                }
                decisions.dismiss(articleId, key, currentUser.username(), clock.instant());
            });
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            // dismissed by someone else at the same moment: dismissed, as asked
            if (!Boolean.TRUE.equals(tx.execute(status -> decisions.isDismissed(articleId, key)))) {
                throw e;
            }
        }
    }

    private static Key key(int start, int end, @Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            throw new InvalidInputException("Say which tag the suggestion has (\"tag\").");
        }
        if (start < 0 || end <= start) {
            throw new InvalidInputException("A suggestion's span is [start, end) with 0 <= start < end; got [" + start + ", " + end + ").");
        }
        return new Key(start, end, tag.strip());
    }

    private static NotFoundException notProposed(Key key) {
        return new NotFoundException("No suggestion \"" + abbreviate(key.tag()) + "\" at [" + key.start() + ", " + key.end()
                + ") on this article now: it was dismissed, is already annotated with that tag, or was never proposed.");
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}

package com.credence.annotation;

import com.credence.annotation.internal.Annotation;
import com.credence.annotation.internal.AnnotationQueries;
import com.credence.annotation.internal.AnnotationRepository;
import com.credence.annotation.internal.ArticleTexts;
import com.credence.annotation.internal.Revision;
import com.credence.base.Inputs;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.security.CurrentUser;
import com.credence.security.Roles;
import com.credence.tagset.TagService;
import com.credence.tagset.TagView;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Annotations on articles. The server decides what is stored: offsets are checked against the
 * article's text, the quote and its context are taken from it, tags must exist and not be retired.
 * Fact-checkers change only their own annotations; editors and admins change anyone's. Every change
 * is checked against the version the caller saw (optimistic locking), kept in the audit history and
 * published as an {@link AnnotationEvent}.
 */
@Service
@PreAuthorize(Roles.ANY_USER)
public class AnnotationService {

    /** A create request's outcome: the annotation, and whether it is new or the caller's identical one. */
    public record Creation(AnnotationView annotation, boolean created) {
    }

    private final AnnotationRepository annotations;
    private final TagService tags;
    private final ArticleTexts articles;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final AnnotationQueries queries;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean fourEyes;
    private final ObjectProvider<SourceResolver> sources;

    AnnotationService(AnnotationRepository annotations, TagService tags, ArticleTexts articles, CurrentUser currentUser,
            ApplicationEventPublisher events, EntityManager entityManager, AnnotationQueries queries,
            PlatformTransactionManager transactions, Clock clock, @Value("${credence.review.four-eyes:true}") boolean fourEyes,
            ObjectProvider<SourceResolver> sources) {
        this.sources = sources;
        this.annotations = annotations;
        this.tags = tags;
        this.articles = articles;
        this.currentUser = currentUser;
        this.events = events;
        this.entityManager = entityManager;
        this.queries = queries;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.fourEyes = fourEyes;
    }

    /** The article's annotations in text order (start, then longer first). */
    @Transactional(readOnly = true)
    public List<AnnotationView> forArticle(long articleId) {
        List<AnnotationView> found = annotations.liveOnArticle(articleId).stream().map(AnnotationService::view).toList();
        if (found.isEmpty()) {
            articles.get(articleId); // none, or no such article: a 404 for that, not an empty list
        }
        return found;
    }

    /** Whether a live annotation, anyone's, has exactly this span and tag (one question, not the article's every annotation). */
    @Transactional(readOnly = true)
    public boolean isAnnotated(long articleId, int start, int end, String tag) {
        return annotations.existsByArticleIdAndStartAndEndAndTagAndTombstone(articleId, start, end, tag, 0);
    }

    @Transactional(readOnly = true)
    public AnnotationView get(long id) {
        return view(annotations.live(id).orElseThrow(() -> notFound(id)));
    }

    /** Creates an annotation, or returns the caller's live one with the same span and tag (see {@link #createOrFind}). */
    public AnnotationView create(long articleId, AnnotationDraft draft) {
        return createOrFind(articleId, draft).annotation();
    }

    /**
     * Creates an annotation. One author has at most one live annotation per span and tag: asking for
     * the same one again (a key pressed twice, a request retried) returns the existing one, also when
     * the two requests race (a unique key decides, the loser reads the winner's).
     */
    public Creation createOrFind(long articleId, AnnotationDraft draft) {
        try {
            return Objects.requireNonNull(tx.execute(status -> doCreate(articleId, draft)));
        } catch (DataIntegrityViolationException e) {
            Annotation twin = tx.execute(status -> annotations.twin(articleId, draft.start(), draft.end(), draft.tag().strip(),
                    currentUser.username()).orElse(null));
            if (twin == null) {
                throw e;
            }
            return new Creation(view(twin), false);
        }
    }

    private Creation doCreate(long articleId, AnnotationDraft draft) {
        String text = articles.get(articleId).text();
        Anchor anchor = Anchor.in(text, draft.start(), draft.end());
        AnnotationContent content = content(draft, null);
        String author = currentUser.username();
        Annotation existing = annotations.twin(articleId, anchor.start(), anchor.end(), content.tag(), author).orElse(null);
        if (existing != null) {
            return new Creation(view(existing), false);
        }
        Attribution source = attribution(draft, content, null);
        Instant now = clock.instant();
        Annotation a = Annotation.tag(articleId, author, anchor, source.content(), now);
        a.attribute(source.id(), now);
        a.conflictWith(conflictTarget(draft.conflictsWith()), now);
        annotations.saveAndFlush(a);
        queries.statusChanged(null, a.getStatus());
        events.publishEvent(new AnnotationCreated(articleId, id(a), author));
        return new Creation(view(a), true);
    }

    /** What a tag key did: made a new annotation, gave mine on that span another tag, or found it already so. */
    public record Tagging(AnnotationView annotation, Outcome outcome, @Nullable String previousTag) {
        public enum Outcome { CREATED, RETAGGED, FOUND }
    }

    /**
     * A tag key on a span. When I have a live annotation on exactly this span with this tag, that one
     * (nothing changes: the key only brings it forward). Else when I have one there still in my hands
     * (a draft, or sent back for changes), it takes this tag: one annotation, one history entry, never a
     * twin beside it. Else a new annotation (mine there is submitted or reviewed: a new claim, not a
     * silent change to work an editor is looking at).
     */
    public Tagging tag(long articleId, int start, int end, String tag) {
        Tagging done;
        try {
            done = tx.execute(status -> {
                Anchor anchor = Anchor.in(articles.get(articleId).text(), start, end);
                String author = currentUser.username();
                List<Annotation> mine = annotations.mineOnSpan(articleId, anchor.start(), anchor.end(), author);
                for (Annotation a : mine) {
                    if (a.getTag().equals(tag.strip())) {
                        return new Tagging(view(a), Tagging.Outcome.FOUND, null);
                    }
                }
                Annotation editable = mine.stream()
                        .filter(a -> a.getStatus() == AnnotationStatus.DRAFT || a.getStatus() == AnnotationStatus.CHANGES_REQUESTED)
                        .max(java.util.Comparator.comparing(Annotation::getUpdatedAt).thenComparing(Annotation::getVersion)).orElse(null);
                if (editable != null) {
                    return retag(editable, tag);
                }
                // nothing of mine there: made in the same transaction (one round trip to the database's commit, not two)
                Creation c = doCreate(articleId, AnnotationDraft.tagging(start, end, tag));
                return new Tagging(c.annotation(), c.created() ? Tagging.Outcome.CREATED : Tagging.Outcome.FOUND, null);
            });
        } catch (DataIntegrityViolationException e) {
            // the same key raced itself: the other request made it; this one finds it
            Creation c = createOrFind(articleId, AnnotationDraft.tagging(start, end, tag));
            return new Tagging(c.annotation(), Tagging.Outcome.FOUND, null);
        }
        return Objects.requireNonNull(done);
    }

    /** Gives one annotation another tag (the one picked among several on a sentence), keeping what it says. */
    @Transactional
    public Tagging retag(long articleId, long id, String tag) {
        Annotation a = onArticle(articleId, id);
        requireMayChange(a);
        if (a.getTag().equals(tag.strip())) {
            return new Tagging(view(a), Tagging.Outcome.FOUND, null);
        }
        if (!a.getStatus().editable()) {
            throw new TransitionNotAllowedException("This annotation is " + a.getStatus().label().toLowerCase(java.util.Locale.ROOT)
                    + "; its tag can change only after it is sent back or reopened.");
        }
        return retag(a, tag);
    }

    private Tagging retag(Annotation a, String tag) {
        String previous = a.getTag();
        AnnotationContent content = content(new AnnotationDraft(a.anchor().start(), a.anchor().end(), tag, null, null, null, List.of(),
                null), previous);
        if (annotations.twin(a.getArticleId(), a.anchor().start(), a.anchor().end(), content.tag(), a.getAuthor()).isPresent()) {
            throw new InvalidInputException("There is already a " + tagName(content.tag()) + " annotation by " + a.getAuthor()
                    + " on this span.");
        }
        a.retag(content.tag(), clock.instant());
        annotations.saveAndFlush(a);
        events.publishEvent(new AnnotationChanged(a.getArticleId(), id(a), currentUser.username()));
        return new Tagging(view(a), Tagging.Outcome.RETAGGED, previous);
    }

    @Transactional
    public AnnotationView update(long id, long expectedVersion, AnnotationDraft draft) {
        Annotation a = findForChange(id, expectedVersion);
        Instant now = clock.instant();
        Anchor anchor = Anchor.in(articles.get(a.getArticleId()).text(), draft.start(), draft.end());
        AnnotationContent content = content(draft, a.getTag());
        Attribution source = attribution(draft, content, a);
        content = source.content();
        Annotation twin = annotations.twin(a.getArticleId(), anchor.start(), anchor.end(), content.tag(), a.getAuthor()).orElse(null);
        if (twin != null && twin != a) {
            throw new InvalidInputException("There is already a " + tagName(content.tag()) + " annotation by " + a.getAuthor()
                    + " on this span.");
        }
        a.reanchor(anchor, now);
        a.describe(content, now);
        a.attribute(source.id(), now);
        a.conflictWith(conflictTarget(draft.conflictsWith()), now);
        annotations.saveAndFlush(a);
        events.publishEvent(new AnnotationChanged(a.getArticleId(), id, currentUser.username()));
        return view(a);
    }

    /**
     * Deletes an annotation; it can be restored. Annotations that named it as the one they conflict
     * with lose that link, each as an audited change by the person who deleted.
     */
    @Transactional
    public void delete(long id, long expectedVersion) {
        Annotation a = findForChange(id, expectedVersion);
        Instant now = clock.instant();
        String by = currentUser.username();
        for (Annotation other : annotations.liveConflictingWith(id)) {
            other.forgetConflictWith(id, now);
            events.publishEvent(new AnnotationChanged(other.getArticleId(), id(other), by));
        }
        a.delete(now);
        annotations.flush();
        queries.statusChanged(a.getStatus(), null);
        events.publishEvent(new AnnotationDeleted(a.getArticleId(), id, by));
    }

    /**
     * Brings a deleted annotation back: the same id, author, creation time and content, and the links
     * that other annotations lost when it was deleted (unless they were changed since). Its history
     * shows it as restored.
     */
    @Transactional
    public AnnotationView restore(long articleId, long id) {
        Annotation a = annotations.findById(id).filter(x -> x.getArticleId() == articleId)
                .orElseThrow(() -> new NotFoundException("No annotation " + id + " on article " + articleId));
        requireMayChange(a);
        if (!a.isDeleted()) {
            throw new RestoreRefusedException("Annotation " + id + " is not deleted.");
        }
        if (annotations.twin(a.getArticleId(), a.anchor().start(), a.anchor().end(), a.getTag(), a.getAuthor()).isPresent()) {
            throw new RestoreRefusedException("Its author has made the same annotation again since; that one stays.");
        }
        List<Annotation> lostLinks = linksLostAtDeletion(id);
        Instant now = clock.instant();
        String by = currentUser.username();
        a.restore(now);
        Long target = a.getConflictsWith();
        if (target != null && annotations.live(target).isEmpty()) {
            a.conflictWith(null, now); // the one it disputed is gone meanwhile
        }
        for (Annotation other : lostLinks) {
            other.conflictWith(a, now);
            events.publishEvent(new AnnotationChanged(other.getArticleId(), id(other), by));
        }
        annotations.flush();
        queries.statusChanged(null, a.getStatus());
        events.publishEvent(new AnnotationRestored(a.getArticleId(), id, by));
        return view(a);
    }

    /** The live annotations that named this one as their conflict until it was last deleted, and name none now. */
    private List<Annotation> linksLostAtDeletion(long id) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<Number> revisions = reader.getRevisions(Annotation.class, id);
        if (revisions.isEmpty()) {
            return List.of();
        }
        Number deletedAt = revisions.getLast();
        if (deletedAt.longValue() <= 1) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Annotation> touched = reader.createQuery().forEntitiesModifiedAtRevision(Annotation.class, deletedAt).getResultList();
        List<Annotation> lost = new ArrayList<>();
        for (Annotation t : touched) {
            long otherId = id(t);
            if (otherId == id) {
                continue;
            }
            Annotation before = reader.find(Annotation.class, otherId, deletedAt.longValue() - 1);
            Annotation now = annotations.live(otherId).orElse(null);
            if (before != null && Objects.equals(before.getConflictsWith(), id) && now != null && now.getConflictsWith() == null) {
                lost.add(now);
            }
        }
        return lost;
    }

    // ---------- review ----------

    /** Submits one of my annotations (a draft, or work sent back for changes) for review. */
    @Transactional
    public AnnotationView submit(long articleId, long id) {
        Annotation a = onArticle(articleId, id);
        move(a, ReviewMove.SUBMIT, null, null);
        return view(a);
    }

    /** Submits all of my drafts on the article; how many. */
    @Transactional
    public int submitAllMine(long articleId) {
        articles.get(articleId); // 404 for an article that does not exist
        String me = currentUser.username();
        int n = 0;
        for (Annotation a : annotations.liveOnArticle(articleId)) {
            if (a.getAuthor().equals(me) && a.getStatus() == AnnotationStatus.DRAFT) {
                move(a, ReviewMove.SUBMIT, null, null);
                n++;
            }
        }
        return n;
    }

    /**
     * An editor's decision: approve, reject or request changes (these two with a reason), or reopen
     * what was approved or rejected. With {@code expectedVersion}, a change made since the editor
     * looked is a conflict, not something approved unseen. Nobody reviews their own annotation
     * (unless four eyes are switched off).
     */
    @Transactional
    @PreAuthorize(Roles.EDITORIAL)
    public AnnotationView review(long articleId, long id, @Nullable Long expectedVersion, ReviewMove decision,
            @Nullable String reason, @Nullable String comment) {
        return review(articleId, id, expectedVersion, decision, reason, comment, null);
    }

    /** The same, with a verdict for an approval (a contested claim's rating, published as ClaimReview). */
    @Transactional
    @PreAuthorize(Roles.EDITORIAL)
    public AnnotationView review(long articleId, long id, @Nullable Long expectedVersion, ReviewMove decision,
            @Nullable String reason, @Nullable String comment, @Nullable String verdict) {
        if (decision.actor() != ReviewMove.Actor.REVIEWER) {
            throw new InvalidInputException("A review decision is APPROVE, REJECT, REQUEST_CHANGES or REOPEN.");
        }
        Annotation a = onArticle(articleId, id);
        if (expectedVersion != null && a.getVersion() != expectedVersion) {
            throw new StaleAnnotationException(view(a));
        }
        move(a, decision, reason, comment, verdict);
        return view(a);
    }

    private void move(Annotation a, ReviewMove move, @Nullable String reason, @Nullable String comment) {
        move(a, move, reason, comment, null);
    }

    private void move(Annotation a, ReviewMove move, @Nullable String reason, @Nullable String comment, @Nullable String verdict) {
        String me = currentUser.username();
        boolean editorial = currentUser.hasRole(Roles.EDITOR) || currentUser.hasRole(Roles.ADMIN);
        AnnotationStatus from = a.move(move, me, editorial, fourEyes, reason, comment, verdict, clock.instant());
        annotations.flush();
        queries.statusChanged(from, a.getStatus());
        events.publishEvent(new AnnotationStatusChanged(a.getArticleId(), id(a), me, a.getAuthor(), from, a.getStatus()));
    }

    private Annotation onArticle(long articleId, long id) {
        return annotations.live(id).filter(a -> a.getArticleId() == articleId)
                .orElseThrow(() -> new NotFoundException("No annotation " + id + " on article " + articleId));
    }

    /** A page of the editors' queue, filtered and sorted in the database. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.EDITORIAL)
    public List<QueueItem> queue(QueueFilter filter, QueueSort sort, int offset, int limit) {
        return items(queries.page(filter, sort, Math.max(0, offset), Math.clamp(limit, 1, 500)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.EDITORIAL)
    public long queueSize(QueueFilter filter) {
        return queries.count(filter);
    }

    /** How many annotations the queue's filter finds in each status. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.EDITORIAL)
    public Map<AnnotationStatus, Long> queueCounts(QueueFilter filter) {
        return queries.countsByStatus(filter);
    }

    /** The articles with at least one annotation in this status (for choosing articles to export). */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.EDITORIAL)
    public Set<Long> articlesWith(AnnotationStatus status) {
        return Set.copyOf(annotations.findArticleIdsWithStatus(status));
    }

    /** My own annotations in these statuses, last changed first, with their articles. */
    @Transactional(readOnly = true)
    public List<QueueItem> mine(Set<AnnotationStatus> statuses, int offset, int limit) {
        QueueFilter mine = new QueueFilter(statuses, null, currentUser.username(), null, null, null, null, null);
        return items(queries.page(mine, QueueSort.UPDATED, Math.max(0, offset), Math.clamp(limit, 1, 500)));
    }

    /** How many live annotations an article has in each status. */
    @Transactional(readOnly = true)
    public Map<AnnotationStatus, Long> countsOnArticle(long articleId) {
        return queries.countsByStatus(new QueueFilter(Set.of(), null, null, articleId, null, null, null, null));
    }

    /** How many of my annotations are in each status. */
    @Transactional(readOnly = true)
    public Map<AnnotationStatus, Long> myCounts() {
        return queries.countsByStatus(new QueueFilter(Set.of(), null, currentUser.username(), null, null, null, null, null));
    }

    private List<QueueItem> items(List<AnnotationQueries.Row> rows) {
        Map<Long, Annotation> byId = new HashMap<>();
        annotations.findAllById(rows.stream().map(AnnotationQueries.Row::id).toList()).forEach(a -> byId.put(id(a), a));
        return rows.stream().filter(r -> byId.containsKey(r.id()))
                .map(r -> new QueueItem(view(byId.get(r.id())), r.title(), r.outlet())).toList();
    }

    // ---------- the source ledger's view of annotations ----------

    /**
     * Points every annotation linked to ledger entry {@code from} (deleted ones and reviewed ones too) at
     * {@code into}, each as an audited change by the editor who merged; how many. The source ledger calls
     * this when it merges two entries, in its transaction, after locking {@code from}.
     */
    @Transactional
    @PreAuthorize(Roles.EDITORIAL)
    public int reattribute(long from, long into) {
        if (from == into) {
            throw new InvalidInputException("A source cannot be merged into itself.");
        }
        String by = currentUser.username();
        int n = 0;
        for (Annotation a : annotations.findAllById(queries.idsWithSource(from))) {
            if (a.reattribute(from, into)) {
                n++;
                if (!a.isDeleted()) {
                    events.publishEvent(new AnnotationChanged(a.getArticleId(), id(a), by));
                }
            }
        }
        annotations.flush();
        return n;
    }

    /** A page of the live annotations attributed to a ledger entry, newest first, with their articles. */
    @Transactional(readOnly = true)
    public List<QueueItem> bySource(long sourceId, int offset, int limit) {
        return items(queries.bySource(sourceId, Math.max(0, offset), Math.clamp(limit, 1, 500)));
    }

    /** The live annotations attributed to a ledger entry, counted per tag, review outcome and month. */
    @Transactional(readOnly = true)
    public SourceClaims claimsOf(long sourceId) {
        long total = 0;
        long approved = 0;
        long rejected = 0;
        Map<String, Long> byTag = new HashMap<>();
        for (Object[] row : queries.tallyBySource(sourceId)) {
            long n = (Long) row[2];
            total += n;
            byTag.merge((String) row[0], n, Long::sum);
            if (row[1] == AnnotationStatus.APPROVED) {
                approved += n;
            } else if (row[1] == AnnotationStatus.REJECTED) {
                rejected += n;
            }
        }
        java.util.TreeMap<java.time.YearMonth, long[]> months = new java.util.TreeMap<>();
        for (Object[] row : queries.monthsBySource(sourceId)) {
            long[] m = months.computeIfAbsent(java.time.YearMonth.of((Integer) row[0], (Integer) row[1]), k -> new long[3]);
            m[row[2] == AnnotationStatus.APPROVED ? 0 : row[2] == AnnotationStatus.REJECTED ? 1 : 2] += (Long) row[3];
        }
        return new SourceClaims(total, byTag, approved, rejected, total - approved - rejected, months.entrySet().stream()
                .map(e -> new SourceClaims.Month(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList());
    }

    /** The source an annotation is attributed to: the name it keeps and the ledger entry, if any, it is linked to. */
    private record Attribution(AnnotationContent content, @Nullable Long id) {
    }

    /**
     * Links the source: an explicit ledger id wins (and gives its name); else an unchanged name keeps its
     * entry; else the name is resolved (found by name or alias, or made) by the ledger, when there is one.
     */
    private Attribution attribution(AnnotationDraft draft, AnnotationContent content, @Nullable Annotation current) {
        SourceResolver resolver = sources.getIfAvailable();
        Long wanted = draft.sourceId();
        if (wanted != null) {
            if (resolver == null) {
                throw new InvalidInputException("There is no source ledger to link source " + wanted + " to.");
            }
            String name = resolver.name(wanted).orElseThrow(() -> new InvalidInputException("There is no source with id " + wanted + "."));
            return new Attribution(new AnnotationContent(content.tag(), name, content.cue(), content.note(), content.evidence()), wanted);
        }
        String name = content.source();
        if (name == null) {
            return new Attribution(content, null);
        }
        if (current != null && name.equals(current.content().source()) && current.getSourceId() != null) {
            return new Attribution(content, current.getSourceId());
        }
        return new Attribution(content, resolver == null ? null : resolver.resolve(name));
    }

    /** Sources already named on annotations, starting with the prefix, for suggestions. */
    @Transactional(readOnly = true)
    public List<String> sources(String prefix, int limit) {
        return annotations.findSources(Inputs.likeEscaped(prefix), PageRequest.of(0, Math.clamp(limit, 1, 100)));
    }

    /** Every change of the annotation, oldest first, also after it was deleted. */
    @Transactional(readOnly = true)
    public List<AnnotationRevision> history(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(Annotation.class, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        if (rows.isEmpty()) {
            throw notFound(id);
        }
        List<AnnotationRevision> history = new ArrayList<>();
        Annotation previous = null;
        for (Object[] row : rows) {
            Annotation state = (Annotation) row[0];
            Revision revision = (Revision) row[1];
            RevisionType type = (RevisionType) row[2];
            String change = switch (type) {
                case ADD -> "created";
                case DEL -> "deleted";
                case MOD -> change(previous, state);
            };
            AnnotationStatus fromStatus = previous == null ? null : previous.getStatus();
            AnnotationStatus toStatus = state == null ? null : state.getStatus();
            history.add(new AnnotationRevision(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()),
                    revision.getUsername(), change, state == null ? null : view(state),
                    fromStatus == toStatus ? null : fromStatus, fromStatus == toStatus ? null : toStatus));
            previous = state;
        }
        return history;
    }

    /** What a modification was, as people say it. */
    private static String change(@Nullable Annotation before, @Nullable Annotation after) {
        if (before == null || after == null) {
            return "changed";
        }
        if (before.isDeleted() != after.isDeleted()) {
            return after.isDeleted() ? "deleted" : "restored";
        }
        if (before.getStatus() != after.getStatus()) {
            return switch (after.getStatus()) {
                case SUBMITTED -> before.getStatus() == AnnotationStatus.DRAFT ? "submitted"
                        : before.getStatus() == AnnotationStatus.CHANGES_REQUESTED ? "resubmitted" : "reopened";
                case APPROVED -> "approved";
                case REJECTED -> "rejected";
                case CHANGES_REQUESTED -> "changes requested";
                case DRAFT -> "changed";
            };
        }
        return "changed";
    }

    private AnnotationContent content(AnnotationDraft d, @Nullable String currentTag) {
        TagView tag = tags.byKey(d.tag().strip()).orElseThrow(() -> new InvalidInputException("Unknown tag '" + d.tag() + "'."));
        if (tag.retired() && !tag.key().equals(currentTag)) {
            throw new InvalidInputException("The tag '" + tag.name() + "' is retired and cannot be given to annotations.");
        }
        return AnnotationContent.of(tag.key(), d.source(), d.cue(), d.note(), d.evidence());
    }

    private @Nullable Annotation conflictTarget(@Nullable Long conflictsWith) {
        if (conflictsWith == null) {
            return null;
        }
        return annotations.live(conflictsWith).orElseThrow(() -> new InvalidInputException(
                "The annotation it conflicts with (" + conflictsWith + ") does not exist."));
    }

    private String tagName(String key) {
        return tags.byKey(key).map(TagView::name).orElse(key);
    }

    private Annotation findForChange(long id, long expectedVersion) {
        Annotation a = annotations.findById(id).orElseThrow(() -> notFound(id));
        if (a.isDeleted()) {
            throw new StaleAnnotationException(null);
        }
        requireMayChange(a);
        if (a.getVersion() != expectedVersion) {
            throw new StaleAnnotationException(view(a));
        }
        return a;
    }

    private void requireMayChange(Annotation a) {
        boolean editorial = currentUser.hasRole(Roles.EDITOR) || currentUser.hasRole(Roles.ADMIN);
        if (!editorial && !a.getAuthor().equals(currentUser.username())) {
            throw new AccessDeniedException("Only its author or an editor may change this annotation.");
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No annotation with id " + id);
    }

    private static long id(Annotation a) {
        return Objects.requireNonNull(a.getId());
    }

    static AnnotationView view(Annotation a) {
        Anchor anchor = a.anchor();
        AnnotationContent c = a.content();
        return new AnnotationView(a.getId() == null ? 0 : a.getId(), a.getArticleId(), anchor.start(), anchor.end(), anchor.quote(),
                anchor.prefix(), anchor.suffix(), c.tag(), c.source(), a.getSourceId(), c.cue(), c.note(), c.evidence(), a.getConflictsWith(),
                a.getStatus().name(), a.getAuthor(), a.getCreatedAt(), a.getUpdatedAt(), a.getVersion(), a.getSubmittedAt(),
                a.review());
    }
}

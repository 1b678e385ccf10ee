package com.credence.annotation;

import com.credence.annotation.internal.Annotation;
import com.credence.annotation.internal.AnnotationRepository;
import com.credence.annotation.internal.ArticleTexts;
import com.credence.annotation.internal.Revision;
import com.credence.annotation.internal.Tag;
import com.credence.annotation.internal.TagRepository;
import com.credence.article.ArticleDetail;
import com.credence.base.Inputs;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.security.CurrentUser;
import com.credence.security.Roles;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annotations on articles. The server decides what is stored: offsets are checked against the
 * article's text, the quote and its context are taken from it, tags must exist and not be retired.
 * Fact-checkers change only their own annotations; editors and admins change anyone's. Every change
 * is checked against the version the caller saw (optimistic locking) and kept in the audit history.
 */
@Service
@PreAuthorize(Roles.ANY_USER)
public class AnnotationService {

    static final int CONTEXT = 32;
    static final int MAX_SOURCE = 300;
    static final int MAX_CUE = 300;
    static final int MAX_NOTE = 10_000;
    static final int MAX_EVIDENCE = 20;

    private final AnnotationRepository annotations;
    private final TagRepository tags;
    private final ArticleTexts articles;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    AnnotationService(AnnotationRepository annotations, TagRepository tags, ArticleTexts articles, CurrentUser currentUser,
            ApplicationEventPublisher events, EntityManager entityManager, Clock clock) {
        this.annotations = annotations;
        this.tags = tags;
        this.articles = articles;
        this.currentUser = currentUser;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The article's annotations in text order (start, then longer first). */
    @Transactional(readOnly = true)
    public List<AnnotationView> forArticle(long articleId) {
        return annotations.findByArticleIdOrderByStartAscEndDescIdAsc(articleId).stream().map(AnnotationService::view).toList();
    }

    @Transactional(readOnly = true)
    public AnnotationView get(long id) {
        return view(find(id));
    }

    @Transactional
    public AnnotationView create(long articleId, AnnotationDraft draft) {
        ArticleDetail article = articles.get(articleId);
        Annotation a = new Annotation(articleId, currentUser.username(), clock.instant());
        apply(a, article, draft, null);
        annotations.saveAndFlush(a);
        publish(a, AnnotationChanged.Kind.CREATED);
        return view(a);
    }

    @Transactional
    public AnnotationView update(long id, long expectedVersion, AnnotationDraft draft) {
        Annotation a = findForChange(id, expectedVersion);
        apply(a, articles.get(a.getArticleId()), draft, id);
        a.touch(clock.instant());
        annotations.saveAndFlush(a);
        publish(a, AnnotationChanged.Kind.UPDATED);
        return view(a);
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        Annotation a = findForChange(id, expectedVersion);
        annotations.clearConflictsWith(id);
        annotations.delete(a);
        annotations.flush();
        publish(a, AnnotationChanged.Kind.DELETED);
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
            throw new NotFoundException("No annotation with id " + id);
        }
        List<AnnotationRevision> history = new ArrayList<>();
        for (Object[] row : rows) {
            Annotation state = (Annotation) row[0];
            Revision revision = (Revision) row[1];
            RevisionType type = (RevisionType) row[2];
            String change = switch (type) {
                case ADD -> "created";
                case MOD -> "changed";
                case DEL -> "deleted";
            };
            history.add(new AnnotationRevision(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()),
                    revision.getUsername(), change, state == null ? null : view(state)));
        }
        return history;
    }

    private Annotation find(long id) {
        return annotations.findById(id).orElseThrow(() -> new NotFoundException("No annotation with id " + id));
    }

    private Annotation findForChange(long id, long expectedVersion) {
        Annotation a = annotations.findById(id).orElse(null);
        if (a == null) {
            boolean existed = !AuditReaderFactory.get(entityManager).getRevisions(Annotation.class, id).isEmpty();
            if (existed) {
                throw new StaleAnnotationException(null);
            }
            throw new NotFoundException("No annotation with id " + id);
        }
        boolean editorial = currentUser.hasRole(Roles.EDITOR) || currentUser.hasRole(Roles.ADMIN);
        if (!editorial && !a.getAuthor().equals(currentUser.username())) {
            throw new AccessDeniedException("Only its author or an editor may change this annotation.");
        }
        if (a.getVersion() != expectedVersion) {
            throw new StaleAnnotationException(view(a));
        }
        return a;
    }

    private void apply(Annotation a, ArticleDetail article, AnnotationDraft d, @Nullable Long self) {
        String text = article.text();
        int start = d.start();
        int end = d.end();
        if (start < 0 || end > text.length() || start >= end) {
            throw new InvalidInputException("The span [" + start + ", " + end + ") is not inside the article's text (0 to "
                    + text.length() + ").");
        }
        if (splitsSurrogate(text, start) || splitsSurrogate(text, end)) {
            throw new InvalidInputException("The span [" + start + ", " + end + ") cuts a character in half.");
        }
        String quote = text.substring(start, end);
        if (quote.isBlank()) {
            throw new InvalidInputException("The span holds only white space: select some text.");
        }
        Tag tag = tags.findByKey(d.tag()).orElseThrow(() -> new InvalidInputException("Unknown tag '" + d.tag() + "'."));
        if (tag.isRetired() && !tag.getKey().equals(a.getTag())) {
            throw new InvalidInputException("The tag '" + tag.getName() + "' is retired and cannot be given to annotations.");
        }
        int prefixStart = Math.max(0, start - CONTEXT);
        if (splitsSurrogate(text, prefixStart)) {
            prefixStart++;
        }
        int suffixEnd = Math.min(text.length(), end + CONTEXT);
        if (splitsSurrogate(text, suffixEnd)) {
            suffixEnd--;
        }
        a.anchor(start, end, quote, text.substring(prefixStart, start), text.substring(end, suffixEnd));
        a.setTag(tag.getKey());
        a.describe(Inputs.optionalLine(d.source(), MAX_SOURCE, "source"), Inputs.optionalLine(d.cue(), MAX_CUE, "cue"),
                optionalNote(d.note()));
        a.setEvidence(evidence(d.evidence()));
        Long conflicts = d.conflictsWith();
        if (conflicts != null) {
            if (conflicts.equals(self)) {
                throw new InvalidInputException("An annotation cannot conflict with itself.");
            }
            Annotation other = annotations.findById(conflicts)
                    .orElseThrow(() -> new InvalidInputException("The annotation it conflicts with (" + conflicts + ") does not exist."));
            if (other.getArticleId() != article.id()) {
                throw new InvalidInputException("The annotation it conflicts with is on another article.");
            }
        }
        a.setConflictsWith(conflicts);
    }

    private static boolean splitsSurrogate(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1));
    }

    private static @Nullable String optionalNote(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String n = note.strip();
        if (n.length() > MAX_NOTE) {
            throw new InvalidInputException("The note is longer than " + MAX_NOTE + " characters.");
        }
        return n;
    }

    private static List<String> evidence(List<String> links) {
        List<String> clean = new ArrayList<>();
        for (String link : links) {
            if (link == null || link.isBlank()) {
                continue;
            }
            String l = Inputs.webAddress(link, "evidence link");
            if (!clean.contains(l)) {
                clean.add(l);
            }
        }
        if (clean.size() > MAX_EVIDENCE) {
            throw new InvalidInputException("At most " + MAX_EVIDENCE + " evidence links.");
        }
        return clean;
    }

    private void publish(Annotation a, AnnotationChanged.Kind kind) {
        events.publishEvent(new AnnotationChanged(a.getArticleId(), a.getId() == null ? 0 : a.getId(), kind,
                currentUser.username()));
    }

    static AnnotationView view(Annotation a) {
        return new AnnotationView(a.getId() == null ? 0 : a.getId(), a.getArticleId(), a.getStart(), a.getEnd(), a.getQuote(),
                a.getPrefix(), a.getSuffix(), a.getTag(), a.getSource(), a.getCue(), a.getNote(), a.getEvidence(),
                a.getConflictsWith(), a.getStatus(), a.getAuthor(), a.getCreatedAt(), a.getUpdatedAt(), a.getVersion());
    }
}

package com.credence.annotation.internal;

import com.credence.annotation.Anchor;
import com.credence.annotation.AnnotationContent;
import com.credence.annotation.AnnotationStatus;
import com.credence.annotation.ReviewMove;
import com.credence.annotation.ReviewNotAllowedException;
import com.credence.annotation.ReviewOutcome;
import com.credence.annotation.TransitionNotAllowedException;
import com.credence.base.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * An annotation, audited by Envers: every change is kept with who made it and when. It changes only
 * through the methods below, each a thing a person does (tag a span, describe it, link a conflict,
 * delete, restore); its anchor and content are value objects checked when they are made.
 * Deleting keeps the row (a tombstone), so restoring brings back the same annotation: same id,
 * author, creation time and links.
 */
@Entity
@Table(name = "annotation")
@Audited
public class Annotation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(nullable = false)
    private String quote = "";

    @Column(nullable = false, length = Anchor.MAX_CONTEXT_COLUMN)
    private String prefix = "";

    @Column(nullable = false, length = Anchor.MAX_CONTEXT_COLUMN)
    private String suffix = "";

    @Column(name = "tag_key", nullable = false, length = AnnotationContent.MAX_TAG_KEY)
    private String tag = "";

    @Column(length = AnnotationContent.MAX_SOURCE)
    private @Nullable String source;

    /** The source ledger entry the source name is linked to (module source), if any. */
    @Column(name = "source_id")
    private @Nullable Long sourceId;

    @Column(length = AnnotationContent.MAX_CUE)
    private @Nullable String cue;

    @Column(length = AnnotationContent.MAX_NOTE)
    private @Nullable String note;

    /** Evidence links, one per line. */
    @Column(nullable = false, length = AnnotationContent.MAX_EVIDENCE_COLUMN)
    private String evidence = "";

    @Column(name = "conflicts_with")
    private @Nullable Long conflictsWith;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = AnnotationStatus.MAX_LENGTH)
    private AnnotationStatus status = AnnotationStatus.DRAFT;

    @Column(nullable = false, length = 64)
    private String author = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "reviewed_by", length = 64)
    private @Nullable String reviewedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_decision", length = AnnotationStatus.MAX_LENGTH)
    private @Nullable ReviewMove reviewDecision;

    @Column(name = "review_reason", length = AnnotationContent.MAX_REASON)
    private @Nullable String reviewReason;

    @Column(name = "review_comment", length = AnnotationContent.MAX_REVIEW_COMMENT)
    private @Nullable String reviewComment;

    @Column(name = "reviewed_at")
    private @Nullable Instant reviewedAt;

    @Column(name = "review_verdict", length = AnnotationContent.MAX_VERDICT)
    private @Nullable String reviewVerdict;

    /** 0 while the annotation is live; its own id once deleted (the unique key on live annotations includes it). */
    @Column(nullable = false)
    private long tombstone;

    @Version
    private long version;

    protected Annotation() {
    }

    private Annotation(long articleId, String author, Anchor anchor, AnnotationContent content, Instant now) {
        this.articleId = articleId;
        this.author = author;
        this.createdAt = stored(now);
        this.updatedAt = createdAt;
        place(anchor);
        write(content);
    }

    /** A new draft annotation by {@code author} on {@code anchor}. */
    public static Annotation tag(long articleId, String author, Anchor anchor, AnnotationContent content, Instant now) {
        return new Annotation(articleId, author, anchor, content, now);
    }

    /** Moves the annotation to another span of the same text. */
    public void reanchor(Anchor anchor, Instant now) {
        requireEditable();
        if (!anchor.equals(anchor())) {
            place(anchor);
            updatedAt = stored(now);
        }
    }

    /** Gives the annotation another tag, keeping what it says. */
    public void retag(String tagKey, Instant now) {
        describe(content().withTag(tagKey), now);
    }

    /** Says what the annotation claims: tag, source, cue, note, evidence. */
    public void describe(AnnotationContent content, Instant now) {
        requireEditable();
        if (!content.equals(content())) {
            write(content);
            updatedAt = stored(now);
        }
    }

    /** Links the source name to a source ledger entry (with a change of what it says, so only while editable). */
    public void attribute(@Nullable Long entry, Instant now) {
        if (!Objects.equals(sourceId, entry)) {
            requireEditable();
            sourceId = entry;
            updatedAt = stored(now);
        }
    }

    /**
     * Points the annotation at another ledger entry because an editor merged its entry into that one:
     * whatever its status (approved, deleted), as the claim itself does not change. Its history shows it.
     */
    public boolean reattribute(long from, long into) {
        if (sourceId != null && sourceId == from) {
            sourceId = into;
            return true;
        }
        return false;
    }

    public @Nullable Long getSourceId() {
        return sourceId;
    }

    /** Names the annotation this one conflicts with (on the same article; checked by the caller), or none. */
    public void conflictWith(@Nullable Annotation other, Instant now) {
        requireEditable();
        Long target = other == null ? null : other.getId();
        if (other != null && (other == this || target != null && target.equals(id))) {
            throw new InvalidInputException("An annotation cannot conflict with itself.");
        }
        if (other != null && other.articleId != articleId) {
            throw new InvalidInputException("The annotation it conflicts with is on another article.");
        }
        if (other != null && other.isDeleted()) {
            throw new InvalidInputException("The annotation it conflicts with was deleted.");
        }
        if (!Objects.equals(conflictsWith, target)) {
            conflictsWith = target;
            updatedAt = stored(now);
        }
    }

    /** Forgets the link to an annotation that was deleted; true when there was one. */
    public boolean forgetConflictWith(long deletedId, Instant now) {
        if (conflictsWith != null && conflictsWith == deletedId) {
            conflictsWith = null;
            updatedAt = stored(now);
            return true;
        }
        return false;
    }

    /**
     * Makes a review move (submit, approve, reject, request changes, reopen), as the table of moves
     * allows it: the author submits; a reviewer (an editor or admin, with four eyes not the author)
     * decides or reopens. Refused moves change nothing.
     */
    public AnnotationStatus move(ReviewMove move, String actor, boolean mayReview, boolean fourEyes, @Nullable String reason,
            @Nullable String comment, Instant now) {
        return move(move, actor, mayReview, fourEyes, reason, comment, null, now);
    }

    /** The same, with the verdict an approval can give (a contested claim's rating: "False", "Misleading"). */
    public AnnotationStatus move(ReviewMove move, String actor, boolean mayReview, boolean fourEyes, @Nullable String reason,
            @Nullable String comment, @Nullable String verdict, Instant now) {
        requireLive();
        switch (move.actor()) {
            case AUTHOR -> {
                if (!actor.equals(author)) {
                    throw new ReviewNotAllowedException("Only its author submits an annotation for review.");
                }
            }
            case REVIEWER -> {
                if (!mayReview) {
                    throw new ReviewNotAllowedException("Only editors and admins review annotations.");
                }
                if (fourEyes && actor.equals(author)) {
                    throw new ReviewNotAllowedException("Nobody reviews their own annotation: another editor must.");
                }
            }
        }
        if (!move.from().contains(status)) {
            throw new TransitionNotAllowedException("An annotation that is " + status + " cannot be moved by " + move
                    + " (it goes from " + move.from() + " to " + move.to() + ").");
        }
        if (move.needsReason() && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("Give a reason when you " + (move == ReviewMove.REJECT ? "reject" : "request changes")
                    + ": the author needs to know why.");
        }
        String v = verdict == null || verdict.isBlank() ? null : verdict.strip().replaceAll("\\s+", " ");
        if (v != null && move != ReviewMove.APPROVE) {
            throw new InvalidInputException("A verdict goes with an approval.");
        }
        if (v != null && (v.length() > AnnotationContent.MAX_VERDICT || v.codePoints().anyMatch(Character::isISOControl))) {
            throw new InvalidInputException("A verdict is one short line of at most " + AnnotationContent.MAX_VERDICT + " characters.");
        }
        if (comment != null && comment.length() > AnnotationContent.MAX_REVIEW_COMMENT) {
            throw new InvalidInputException("The comment is longer than " + AnnotationContent.MAX_REVIEW_COMMENT + " characters.");
        }
        AnnotationStatus from = status;
        status = move.to();
        Instant at = stored(now);
        if (move.to() == AnnotationStatus.SUBMITTED) {
            submittedAt = at;
        }
        if (move.actor() == ReviewMove.Actor.REVIEWER) {
            reviewedBy = actor;
            reviewDecision = move;
            reviewReason = reason == null || reason.isBlank() ? null : reason.strip();
            reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
            reviewedAt = at;
            reviewVerdict = v;
        }
        updatedAt = at;
        return from;
    }

    public void delete(Instant now) {
        requireEditable();
        tombstone = Objects.requireNonNull(id, "an unsaved annotation cannot be deleted");
        updatedAt = stored(now);
    }

    public void restore(Instant now) {
        if (!isDeleted()) {
            throw new IllegalStateException("Annotation " + id + " is not deleted");
        }
        tombstone = 0;
        updatedAt = stored(now);
    }

    public boolean isDeleted() {
        return tombstone != 0;
    }

    /** Times as the database keeps them (microseconds), so what a caller is shown equals what is read back. */
    private static Instant stored(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    /** Live, and not reviewed for good (approved or rejected annotations change only after an editor reopens them). */
    private void requireEditable() {
        requireLive();
        if (!status.editable()) {
            throw new TransitionNotAllowedException("This annotation is " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + ": it cannot be changed or deleted until an editor reopens it.");
        }
    }

    private void requireLive() {
        if (isDeleted()) {
            throw new IllegalStateException("Annotation " + id + " is deleted");
        }
    }

    private void place(Anchor anchor) {
        this.start = anchor.start();
        this.end = anchor.end();
        this.quote = anchor.quote();
        this.prefix = anchor.prefix();
        this.suffix = anchor.suffix();
    }

    private void write(AnnotationContent content) {
        this.tag = content.tag();
        this.source = content.source();
        this.cue = content.cue();
        this.note = content.note();
        this.evidence = String.join("\n", content.evidence());
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getArticleId() {
        return articleId;
    }

    public Anchor anchor() {
        return new Anchor(start, end, quote, prefix, suffix);
    }

    public AnnotationContent content() {
        return new AnnotationContent(tag, source, cue, note, evidence.isEmpty() ? List.of() : Arrays.asList(evidence.split("\n")));
    }

    public String getTag() {
        return tag;
    }

    public @Nullable Long getConflictsWith() {
        return conflictsWith;
    }

    public AnnotationStatus getStatus() {
        return status;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    /** The last review decision, if there was one. */
    public @Nullable ReviewOutcome review() {
        if (reviewDecision == null || reviewedBy == null || reviewedAt == null) {
            return null;
        }
        return new ReviewOutcome(reviewedBy, reviewDecision, reviewReason, reviewComment, reviewedAt, reviewVerdict);
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}

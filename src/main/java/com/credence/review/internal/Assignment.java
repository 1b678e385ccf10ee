package com.credence.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An article given to a fact-checker to work on, maybe by a date. */
@Entity
@Table(name = "article_assignment")
public class Assignment {

    /** The article and the person: one assignment each. */
    @Embeddable
    public record Key(@Column(name = "article_id") long articleId, @Column(name = "username", length = 64) String username)
            implements Serializable {
    }

    @EmbeddedId
    private Key key = new Key(0, "");

    private @Nullable LocalDate due;

    @Column(name = "assigned_by", nullable = false, length = 64)
    private String assignedBy = "";

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt = Instant.EPOCH;

    protected Assignment() {
    }

    public Assignment(long articleId, String username, @Nullable LocalDate due, String assignedBy, Instant assignedAt) {
        this.key = new Key(articleId, username);
        this.due = due;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public long getArticleId() {
        return key.articleId();
    }

    public String getUsername() {
        return key.username();
    }

    public @Nullable LocalDate getDue() {
        return due;
    }

    public void setDue(@Nullable LocalDate due) {
        this.due = due;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}

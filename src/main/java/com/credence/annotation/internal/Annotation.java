package com.credence.annotation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** An annotation, audited by Envers: every change is kept with who made it and when. */
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

    @Column(nullable = false, length = 64)
    private String prefix = "";

    @Column(nullable = false, length = 64)
    private String suffix = "";

    @Column(name = "tag_key", nullable = false, length = 40)
    private String tag = "";

    @Column(length = 300)
    private @Nullable String source;

    @Column(length = 300)
    private @Nullable String cue;

    @Column(length = 10000)
    private @Nullable String note;

    /** Evidence links, one per line. */
    @Column(nullable = false, length = 20000)
    private String evidence = "";

    @Column(name = "conflicts_with")
    private @Nullable Long conflictsWith;

    @Column(nullable = false, length = 20)
    private String status = "DRAFT";

    @Column(nullable = false, length = 64)
    private String author = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected Annotation() {
    }

    public Annotation(long articleId, String author, Instant createdAt) {
        this.articleId = articleId;
        this.author = author;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getArticleId() {
        return articleId;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public String getQuote() {
        return quote;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getSuffix() {
        return suffix;
    }

    public void anchor(int start, int end, String quote, String prefix, String suffix) {
        this.start = start;
        this.end = end;
        this.quote = quote;
        this.prefix = prefix;
        this.suffix = suffix;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public @Nullable String getSource() {
        return source;
    }

    public @Nullable String getCue() {
        return cue;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void describe(@Nullable String source, @Nullable String cue, @Nullable String note) {
        this.source = source;
        this.cue = cue;
        this.note = note;
    }

    public List<String> getEvidence() {
        return evidence.isEmpty() ? List.of() : Arrays.asList(evidence.split("\n"));
    }

    public void setEvidence(List<String> links) {
        this.evidence = String.join("\n", links);
    }

    public @Nullable Long getConflictsWith() {
        return conflictsWith;
    }

    public void setConflictsWith(@Nullable Long conflictsWith) {
        this.conflictsWith = conflictsWith;
    }

    public String getStatus() {
        return status;
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

    public void touch(Instant when) {
        this.updatedAt = when;
    }

    public long getVersion() {
        return version;
    }
}

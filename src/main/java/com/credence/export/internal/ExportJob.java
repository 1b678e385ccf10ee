package com.credence.export.internal;

import com.credence.annotation.AnnotationStatus;
import com.credence.article.ArticleProgress;
import com.credence.export.BatchFilter;
import com.credence.export.ExportJobStatus;
import com.credence.export.ExportJobView;
import com.credence.export.ExportScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A batch export: the filter as chosen, the articles it found when it started, its progress and its zip. */
@Entity
@Table(name = "export_job")
public class ExportJob {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

    @Id
    @Column(length = 36)
    private String id = "";

    @Column(nullable = false, length = 64)
    private String owner = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExportJobStatus status = ExportJobStatus.QUEUED;

    @Column(length = 200)
    private @Nullable String outlet;

    @Column(name = "published_from")
    private @Nullable LocalDate publishedFrom;

    @Column(name = "published_to")
    private @Nullable LocalDate publishedTo;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable ArticleProgress progress;

    @Column(length = 64)
    private @Nullable String assignee;

    @Enumerated(EnumType.STRING)
    @Column(name = "annotation_status", length = 20)
    private @Nullable AnnotationStatus annotationStatus;

    @Column(nullable = false, length = 200)
    private String formats = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExportScope scope = ExportScope.APPROVED;

    /** The ids of the articles found when the job started, comma-separated, in import order. */
    @Column(name = "article_ids", nullable = false)
    private String articleIds = "";

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int done;

    @Column(length = 500)
    private @Nullable String message;

    @Column(name = "file_size")
    private @Nullable Long fileSize;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt = Instant.EPOCH;

    protected ExportJob() {
    }

    public ExportJob(String id, String owner, BatchFilter filter, List<String> formats, ExportScope scope, List<Long> articles,
            Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.owner = owner;
        this.outlet = filter.outlet();
        this.publishedFrom = filter.publishedFrom();
        this.publishedTo = filter.publishedTo();
        this.progress = filter.progress();
        this.assignee = filter.assignee();
        this.annotationStatus = filter.status();
        this.formats = String.join(",", formats);
        this.scope = scope;
        this.articleIds = String.join(",", articles.stream().map(String::valueOf).toList());
        this.total = articles.size();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public ExportJobStatus getStatus() {
        return status;
    }

    public List<String> formats() {
        return List.of(formats.split(","));
    }

    public ExportScope getScope() {
        return scope;
    }

    public List<Long> articles() {
        return articleIds.isEmpty() ? List.of() : Arrays.stream(articleIds.split(",")).map(Long::valueOf).toList();
    }

    public BatchFilter filter() {
        return new BatchFilter(outlet, publishedFrom, publishedTo, progress, assignee, annotationStatus);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** The zip's name: when it was asked for, and the job's first characters. */
    public String fileName() {
        return "credence-export-" + STAMP.format(createdAt) + "-" + id.substring(0, Math.min(8, id.length())) + ".zip";
    }

    public ExportJobView view() {
        return new ExportJobView(id, owner, status, filter(), formats(), scope, total, done, message, fileSize, fileName(), createdAt,
                finishedAt, expiresAt);
    }
}

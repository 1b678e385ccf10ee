package com.credence.article.internal;

import com.credence.article.ArticleProgress;
import com.credence.text.TextSpan;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 500)
    private String title = "";

    @Column(length = 200)
    private @Nullable String outlet;

    @Column(length = 2000)
    private @Nullable String url;

    @Column(length = 300)
    private @Nullable String byline;

    @Column(name = "published_at")
    private @Nullable LocalDate publishedAt;

    /** The text exactly as imported and cleaned; annotation offsets point into it. */
    @Column(name = "body", nullable = false)
    private String text = "";

    /** A fixed-width column: mapped as CHAR so that PostgreSQL's schema validation (bpchar) agrees. */
    @Column(nullable = false, length = 64, columnDefinition = "char(64)")
    @JdbcTypeCode(SqlTypes.CHAR)
    private String sha256 = "";

    /** The hash again, unique, unless the article was imported as an explicit duplicate (then null). */
    @Column(name = "unique_text", length = 64, columnDefinition = "char(64)")
    @JdbcTypeCode(SqlTypes.CHAR)
    private @Nullable String uniqueText;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy = "";

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt = Instant.EPOCH;

    /** Sentence offsets into {@link #text}, split once at import. */
    @Convert(converter = SpansConverter.class)
    @Column(name = "sentences", nullable = false)
    private List<TextSpan> sentences = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleProgress progress = ArticleProgress.NEW;

    @Version
    private long version;

    protected Article() {
    }

    public Article(String title, @Nullable String outlet, @Nullable String url, @Nullable String byline,
            @Nullable LocalDate publishedAt, String text, List<TextSpan> sentences, String sha256, String importedBy,
            Instant importedAt) {
        this.title = title;
        this.outlet = outlet;
        this.url = url;
        this.byline = byline;
        this.publishedAt = publishedAt;
        this.text = text;
        this.sentences = new ArrayList<>(sentences);
        this.sha256 = sha256;
        this.uniqueText = sha256;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    /** Imported on purpose beside an article with the same text: it does not claim the text as its own. */
    public void markExplicitDuplicate() {
        this.uniqueText = null;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getOutlet() {
        return outlet;
    }

    public @Nullable String getUrl() {
        return url;
    }

    public @Nullable String getByline() {
        return byline;
    }

    public @Nullable LocalDate getPublishedAt() {
        return publishedAt;
    }

    public String getText() {
        return text;
    }

    public List<TextSpan> getSentences() {
        return List.copyOf(sentences);
    }

    public String getSha256() {
        return sha256;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public ArticleProgress getProgress() {
        return progress;
    }
}

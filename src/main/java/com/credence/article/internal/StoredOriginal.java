package com.credence.article.internal;

import com.credence.article.ImportFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An article's input as it was handed over to import, kept for reference (see V15). */
@Entity
@Table(name = "article_original")
public class StoredOriginal {

    @Id
    @Column(name = "article_id")
    private long articleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportFormat format = ImportFormat.TEXT;

    @Column(length = 2000)
    private @Nullable String address;

    @Column(nullable = false)
    private String content = "";

    protected StoredOriginal() {
    }

    public StoredOriginal(long articleId, ImportFormat format, @Nullable String address, String content) {
        this.articleId = articleId;
        this.format = format;
        this.address = address;
        this.content = content;
    }

    public long getArticleId() {
        return articleId;
    }

    public ImportFormat getFormat() {
        return format;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public String getContent() {
        return content;
    }
}

package com.credence.article;

import com.credence.article.internal.Article;
import com.credence.article.internal.ArticleRepository;
import com.credence.article.internal.ImportPipeline;
import com.credence.base.Inputs;
import com.credence.base.InvalidInputException;
import com.credence.security.CurrentUser;
import com.credence.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing articles: untrusted HTML, Markdown or plain text in, cleaned text split into sentences
 * out. The text is stored as cleaned, with its SHA-256; the same text or URL twice is noticed.
 */
@Service
@PreAuthorize(Roles.ANY_USER)
public class ArticleImport {

    static final int MAX_TITLE = 500;
    static final int MAX_OUTLET = 200;
    static final int MAX_URL = 2000;
    static final int MAX_BYLINE = 300;

    private final ArticleRepository articles;
    private final ImportPipeline pipeline;
    private final CurrentUser currentUser;
    private final Clock clock;

    ArticleImport(ArticleRepository articles, ImportPipeline pipeline, CurrentUser currentUser, Clock clock) {
        this.articles = articles;
        this.pipeline = pipeline;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The largest input accepted, in bytes. */
    public long maxSizeBytes() {
        return pipeline.maxSize().toBytes();
    }

    /** What would be stored, for the user to check before saving. Stores nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(ImportSource source) {
        ImportPipeline.Prepared prepared = pipeline.prepare(source);
        Inputs.wellFormed(prepared.text(), "article text");
        return new ImportPreview(prepared.text(), prepared.sentences(), prepared.title(), prepared.sha256(),
                articles.findBySha256(prepared.sha256()));
    }

    /**
     * Imports an article. Unless {@code allowDuplicate}, fails with {@link DuplicateArticleException}
     * when the same text or the same URL is already stored, and then stores nothing.
     */
    @Transactional
    public ArticleDetail importArticle(ImportSource source, ArticleMetadata metadata, boolean allowDuplicate) {
        String outlet = Inputs.optionalLine(metadata.outlet(), MAX_OUTLET, "outlet");
        String byline = Inputs.optionalLine(metadata.byline(), MAX_BYLINE, "byline");
        String url = url(metadata.url());
        LocalDate publishedAt = metadata.publishedAt();
        if (publishedAt != null && (publishedAt.getYear() < 1 || publishedAt.getYear() > 9999)) {
            throw new InvalidInputException("A publication date is between the years 1 and 9999.");
        }
        if (publishedAt != null && publishedAt.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new InvalidInputException("The publication date " + publishedAt + " is in the future.");
        }
        ImportPipeline.Prepared prepared = pipeline.prepare(source);
        Inputs.wellFormed(prepared.text(), "article text");
        String title = Inputs.optionalLine(metadata.title(), MAX_TITLE, "title");
        if (title == null) {
            title = prepared.title() == null ? null : Inputs.abbreviate(prepared.title(), MAX_TITLE);
        }
        if (title == null) {
            throw new InvalidInputException("Give the article a title.");
        }
        if (!allowDuplicate) {
            List<ArticleSummary> same = duplicates(prepared.sha256(), url);
            if (!same.isEmpty()) {
                throw new DuplicateArticleException(same.getFirst());
            }
        }
        Article article = new Article(title, outlet, url, byline, publishedAt, prepared.text(),
                prepared.sentences(), prepared.sha256(), currentUser.username(), clock.instant());
        if (allowDuplicate) {
            article.markExplicitDuplicate();
        }
        try {
            return ArticleService.detail(articles.saveAndFlush(article));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // the same text imported at the same moment by another request, which stored it first
            throw new com.credence.base.ConflictException("The same article was imported at the same moment by someone else and is "
                    + "stored once; find it under Articles.");
        }
    }

    private List<ArticleSummary> duplicates(String sha256, @Nullable String url) {
        Map<Long, ArticleSummary> found = new LinkedHashMap<>();
        articles.findBySha256(sha256).forEach(a -> found.put(a.id(), a));
        if (url != null) {
            articles.findByUrl(url).forEach(a -> found.putIfAbsent(a.id(), a));
        }
        return new ArrayList<>(found.values());
    }

    private static @Nullable String url(@Nullable String value) {
        String url = Inputs.optionalLine(value, MAX_URL, "URL");
        // stored in its normal form, so that the same address spelt another way is found as a duplicate
        return url == null ? null : Inputs.normalisedWebAddress(url, "URL");
    }
}

package com.credence.article;

import com.credence.article.internal.Article;
import com.credence.article.internal.ArticleRepository;
import com.credence.article.internal.ImportPipeline;
import com.credence.article.internal.StoredOriginal;
import com.credence.article.internal.StoredOriginals;
import com.credence.article.internal.WebPageFetcher;
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
import java.util.Set;
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
    private final StoredOriginals originals;
    private final ImportPipeline pipeline;
    private final WebPageFetcher fetcher;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ArticleImport(ArticleRepository articles, StoredOriginals originals, ImportPipeline pipeline, WebPageFetcher fetcher,
            CurrentUser currentUser, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.articles = articles;
        this.originals = originals;
        this.pipeline = pipeline;
        this.fetcher = fetcher;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The largest input accepted, in bytes. */
    public long maxSizeBytes() {
        return pipeline.maxSize().toBytes();
    }

    /** What would be stored, for the user to check before saving, with the proposed page furniture left out. Stores nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(ImportSource source) {
        return preview(source, null);
    }

    /**
     * What would be stored with these paragraphs left out ({@code excluded}: indexes from 0; null
     * leaves out the ones proposed as page furniture). Stores nothing.
     */
    @Transactional(readOnly = true)
    public ImportPreview preview(ImportSource source, @Nullable Set<Integer> excluded) {
        ImportPipeline.Prepared prepared = pipeline.prepare(source, excluded);
        Inputs.wellFormed(prepared.text(), "article text");
        return new ImportPreview(prepared.text(), prepared.sentences(), prepared.found().title(), prepared.sha256(),
                articles.findBySha256(prepared.sha256()), prepared.paragraphs(), prepared.found());
    }

    /**
     * Fetches a news page for import from its address ({@code http} or {@code https}), within the import
     * size limit and never from private, loopback or link-local addresses unless the server allows them.
     * The page is not stored; preview or import it.
     */
    public ImportSource.WebPage fetch(String address) {
        String normal = url(address);
        if (normal == null) {
            throw new InvalidInputException("Give the address of the page to import.");
        }
        return new ImportSource.WebPage(normal, fetcher.fetch(normal).html());
    }

    /**
     * Imports an article. Unless {@code allowDuplicate}, fails with {@link DuplicateArticleException}
     * when the same text or the same URL is already stored, and then stores nothing.
     */
    @Transactional
    public ArticleDetail importArticle(ImportSource source, ArticleMetadata metadata, boolean allowDuplicate) {
        return importArticle(source, metadata, allowDuplicate, null);
    }

    /**
     * Imports an article with these paragraphs left out of its text ({@code excluded}: indexes from 0, as
     * in the preview; null leaves out the ones proposed as page furniture). What the metadata leaves
     * empty is taken from the input where it says (a web page's title, outlet, byline, date, address).
     * The input as handed over is kept beside the article.
     */
    @Transactional
    public ArticleDetail importArticle(ImportSource source, ArticleMetadata metadata, boolean allowDuplicate,
            @Nullable Set<Integer> excluded) {
        ImportPipeline.Prepared prepared = pipeline.prepare(source, excluded);
        ArticleMetadata found = prepared.found();
        String outlet = Inputs.optionalLine(either(metadata.outlet(), found.outlet()), MAX_OUTLET, "outlet");
        String byline = Inputs.optionalLine(either(metadata.byline(), found.byline()), MAX_BYLINE, "byline");
        String url = url(either(metadata.url(), found.url()));
        LocalDate publishedAt = metadata.publishedAt() != null ? metadata.publishedAt() : found.publishedAt();
        if (publishedAt != null && (publishedAt.getYear() < 1 || publishedAt.getYear() > 9999)) {
            throw new InvalidInputException("A publication date is between the years 1 and 9999.");
        }
        if (publishedAt != null && publishedAt.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new InvalidInputException("The publication date " + publishedAt + " is in the future.");
        }
        Inputs.wellFormed(prepared.text(), "article text");
        String title = Inputs.optionalLine(metadata.title(), MAX_TITLE, "title");
        if (title == null) {
            title = found.title() == null ? null : Inputs.abbreviate(found.title(), MAX_TITLE);
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
            Article saved = articles.saveAndFlush(article);
            ImportPipeline.Original original = prepared.original();
            originals.save(new StoredOriginal(java.util.Objects.requireNonNull(saved.getId()), original.format(), original.address(),
                    original.content()));
            events.publishEvent(new ArticleImported(java.util.Objects.requireNonNull(saved.getId())));
            return ArticleService.detail(saved);
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

    /** The user's value, or what the input said when the user left it empty. */
    private static @Nullable String either(@Nullable String given, @Nullable String found) {
        return given == null || given.isBlank() ? found : given;
    }

    private static @Nullable String url(@Nullable String value) {
        String url = Inputs.optionalLine(value, MAX_URL, "URL");
        // stored in its normal form, so that the same address spelt another way is found as a duplicate
        return url == null ? null : Inputs.normalisedWebAddress(url, "URL");
    }
}

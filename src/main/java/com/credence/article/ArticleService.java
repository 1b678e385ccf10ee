package com.credence.article;

import com.credence.article.internal.Article;
import com.credence.article.internal.ArticleRepository;
import com.credence.base.Inputs;
import com.credence.base.NotFoundException;
import com.credence.security.Roles;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the article store. Every signed-in Credence user may read every article. */
@Service
@PreAuthorize(Roles.ANY_USER)
public class ArticleService {

    static final int MAX_RECENT = 100;

    private final ArticleRepository articles;
    private final com.credence.article.internal.StoredOriginals originals;

    private final com.credence.base.DatabaseKind database;

    ArticleService(ArticleRepository articles, com.credence.article.internal.StoredOriginals originals,
            com.credence.base.DatabaseKind database) {
        this.articles = articles;
        this.originals = originals;
        this.database = database;
    }

    /** The most recently imported articles, newest first. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> recent(int limit) {
        return articles.findRecent(PageRequest.of(0, Math.clamp(limit, 1, MAX_RECENT)));
    }

    @Transactional(readOnly = true)
    public long count() {
        return articles.count();
    }

    /**
     * A page of articles that match the query, sorted by the pageable's sort (title, outlet,
     * publishedAt, importedBy, importedAt). On H2 the title, outlet or text contains the query
     * (case-insensitive). On PostgreSQL it is full-text search: every word of the query begins a word
     * of the title, outlet or text, in any order ("minis defen" finds "Ministry of Defence"); a query
     * without letters or digits falls back to containing.
     */
    @Transactional(readOnly = true)
    public List<ArticleSummary> search(String query, Pageable pageable) {
        return search(query, null, pageable);
    }

    /** The same, narrowed to articles whose work has come this far (null for any). */
    @Transactional(readOnly = true)
    public List<ArticleSummary> search(String query, @Nullable ArticleProgress progress, Pageable pageable) {
        String words = database.postgres() ? ArticleWords.tsquery(query) : "";
        return words.isEmpty() ? articles.search(likePattern(query), progress, pageable)
                : articles.searchWords(words, progress, pageable);
    }

    @Transactional(readOnly = true)
    public long count(String query) {
        return count(query, null);
    }

    @Transactional(readOnly = true)
    public long count(String query, @Nullable ArticleProgress progress) {
        String words = database.postgres() ? ArticleWords.tsquery(query) : "";
        return words.isEmpty() ? articles.countMatching(likePattern(query), progress) : articles.countWords(words, progress);
    }

    /**
     * What was handed over when the article was imported, as it came. Articles imported before the
     * input was kept have none: then their stored text is given as plain text.
     */
    @Transactional(readOnly = true)
    public OriginalInput original(long id) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("No article with id " + id));
        return originals.findById(id).map(o -> new OriginalInput(id, o.getFormat(), o.getAddress(), o.getContent()))
                .orElseGet(() -> new OriginalInput(id, ImportFormat.TEXT, article.getUrl(), article.getText()));
    }

    @Transactional(readOnly = true)
    public ArticleDetail get(long id) {
        return articles.findById(id).map(ArticleService::detail)
                .orElseThrow(() -> new NotFoundException("No article with id " + id));
    }

    /**
     * Records how far the work on an article has come. Derived data, kept by the review module from
     * the article's annotations; only the system (an admin role) writes it. Committed at once (its own
     * transaction), so a caller that serialises writers per article gets them in order.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    @PreAuthorize(Roles.ADMIN_ONLY)
    public void recordProgress(long id, ArticleProgress progress) {
        articles.updateProgress(id, progress);
    }

    /** The articles imported just before and just after this one, for reading on without going back to the list. */
    @Transactional(readOnly = true)
    public Neighbours neighbours(long id) {
        return new Neighbours(articles.olderThan(id), articles.newerThan(id));
    }

    /** The ids of the previous and next article in import order, where there are such. */
    public record Neighbours(@Nullable Long older, @Nullable Long newer) {
    }

    /**
     * The ids of the articles that match the selection, in import order, at most {@code limit} of them
     * (ask for one more than you take to know whether there were more).
     */
    @Transactional(readOnly = true)
    public List<Long> select(ArticleSelection selection, int limit) {
        String outlet = selection.outlet() == null ? null : selection.outlet().strip().toLowerCase(java.util.Locale.ROOT);
        return articles.selectIds(outlet, selection.publishedFrom(), selection.publishedTo(), selection.progress(),
                PageRequest.of(0, Math.max(1, limit)));
    }

    /** The outlets of the articles, for choosing one (at most 500). */
    @Transactional(readOnly = true)
    public List<String> outlets() {
        return articles.findOutlets(PageRequest.of(0, 500));
    }

    /** The article as lists show it, with its progress. */
    @Transactional(readOnly = true)
    public ArticleSummary summary(long id) {
        return articles.findSummary(id).orElseThrow(() -> new NotFoundException("No article with id " + id));
    }

    static ArticleDetail detail(Article a) {
        return new ArticleDetail(a.getId() == null ? 0 : a.getId(), a.getTitle(), a.getOutlet(), a.getUrl(), a.getByline(),
                a.getPublishedAt(), a.getText(), a.getSentences(), a.getSha256(), a.getImportedBy(), a.getImportedAt());
    }

    private static String likePattern(String query) {
        return Inputs.likeEscaped(query);
    }
}

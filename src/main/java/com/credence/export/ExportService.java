package com.credence.export;

import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationStatus;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.ForeignAnnotationService;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleService;
import com.credence.base.InvalidInputException;
import com.credence.review.ReviewReason;
import com.credence.review.ReviewService;
import com.credence.security.CurrentUser;
import com.credence.security.Roles;
import com.credence.tagset.TagService;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports an article in any of the formats there are (every {@link ExportFormat} bean). What goes in
 * is read once, through the services (and their access rules); the format writes it as it goes.
 */
@Service
@PreAuthorize(Roles.ANY_USER)
public class ExportService {

    private final List<ExportFormat> formats;
    private final ArticleService articles;
    private final AnnotationService annotations;
    private final ForeignAnnotationService others;
    private final TagService tags;
    private final ReviewService review;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String baseUrl;
    private final String organisation;

    ExportService(List<ExportFormat> formats, ArticleService articles, AnnotationService annotations, ForeignAnnotationService others,
            TagService tags,
            ReviewService review, CurrentUser currentUser, Clock clock,
            @Value("${credence.public-url:http://localhost:8080}") String baseUrl,
            @Value("${credence.organisation.name:Credence}") String organisation) {
        this.formats = formats.stream().sorted(Comparator.comparing(ExportFormat::name)).toList();
        this.articles = articles;
        this.annotations = annotations;
        this.others = others;
        this.tags = tags;
        this.review = review;
        this.currentUser = currentUser;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.organisation = organisation;
    }

    /** The formats there are, by name. */
    public List<ExportFormat> formats() {
        return formats;
    }

    /** The format with this name, or a clear message naming the known ones. */
    public ExportFormat format(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return formats.stream().filter(f -> f.name().equals(n)).findFirst().orElseThrow(() -> new InvalidInputException(
                "Unknown export format '" + com.credence.base.Inputs.abbreviate(n, 30) + "'. Known formats: "
                        + formats.stream().map(ExportFormat::name).collect(Collectors.joining(", ")) + "."));
    }

    /**
     * What an export of the article holds, read now. With every annotation ({@link ExportScope#ALL}), also
     * those other tools posted that Credence keeps as they came (they are never reviewed, so never approved).
     */
    @Transactional(readOnly = true)
    public ExportDocument document(long articleId, ExportScope scope) {
        ArticleDetail article = articles.get(articleId);
        List<AnnotationView> list = annotations.forArticle(articleId).stream()
                .filter(a -> scope == ExportScope.ALL || AnnotationStatus.APPROVED.name().equals(a.status())).toList();
        Map<String, String> reasons = review.reasons().stream().collect(Collectors.toMap(ReviewReason::code, ReviewReason::label));
        return new ExportDocument(article, list, tags.all(), reasons, scope, currentUser.username(), clock.instant(), baseUrl,
                organisation, scope == ExportScope.ALL ? others.forArticle(articleId) : List.of());
    }

    /** A file name for the export: the article's title made safe, its id, and the format's extension. */
    public static String fileName(ArticleDetail article, ExportFormat format) {
        String slug = java.text.Normalizer.normalize(article.title(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        slug = slug.length() > 60 ? slug.substring(0, 60) : slug;
        return (slug.isEmpty() ? "article" : slug) + "-" + article.id() + "." + format.extension();
    }
}

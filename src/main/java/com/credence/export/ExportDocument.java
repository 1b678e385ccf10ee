package com.credence.export;

import com.credence.annotation.AnnotationView;
import com.credence.article.ArticleDetail;
import com.credence.tagset.TagView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a format writes for one article: the article, its annotations in text order (already
 * narrowed to the scope), the tag set, the words of the review reasons, who exported it and when, and
 * the base address that makes identifiers absolute.
 */
public record ExportDocument(ArticleDetail article, List<AnnotationView> annotations, List<TagView> tags,
        Map<String, String> reasonLabels, ExportScope scope, String exportedBy, Instant exportedAt, String baseUrl,
        String organisation) {

    public ExportDocument {
        annotations = List.copyOf(annotations);
        tags = List.copyOf(tags);
        reasonLabels = Map.copyOf(reasonLabels);
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public Optional<TagView> tag(String key) {
        return tags.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    public String tagName(String key) {
        return tag(key).map(TagView::name).orElse(key);
    }

    public String reason(String code) {
        return reasonLabels.getOrDefault(code, code);
    }

    /** The annotation's absolute identifier (its address in the HTTP API). */
    public String annotationIri(long annotationId) {
        return baseUrl + "/api/articles/" + article.id() + "/annotations/" + annotationId;
    }

    /** A stable identifier for a tag of this Credence. */
    public String tagIri(String key) {
        return baseUrl + "/tags/" + key;
    }

    /** The article's own address when it has one, else a stable URN for it. */
    public String articleIri() {
        String url = article.url();
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url
                : "urn:credence:article:" + article.id() + ":" + article.sha256();
    }
}

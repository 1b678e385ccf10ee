package com.credence.export;

import com.credence.annotation.AnnotationView;
import com.credence.annotation.ForeignAnnotation;
import com.credence.article.ArticleDetail;
import com.credence.tagset.TagView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a format writes for one article: the article, its annotations in text order (already
 * narrowed to the scope), the tag set, the words of the review reasons, who exported it and when, and
 * the base address that makes identifiers absolute, and the annotations other tools posted that
 * Credence keeps as they came ({@code others}: only the W3C format writes them, unchanged).
 */
public record ExportDocument(ArticleDetail article, List<AnnotationView> annotations, List<TagView> tags,
        Map<String, String> reasonLabels, ExportScope scope, String exportedBy, Instant exportedAt, String baseUrl,
        String organisation, List<ForeignAnnotation> others) {

    public ExportDocument {
        annotations = List.copyOf(annotations);
        others = List.copyOf(others);
        tags = List.copyOf(tags);
        reasonLabels = Map.copyOf(reasonLabels);
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Without annotations from other tools. */
    public ExportDocument(ArticleDetail article, List<AnnotationView> annotations, List<TagView> tags,
            Map<String, String> reasonLabels, ExportScope scope, String exportedBy, Instant exportedAt, String baseUrl,
            String organisation) {
        this(article, annotations, tags, reasonLabels, scope, exportedBy, exportedAt, baseUrl, organisation, List.of());
    }

    /** The same document with identifiers made absolute from another base address. */
    public ExportDocument withBaseUrl(String otherBase) {
        return new ExportDocument(article, annotations, tags, reasonLabels, scope, exportedBy, exportedAt, otherBase, organisation,
                others);
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

    /** The article's W3C annotation container (Web Annotation Protocol), which serves its annotations in W3C form. */
    public String containerIri() {
        return baseUrl + "/anno/" + article.id() + "/";
    }

    /** The annotation's absolute identifier: its address in the article's W3C annotation container. */
    public String annotationIri(long annotationId) {
        return containerIri() + annotationId;
    }

    /** The identifier of an annotation another tool posted (kept as it came) in the container. */
    public String foreignIri(long foreignId) {
        return containerIri() + FOREIGN_PREFIX + foreignId;
    }

    /** What sets the ids of annotations from other tools apart from Credence's own in the container. */
    public static final String FOREIGN_PREFIX = "ext-";

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

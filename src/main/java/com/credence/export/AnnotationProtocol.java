package com.credence.export;

import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.ForeignAnnotation;
import com.credence.annotation.ForeignAnnotationService;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleService;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.export.internal.W3cAnnotationFormat;
import com.credence.security.CurrentUser;
import com.credence.security.Roles;
import com.credence.tagset.TagService;
import com.credence.tagset.TagView;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An article's annotations as a W3C Web Annotation Protocol container: read in pages, one by one, and
 * written in W3C form. A posted annotation that Credence can anchor in the article (the article as
 * its target, a quote or position selector, a tag as its classifying body) becomes a Credence
 * annotation; any other is kept exactly as it was posted ({@link ForeignAnnotationService}). Ids in
 * the container: a Credence annotation's number, or {@code ext-} and a number for another tool's.
 * Identifiers are made absolute from {@code base}, the address the caller used.
 */
@Service
@PreAuthorize(Roles.ANY_USER)
public class AnnotationProtocol {

    /** One annotation in W3C form (with its id), its id in the container and its version (the ETag). */
    public record Item(String localId, long version, ObjectNode json) {
    }

    /** A page of the container: the article's title, how many annotations there are, and these. */
    public record Page(String label, int total, int startIndex, List<ObjectNode> items) {
    }

    /** A post's outcome: the annotation, and whether it is new (else the caller's same one, already there). */
    public record Created(Item item, boolean created) {
    }

    private final ExportService exports;
    private final ArticleService articles;
    private final AnnotationService annotations;
    private final ForeignAnnotationService others;
    private final TagService tags;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String publicUrl;

    AnnotationProtocol(ExportService exports, ArticleService articles, AnnotationService annotations, ForeignAnnotationService others,
            TagService tags, CurrentUser currentUser, Clock clock, @Value("${credence.public-url:http://localhost:8080}") String publicUrl) {
        this.exports = exports;
        this.articles = articles;
        this.annotations = annotations;
        this.others = others;
        this.tags = tags;
        this.currentUser = currentUser;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The annotations from {@code startIndex}, at most {@code size} of them: Credence's own in text order, then other tools'. */
    @Transactional(readOnly = true)
    public Page page(long articleId, String base, int startIndex, int size) {
        ExportDocument doc = exports.document(articleId, ExportScope.ALL).withBaseUrl(base);
        int total = doc.annotations().size() + doc.others().size();
        return new Page(doc.article().title(), total, startIndex, W3cAnnotationFormat.items(doc, startIndex, startIndex + size));
    }

    @Transactional(readOnly = true)
    public Item get(long articleId, String localId, String base) {
        Long foreign = foreignId(localId);
        if (foreign != null) {
            return item(others.get(articleId, foreign), base);
        }
        return item(own(articleId, localId), base);
    }

    /** Stores a posted annotation: as a Credence annotation when it can be anchored, else as it came. */
    public Created create(long articleId, String json, String base) {
        JsonNode posted = annotation(json);
        ArticleDetail article = articles.get(articleId);
        Optional<AnnotationDraft> draft = anchor(posted, article, base);
        if (draft.isPresent()) {
            AnnotationService.Creation c = annotations.createOrFind(articleId, draft.get());
            return new Created(item(c.annotation(), article, base), c.created());
        }
        return new Created(item(others.create(articleId, json), base), true);
    }

    /** Replaces an annotation with the one sent, if {@code expectedVersion} is still its version. */
    public Item replace(long articleId, String localId, long expectedVersion, String json, String base) {
        JsonNode sent = annotation(json);
        Long foreign = foreignId(localId);
        if (foreign != null) {
            return item(others.replace(articleId, foreign, expectedVersion, json), base);
        }
        AnnotationView current = own(articleId, localId);
        ArticleDetail article = articles.get(articleId);
        AnnotationDraft d = anchor(sent, article, base).orElseThrow(() -> new InvalidInputException(
                "This is a Credence annotation: it keeps one target in this article with a TextQuoteSelector or a "
                        + "TextPositionSelector, and one classifying body whose source is a tag."));
        AnnotationView changed = annotations.update(current.id(), expectedVersion, new AnnotationDraft(d.start(), d.end(), d.tag(),
                d.source(), d.cue(), d.note(), d.evidence(), current.conflictsWith()));
        return item(changed, article, base);
    }

    public void delete(long articleId, String localId, long expectedVersion) {
        Long foreign = foreignId(localId);
        if (foreign != null) {
            others.delete(articleId, foreign, expectedVersion);
        } else {
            annotations.delete(own(articleId, localId).id(), expectedVersion);
        }
    }

    private AnnotationView own(long articleId, String localId) {
        long id;
        try {
            id = Long.parseLong(localId);
        } catch (NumberFormatException e) {
            throw notFound(articleId, localId);
        }
        AnnotationView a = annotations.get(id);
        if (a.articleId() != articleId) {
            throw notFound(articleId, localId);
        }
        return a;
    }

    private static NotFoundException notFound(long articleId, String localId) {
        return new NotFoundException("No annotation " + com.credence.base.Inputs.abbreviate(localId, 40) + " on article " + articleId);
    }

    private static Long foreignId(String localId) {
        if (!localId.startsWith(ExportDocument.FOREIGN_PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(localId.substring(ExportDocument.FOREIGN_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1L; // no such one
        }
    }

    private Item item(AnnotationView a, ArticleDetail article, String base) {
        ExportDocument doc = new ExportDocument(article, List.of(a), List.of(), Map.of(), ExportScope.ALL, currentUser.username(),
                clock.instant(), base, "");
        return new Item(String.valueOf(a.id()), a.version(), W3cAnnotationFormat.items(doc, 0, 1).getFirst());
    }

    private Item item(AnnotationView a, String base) {
        return item(a, articles.get(a.articleId()), base);
    }

    private static Item item(ForeignAnnotation f, String base) {
        String localId = ExportDocument.FOREIGN_PREFIX + f.id();
        return new Item(localId, f.version(), W3cAnnotationFormat.foreign(f.json(), base + "/anno/" + f.articleId() + "/" + localId));
    }

    /** The sent JSON as an annotation: one object, of type Annotation, with a target; else a clear 400. */
    private static JsonNode annotation(String json) {
        JsonNode root;
        try {
            root = W3cAnnotationFormat.parse(json);
        } catch (JacksonException e) {
            throw new InvalidInputException("The body is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")
                    + ". Nothing was stored.");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("A W3C annotation is one JSON object. Nothing was stored.");
        }
        JsonNode type = root.path("type");
        boolean annotation = type.isArray() ? type.valueStream().anyMatch(t -> t.asString("").equals("Annotation"))
                : type.asString("").equals("Annotation");
        if (!annotation || root.path("target").isMissingNode() || root.path("target").isNull()) {
            throw new InvalidInputException("A W3C annotation has \"type\": \"Annotation\" and a \"target\". Nothing was stored.");
        }
        return root;
    }

    /** The Credence annotation the W3C one stands for in this article, if Credence can anchor it. */
    private Optional<AnnotationDraft> anchor(JsonNode posted, ArticleDetail article, String base) {
        ExportDocument doc = new ExportDocument(article, List.of(), List.of(), Map.of(), ExportScope.ALL, "", clock.instant(), base, "");
        String ownContainer = doc.containerIri();
        String publicContainer = doc.withBaseUrl(publicUrl).containerIri();
        return W3cAnnotationFormat.draft(posted, article.text(),
                target -> target.equals(doc.articleIri()) || target.equals(ownContainer) || target.equals(publicContainer),
                source -> tagKey(source, base));
    }

    /** A tag given by its key ("attributed") or its IRI (…/tags/attributed), if it is a tag that can be given. */
    private Optional<String> tagKey(String source, String base) {
        String key = source;
        for (String prefix : List.of(base + "/tags/", publicUrl + "/tags/")) {
            if (source.startsWith(prefix)) {
                key = source.substring(prefix.length());
            }
        }
        return key.isBlank() || key.contains("/") || key.contains(":") ? Optional.empty()
                : tags.byKey(key).filter(t -> !t.retired()).map(TagView::key);
    }
}

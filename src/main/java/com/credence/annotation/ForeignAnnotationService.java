package com.credence.annotation;

import com.credence.annotation.internal.ArticleTexts;
import com.credence.annotation.internal.ForeignAnnotationStore;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.security.CurrentUser;
import com.credence.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Annotations from other tools that Credence keeps exactly as posted (see {@link ForeignAnnotation}).
 * Anyone signed in reads them; whoever posted one, or an editor, changes or deletes it, each change
 * checked against the version the caller saw.
 */
@Service
@PreAuthorize(Roles.ANY_USER)
public class ForeignAnnotationService {

    /** What one such annotation may weigh: room for long notes, not for a document. */
    public static final int MAX_CHARS = 256 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ForeignAnnotationStore store;
    private final ArticleTexts articles;
    private final CurrentUser currentUser;
    private final Clock clock;

    ForeignAnnotationService(ForeignAnnotationStore store, ArticleTexts articles, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.articles = articles;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The article's annotations from other tools, oldest first. */
    @Transactional(readOnly = true)
    public List<ForeignAnnotation> forArticle(long articleId) {
        articles.get(articleId); // 404 for no such article
        return store.onArticle(articleId);
    }

    @Transactional(readOnly = true)
    public ForeignAnnotation get(long articleId, long id) {
        return store.find(articleId, id).orElseThrow(() -> notFound(articleId, id));
    }

    /** Keeps the JSON (one object) as it is. */
    @Transactional
    public ForeignAnnotation create(long articleId, String json) {
        check(json);
        articles.get(articleId);
        long id = store.insert(articleId, json, currentUser.username(), clock.instant());
        return get(articleId, id);
    }

    /** Replaces the kept JSON; stale when the version is no longer the one given. */
    @Transactional
    public ForeignAnnotation replace(long articleId, long id, long expectedVersion, String json) {
        check(json);
        ForeignAnnotation a = forChange(articleId, id, expectedVersion);
        Instant now = clock.instant();
        if (!store.replace(a.id(), expectedVersion, json, now)) {
            throw stale(articleId, id);
        }
        return get(articleId, id);
    }

    @Transactional
    public void delete(long articleId, long id, long expectedVersion) {
        ForeignAnnotation a = forChange(articleId, id, expectedVersion);
        if (!store.delete(a.id(), expectedVersion)) {
            throw stale(articleId, id);
        }
    }

    private ForeignAnnotation forChange(long articleId, long id, long expectedVersion) {
        ForeignAnnotation a = get(articleId, id);
        boolean editorial = currentUser.hasRole(Roles.EDITOR) || currentUser.hasRole(Roles.ADMIN);
        if (!editorial && !a.postedBy().equals(currentUser.username())) {
            throw new AccessDeniedException("Only who posted it or an editor may change this annotation.");
        }
        if (a.version() != expectedVersion) {
            throw stale(articleId, id);
        }
        return a;
    }

    private StaleAnnotationException stale(long articleId, long id) {
        return store.find(articleId, id).isPresent()
                ? StaleAnnotationException.saying("Someone changed this annotation meanwhile; nothing was saved. Read it again and apply your change to it.")
                : StaleAnnotationException.saying("This annotation was deleted by someone else meanwhile.");
    }

    private static void check(String json) {
        if (json.length() > MAX_CHARS) {
            throw new InvalidInputException("An annotation is at most " + MAX_CHARS / 1024 + " kB of JSON.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidInputException("The annotation is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("An annotation is one JSON object.");
        }
    }

    private static NotFoundException notFound(long articleId, long id) {
        return new NotFoundException("No annotation " + id + " from another tool on article " + articleId);
    }
}

package com.credence.annotation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An annotation another tool posted in W3C form that Credence could not anchor as one of its own
 * (another target, no selector, no tag): its JSON exactly as it was posted, who posted it, when, and
 * its version (counted up by every change).
 */
public record ForeignAnnotation(long id, long articleId, String json, String postedBy, Instant createdAt, Instant modifiedAt,
        long version) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the article page lists of it, read from its JSON: plain text, never markup. */
    public record Summary(String creator, @Nullable String motivation, @Nullable String text, @Nullable String target) {
    }

    public Summary summary() {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            return new Summary(postedBy, null, null, null);
        }
        JsonNode creator = first(root.path("creator"));
        String creatorName = creator.isString() ? creator.asString()
                : firstText(creator.path("name"), creator.path("nickname"), creator.path("id"));
        JsonNode body = first(root.path("body"));
        String text = body.isString() ? body.asString() : firstText(body.path("value"), body.path("source"), body.path("id"));
        JsonNode target = first(root.path("target"));
        String targetSource = target.isString() ? target.asString() : firstText(target.path("source"), target.path("id"));
        return new Summary(creatorName == null ? postedBy : creatorName + " (posted by " + postedBy + ")",
                firstText(first(root.path("motivation"))), text, targetSource);
    }

    private static JsonNode first(JsonNode node) {
        return node.isArray() ? node.path(0) : node;
    }

    private static @Nullable String firstText(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            JsonNode one = first(n);
            if (one.isString() && !one.asString().isBlank()) {
                return one.asString();
            }
        }
        return null;
    }
}

package com.credence.base;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ETag;

/**
 * Versions as ETags, and the version named by an {@code If-Match} header: exactly the strong ETag
 * sent with the resource ("3"); {@link Missing} (428) without one, {@link Weak} (412) for a weak one
 * (W/"3": If-Match compares strongly, so a weak tag never matches). The API's error handler answers both.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static String etag(long version) {
        return ETag.create(String.valueOf(version)).formattedTag();
    }

    public static long version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new Missing();
        }
        List<ETag> tags = ETag.parse(ifMatch);
        if (tags.size() != 1 || tags.getFirst().isWildcard()) {
            throw new InvalidInputException("If-Match must be the one ETag of the annotation, like \"3\".");
        }
        if (tags.getFirst().weak()) {
            throw new Weak();
        }
        try {
            return Long.parseLong(tags.getFirst().tag());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match must be the ETag of the annotation, like \"3\".");
        }
    }

    public static class Weak extends RuntimeException {
        Weak() {
            super("If-Match takes the annotation's ETag exactly as it was sent, like \"3\"; a weak one (W/\"3\") never matches.");
        }
    }

    public static class Missing extends RuntimeException {
        Missing() {
            super("Send If-Match with the annotation's ETag, so that nobody's change is overwritten unseen.");
        }
    }
}

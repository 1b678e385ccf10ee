package com.credence.base;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Checks for the short texts people type into Credence: optional one-line fields and web addresses. */
public final class Inputs {

    /** The highest page number a list answers (past it: 400, not an offset that overflows or a scan to nowhere). */
    public static final int MAX_PAGE = 100_000;

    /** The longest web address accepted (article addresses, evidence links). */
    public static final int MAX_WEB_ADDRESS = 2000;

    private Inputs() {
    }

    /**
     * A one-line field: null when blank; otherwise stripped, runs of white space folded to one space,
     * at most {@code max} characters and no control characters.
     */
    public static @Nullable String optionalLine(@Nullable String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replaceAll("\\s+", " ");
        if (v.length() > max) {
            throw new InvalidInputException("The " + what + " is longer than " + max + " characters.");
        }
        if (v.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("The " + what + " contains control characters.");
        }
        return wellFormed(v, what);
    }

    /**
     * A text of several lines (a note): null when blank; otherwise stripped, at most {@code max}
     * characters, line breaks and tabs but no other control characters, no broken characters.
     */
    public static @Nullable String optionalText(@Nullable String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException("The " + what + " is longer than " + max + " characters.");
        }
        if (v.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInputException("The " + what + " contains control characters (only line breaks and tabs may be in it).");
        }
        return wellFormed(v, what);
    }

    /**
     * The text itself, unless it holds half of a character (a lone UTF-16 surrogate, as a JSON escape
     * like \\ud800 can carry): such text cannot be stored or hashed as it was sent (it would become "?"
     * and collide with other text), so it is refused.
     */
    public static String wellFormed(String value, String what) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException("The " + what + " holds a broken character (half of a UTF-16 surrogate pair, at position "
                        + i + "); send it as valid Unicode.");
            }
        }
        return value;
    }

    /** An http or https address with a host, at most 2,000 characters, as typed (stripped). */
    public static String webAddress(String value, String what) {
        String v = value.strip();
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || v.length() > MAX_WEB_ADDRESS) {
                throw new InvalidInputException("The " + what + " must be a web address starting with http:// or https://; '"
                        + abbreviate(v, 80) + "' is not.");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new InvalidInputException("The " + what + " '" + abbreviate(v, 80) + "' is not a valid web address.");
        }
    }

    /**
     * A web address in the one form two spellings of it share, for telling duplicates apart: scheme and
     * host in lower case, no default port (80, 443), no fragment, no trailing slash on the path; the
     * path and query as they were. Checked like {@link #webAddress} first.
     */
    public static String normalisedWebAddress(String value, String what) {
        URI uri = URI.create(webAddress(value, what));
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return scheme + "://" + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@") + host + (defaultPort ? "" : ":" + port)
                + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** A search text for SQL LIKE with '\\' as the escape character: lower-case, its wildcards escaped. */
    public static String likeEscaped(String query) {
        return query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The text itself when it has at most {@code max} characters, else its start and an ellipsis. */
    public static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

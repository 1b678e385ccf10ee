package com.credence.article;

import java.util.Locale;
import java.util.Optional;

/** The kinds of article input Credence reads. */
public enum ImportFormat {
    TEXT, MARKDOWN, HTML;

    /** The format of a file, by its name's ending: .txt, .md/.markdown, .html/.htm. */
    public static Optional<ImportFormat> ofFilename(String filename) {
        String name = filename.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }
}

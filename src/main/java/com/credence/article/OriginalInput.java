package com.credence.article;

import org.jspecify.annotations.Nullable;

/**
 * What was handed over to import an article, as it came: its format, the address of a fetched web
 * page, and the text (pasted text, a file's decoded text, or the page's HTML). For reference only:
 * annotations point into the cleaned text. Hostile until proven otherwise; never render it as markup.
 */
public record OriginalInput(long articleId, ImportFormat format, @Nullable String address, String content) {
}

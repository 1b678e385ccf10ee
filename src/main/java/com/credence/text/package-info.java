/**
 * Text in, clean text out: decoding bytes (charsets), cleaning HTML, Markdown and plain text into
 * paragraphs, and splitting sentences as UTF-16 {@code [start, end)} spans. Pure functions; no storage.
 */
@NullMarked
package com.credence.text;

import org.jspecify.annotations.NullMarked;

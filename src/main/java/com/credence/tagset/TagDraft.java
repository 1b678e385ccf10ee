package com.credence.tagset;

import org.jspecify.annotations.Nullable;

/**
 * What an editor fills in for a tag: its name, colour, underline (null: the first one no active tag
 * has), hotkey (null or blank: none) and definition.
 */
public record TagDraft(String name, String colour, @Nullable TagLine line, @Nullable String hotkey, String definition) {
}

package com.credence.tagset;

import org.jspecify.annotations.Nullable;

/** A tag of the tag set, as views and the API show it. */
public record TagView(String key, String name, String colour, TagLine line, @Nullable String hotkey, String definition, boolean retired,
        long inUse) {
}

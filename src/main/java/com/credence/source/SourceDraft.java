package com.credence.source;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ledger entry as someone writes it: for a new one, the name is required and the kind is "other" when
 * not given; for a change, every field left null stays as it is ({@code aliases}, when given, replaces
 * the list; an empty text clears a field).
 */
public record SourceDraft(@Nullable String name, @Nullable List<String> aliases, @Nullable SourceKind kind, @Nullable String country,
        @Nullable String description, @Nullable String wikidataId) {

    public static SourceDraft named(String name) {
        return new SourceDraft(name, null, null, null, null, null);
    }
}

package com.credence.source;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A source ledger entry: its canonical name, the other names it is known by, its kind, country (ISO
 * 3166 two-letter code), description and Wikidata id (only a field: nothing is looked up online).
 */
public record SourceView(long id, String name, List<String> aliases, SourceKind kind, @Nullable String country,
        @Nullable String description, @Nullable String wikidataId, Instant createdAt, long version) {

    public SourceView {
        aliases = List.copyOf(aliases);
    }
}

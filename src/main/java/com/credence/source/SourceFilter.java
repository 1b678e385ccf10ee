package com.credence.source;

import org.jspecify.annotations.Nullable;

/** Which sources a list shows: a name or alias containing the query (matched as names are), a kind, a country. */
public record SourceFilter(@Nullable String query, @Nullable SourceKind kind, @Nullable String country) {

    public static final SourceFilter ALL = new SourceFilter(null, null, null);
}

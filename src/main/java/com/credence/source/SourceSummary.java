package com.credence.source;

import org.jspecify.annotations.Nullable;

/** One row of the sources list: the entry and how many live claims are attributed to it, and contested ones among them. */
public record SourceSummary(long id, String name, SourceKind kind, @Nullable String country, long claims, long contested) {
}

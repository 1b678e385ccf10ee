package com.credence.annotation;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What is attributed to one source ledger entry, counted in the database: its live annotations (claims)
 * per tag and per review outcome, and per month of creation.
 */
public record SourceClaims(long total, Map<String, Long> byTag, long approved, long rejected, long pending, List<Month> months) {

    /** The tag key of claims attributed to a source, and of contested ones. */
    public static final String ATTRIBUTED = "attributed";
    public static final String CONTESTED = "contested";

    public SourceClaims {
        byTag = Map.copyOf(byTag);
        months = List.copyOf(months);
    }

    public long tagged(String tag) {
        return byTag.getOrDefault(tag, 0L);
    }

    /** Claims made in one month (UTC), by review outcome: approved, rejected, or pending (not yet decided). */
    public record Month(YearMonth month, long approved, long rejected, long pending) {
        public long total() {
            return approved + rejected + pending;
        }
    }
}

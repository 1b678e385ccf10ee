package com.credence.export;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A batch export as its owner sees it: what it takes, how far it has come (articles done of total),
 * and when it is ready, the zip's name and size; it is listed until it expires.
 */
public record ExportJobView(String id, String owner, ExportJobStatus status, BatchFilter filter, List<String> formats, ExportScope scope,
        int total, int done, @Nullable String message, @Nullable Long size, String fileName, Instant createdAt,
        @Nullable Instant finishedAt, Instant expiresAt) {

    public ExportJobView {
        formats = List.copyOf(formats);
    }

    /** How far it has come, 0 to 1. */
    public double fraction() {
        return status == ExportJobStatus.DONE ? 1 : total == 0 ? 0 : Math.min(1, (double) done / total);
    }
}

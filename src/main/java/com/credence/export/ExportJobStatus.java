package com.credence.export;

/** Where a batch export is: waiting for a worker, being written, ready to download, failed, or cancelled. */
public enum ExportJobStatus {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED;

    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }

    public String label() {
        return switch (this) {
            case QUEUED -> "Waiting";
            case RUNNING -> "Exporting";
            case DONE -> "Ready";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
        };
    }
}

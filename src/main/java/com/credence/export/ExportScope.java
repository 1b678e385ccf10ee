package com.credence.export;

/** Which annotations an export holds: only the approved ones (for publishing, the default), or all. */
public enum ExportScope {
    APPROVED, ALL
}

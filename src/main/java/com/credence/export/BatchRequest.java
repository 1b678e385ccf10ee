package com.credence.export;

import java.util.List;

/** A batch export asked for: the articles (by filter), the formats, and which annotations (approved only, or all). */
public record BatchRequest(BatchFilter filter, List<String> formats, ExportScope scope) {

    public BatchRequest {
        if (formats != null && formats.stream().anyMatch(java.util.Objects::isNull)) {
            throw new com.credence.base.InvalidInputException("A format is null; the formats are named like \"pdf\" or \"jsonld\".");
        }
        formats = formats == null ? List.of() : List.copyOf(formats);
        scope = scope == null ? ExportScope.APPROVED : scope;
        filter = filter == null ? BatchFilter.everything() : filter;
    }
}

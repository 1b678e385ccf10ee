package com.credence.source.web;

/**
 * Examples for the API description (/api/openapi.json), in the shape the endpoints answer. Made-up
 * content: the source "Ines Varga" (id 3), a councillor, with claims on the article "Harbour council
 * approves ferry fare freeze" (id 7).
 */
final class SourceExamples {

    private SourceExamples() {
    }

    static final String SOURCE = """
            {"id": 3, "name": "Ines Varga", "aliases": ["Councillor Varga"], "kind": "PERSON", "country": "HR",
             "description": "Harbour councillor, chair of the transport committee.", "wikidataId": null,
             "createdAt": "2026-03-11T09:14:02.318Z", "version": 1}""";

    static final String CREATE = """
            {"name": "Ines Varga", "aliases": ["Councillor Varga"], "kind": "PERSON", "country": "HR",
             "description": "Harbour councillor, chair of the transport committee."}""";

    static final String PATCH = """
            {"kind": "PERSON", "aliases": ["Councillor Varga", "I. Varga"]}""";

    static final String PATCHED = """
            {"id": 3, "name": "Ines Varga", "aliases": ["Councillor Varga", "I. Varga"], "kind": "PERSON", "country": "HR",
             "description": "Harbour councillor, chair of the transport committee.", "wikidataId": null,
             "createdAt": "2026-03-11T09:14:02.318Z", "version": 2}""";

    static final String MERGE = """
            {"into": 3}""";

    static final String MERGED = """
            {"id": 3, "name": "Ines Varga", "aliases": ["Councillor Varga", "Ines Varga (councillor)"], "kind": "PERSON", "country": "HR",
             "description": "Harbour councillor, chair of the transport committee.", "wikidataId": null,
             "createdAt": "2026-03-11T09:14:02.318Z", "version": 3}""";

    static final String PAGE = """
            {"content": [{"id": 3, "name": "Ines Varga", "kind": "PERSON", "country": "HR", "claims": 4, "contested": 1}],
             "page": 0, "size": 20, "totalElements": 1}""";

    static final String DETAIL = """
            {"source": {"id": 3, "name": "Ines Varga", "aliases": ["Councillor Varga"], "kind": "PERSON", "country": "HR",
              "description": "Harbour councillor, chair of the transport committee.", "wikidataId": null,
              "createdAt": "2026-03-11T09:14:02.318Z", "version": 1},
             "counts": {"claims": 4, "attributed": 3, "contested": 1, "approved": 2, "rejected": 1, "pending": 1,
              "byTag": [{"tag": "attributed", "claims": 3}, {"tag": "contested", "claims": 1}]},
             "months": [{"month": "2026-03", "approved": 2, "rejected": 1, "pending": 1}],
             "claims": [{"annotationId": 12, "articleId": 7, "articleTitle": "Harbour council approves ferry fare freeze",
               "quote": "\\"Families cannot absorb another rise,\\" said councillor Ines Varga.", "tag": "attributed",
               "status": "APPROVED", "createdAt": "2026-03-11T09:14:02.318Z"}],
             "page": 0, "size": 20}""";

    static final String STALE = """
            {"title": "Changed meanwhile", "status": 412, "instance": "/api/sources/3",
             "detail": "Someone else changed this source meanwhile (now version 2). Your change was not saved.",
             "current": """ + PATCHED + "}";
}

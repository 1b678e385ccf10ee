package com.credence.review.web;

/**
 * Examples for the API description (/api/openapi.json), in the shape the endpoints answer. Made-up
 * content: mara's annotation 12 on "Harbour council approves ferry fare freeze" (article 7), reviewed by edo.
 */
final class ReviewExamples {

    private ReviewExamples() {
    }

    private static final String SUBMITTED = """
            {"id": 12, "articleId": 7, "start": 78, "end": 144,
             "quote": "\\"Families cannot absorb another rise,\\" said councillor Ines Varga.",
             "prefix": " ferry fares until next spring. ", "suffix": "\\n\\nThe operator said the freeze w",
             "tag": "attributed", "source": "Ines Varga", "sourceId": 3, "cue": "said", "note": "Named councillor, on the record.",
             "evidence": ["https://council.example/minutes/2026-03-10"], "conflictsWith": null, "status": "SUBMITTED", "author": "mara",
             "createdAt": "2026-03-11T09:14:02.318Z", "updatedAt": "2026-03-11T09:31:10.044Z", "version": 2,
             "submittedAt": "2026-03-11T09:31:10.044Z", "review": null}""";

    static final String DECISION = """
            {"decision": "APPROVE", "comment": "Matches the council minutes.", "version": 2}""";

    static final String RETURN = """
            {"decision": "REQUEST_CHANGES", "reason": "evidence", "comment": "Link the minutes, please.", "version": 2}""";

    static final String APPROVED = """
            {"id": 12, "articleId": 7, "start": 78, "end": 144,
             "quote": "\\"Families cannot absorb another rise,\\" said councillor Ines Varga.",
             "prefix": " ferry fares until next spring. ", "suffix": "\\n\\nThe operator said the freeze w",
             "tag": "attributed", "source": "Ines Varga", "sourceId": 3, "cue": "said", "note": "Named councillor, on the record.",
             "evidence": ["https://council.example/minutes/2026-03-10"], "conflictsWith": null, "status": "APPROVED", "author": "mara",
             "createdAt": "2026-03-11T09:14:02.318Z", "updatedAt": "2026-03-11T10:02:57.610Z", "version": 3,
             "submittedAt": "2026-03-11T09:31:10.044Z",
             "review": {"reviewer": "edo", "decision": "APPROVE", "reason": null, "comment": "Matches the council minutes.",
              "at": "2026-03-11T10:02:57.610Z", "verdict": null}}""";

    static final String QUEUE = """
            {"content": [{"annotation": """ + SUBMITTED + """
            , "articleTitle": "Harbour council approves ferry fare freeze", "outlet": "The Coastal Courier"}],
             "page": 0, "size": 50, "totalElements": 1,
             "counts": {"DRAFT": 0, "SUBMITTED": 1, "APPROVED": 4, "REJECTED": 0, "CHANGES_REQUESTED": 1}}""";

    static final String REASONS = """
            [{"code": "wrong-tag", "label": "Wrong tag", "retired": false},
             {"code": "source", "label": "Source missing or wrong", "retired": false},
             {"code": "evidence", "label": "Evidence missing", "retired": false},
             {"code": "not-a-claim", "label": "Not a claim", "retired": false},
             {"code": "duplicate", "label": "Duplicate", "retired": false},
             {"code": "other", "label": "Other", "retired": false}]""";

    static final String MY_WORK = """
            {"drafts": [], "waiting": [{"annotation": """ + SUBMITTED + """
            , "articleTitle": "Harbour council approves ferry fare freeze", "outlet": "The Coastal Courier"}], "returned": [],
             "counts": {"DRAFT": 0, "SUBMITTED": 1, "APPROVED": 3, "REJECTED": 0, "CHANGES_REQUESTED": 0}}""";

    static final String ASSIGN = """
            {"usernames": ["mara"], "due": "2026-03-20"}""";

    static final String ASSIGNMENT = """
            {"articleId": 7, "assignees": ["mara"], "due": "2026-03-20"}""";

    static final String MY_ASSIGNMENTS = """
            [{"articleId": 7, "title": "Harbour council approves ferry fare freeze", "outlet": "The Coastal Courier",
              "due": "2026-03-20", "assignedBy": "edo", "progress": "IN_PROGRESS"}]""";
}

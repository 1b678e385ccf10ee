package com.credence.annotation.web;

/**
 * Examples for the API description (/api/openapi.json), in the shape the endpoints answer. Made-up
 * content: the article "Harbour council approves ferry fare freeze" (id 7), annotated by mara and
 * reviewed by edo.
 */
final class AnnotationExamples {

    private AnnotationExamples() {
    }

    static final String REQUEST = """
            {"start": 78, "end": 144, "tag": "attributed", "source": "Ines Varga", "cue": "said",
             "note": "Named councillor, on the record.", "evidence": ["https://council.example/minutes/2026-03-10"]}""";

    static final String DRAFT = """
            {"id": 12, "articleId": 7, "start": 78, "end": 144,
             "quote": "\\"Families cannot absorb another rise,\\" said councillor Ines Varga.",
             "prefix": " ferry fares until next spring. ", "suffix": "\\n\\nThe operator said the freeze w",
             "tag": "attributed", "source": "Ines Varga", "sourceId": 3, "cue": "said", "note": "Named councillor, on the record.",
             "evidence": ["https://council.example/minutes/2026-03-10"], "conflictsWith": null, "status": "DRAFT", "author": "mara",
             "createdAt": "2026-03-11T09:14:02.318Z", "updatedAt": "2026-03-11T09:14:02.318Z", "version": 0,
             "submittedAt": null, "review": null}""";

    static final String CHANGED = """
            {"id": 12, "articleId": 7, "start": 78, "end": 144,
             "quote": "\\"Families cannot absorb another rise,\\" said councillor Ines Varga.",
             "prefix": " ferry fares until next spring. ", "suffix": "\\n\\nThe operator said the freeze w",
             "tag": "attributed", "source": "Ines Varga", "sourceId": 3, "cue": "said", "note": "Named councillor, on the record; quoted in the minutes too.",
             "evidence": ["https://council.example/minutes/2026-03-10"], "conflictsWith": null, "status": "DRAFT", "author": "mara",
             "createdAt": "2026-03-11T09:14:02.318Z", "updatedAt": "2026-03-11T09:20:45.901Z", "version": 1,
             "submittedAt": null, "review": null}""";

    static final String CHANGE_REQUEST = """
            {"start": 78, "end": 144, "tag": "attributed", "source": "Ines Varga", "cue": "said",
             "note": "Named councillor, on the record; quoted in the minutes too.",
             "evidence": ["https://council.example/minutes/2026-03-10"]}""";

    static final String SUBMITTED = """
            {"id": 12, "articleId": 7, "start": 78, "end": 144,
             "quote": "\\"Families cannot absorb another rise,\\" said councillor Ines Varga.",
             "prefix": " ferry fares until next spring. ", "suffix": "\\n\\nThe operator said the freeze w",
             "tag": "attributed", "source": "Ines Varga", "sourceId": 3, "cue": "said", "note": "Named councillor, on the record.",
             "evidence": ["https://council.example/minutes/2026-03-10"], "conflictsWith": null, "status": "SUBMITTED", "author": "mara",
             "createdAt": "2026-03-11T09:14:02.318Z", "updatedAt": "2026-03-11T09:31:10.044Z", "version": 2,
             "submittedAt": "2026-03-11T09:31:10.044Z", "review": null}""";

    static final String LIST = "[" + DRAFT + ", " + """
            {"id": 13, "articleId": 7, "start": 146, "end": 214,
             "quote": "The operator said the freeze would cost it about 1.2 million a year.",
             "prefix": "e,\\" said councillor Ines Varga.\\n\\n", "suffix": "",
             "tag": "contested", "source": "the operator", "sourceId": 4, "cue": "said", "note": null, "evidence": [], "conflictsWith": null,
             "status": "DRAFT", "author": "mara", "createdAt": "2026-03-11T09:16:40.007Z", "updatedAt": "2026-03-11T09:16:40.007Z",
             "version": 0, "submittedAt": null, "review": null}]""";

    static final String HISTORY = """
            [{"revision": 31, "when": "2026-03-11T09:14:02.400Z", "username": "mara", "change": "created",
              "state": {"id": 12, "articleId": 7, "start": 78, "end": 144,
               "quote": "\\"Families cannot absorb another rise,\\" said councillor Ines Varga.",
               "prefix": " ferry fares until next spring. ", "suffix": "\\n\\nThe operator said the freeze w",
               "tag": "attributed", "source": "Ines Varga", "sourceId": 3, "cue": "said", "note": "Named councillor, on the record.",
               "evidence": ["https://council.example/minutes/2026-03-10"], "conflictsWith": null, "status": "DRAFT", "author": "mara",
               "createdAt": "2026-03-11T09:14:02.318Z", "updatedAt": "2026-03-11T09:14:02.318Z", "version": 0,
               "submittedAt": null, "review": null},
              "from": null, "to": "DRAFT"},
             {"revision": 35, "when": "2026-03-11T09:31:10.052Z", "username": "mara", "change": "submitted",
              "state": {"id": 12, "articleId": 7, "start": 78, "end": 144,
               "quote": "\\"Families cannot absorb another rise,\\" said councillor Ines Varga.",
               "prefix": " ferry fares until next spring. ", "suffix": "\\n\\nThe operator said the freeze w",
               "tag": "attributed", "source": "Ines Varga", "sourceId": 3, "cue": "said", "note": "Named councillor, on the record.",
               "evidence": ["https://council.example/minutes/2026-03-10"], "conflictsWith": null, "status": "SUBMITTED", "author": "mara",
               "createdAt": "2026-03-11T09:14:02.318Z", "updatedAt": "2026-03-11T09:31:10.044Z", "version": 0,
               "submittedAt": "2026-03-11T09:31:10.044Z", "review": null},
              "from": "DRAFT", "to": "SUBMITTED"}]""";

    static final String STALE = """
            {"title": "Changed meanwhile", "status": 412, "instance": "/api/articles/7/annotations/12",
             "detail": "Someone else changed this annotation meanwhile (now version 1): tag attributed, source Ines Varga, note \
            “Named councillor, on the record; quoted in the minutes too.”. Your change was not saved; look at theirs and apply yours again.",
             "current": """ + CHANGED + "}";

    static final String SUBMITTED_ALL = """
            {"submitted": 3}""";

    /** What a stream sends: its opening comment and reconnect delay, then one event per committed change. */
    static final String EVENTS = """
            :Credence annotation events
            retry:3000

            id:41
            event:annotation.created
            data:{"id":12,"type":"annotation.created","at":"2026-03-11T09:14:02.400Z","by":"mara","articleId":7,"version":0}

            id:42
            event:annotation.changed
            data:{"id":12,"type":"annotation.changed","at":"2026-03-11T09:20:45.950Z","by":"mara","articleId":7,"version":1}

            id:43
            event:annotation.status
            data:{"id":12,"type":"annotation.status","at":"2026-03-11T09:31:10.052Z","by":"mara","articleId":7,"version":2}

            """;
}

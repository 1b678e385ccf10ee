package com.credence.suggestion.web;

/**
 * Examples for the API description (/api/openapi.json), in the shape the endpoints answer. Made-up
 * content: the article "Harbour council approves ferry fare freeze" (id 7).
 */
final class SuggestionExamples {

    private SuggestionExamples() {
    }

    static final String LIST = """
            [{"start": 78, "end": 144, "tag": "attributed", "cue": {"start": 118, "end": 122}, "source": "councillor Ines Varga",
              "reason": "Rules: “said” with a speaker: councillor Ines Varga"},
             {"start": 146, "end": 201, "tag": "reported", "cue": {"start": 159, "end": 169}, "source": null,
              "reason": "Rules: hedge “reportedly”: no source named"}]""";

    static final String REQUEST = """
            {"start": 78, "end": 144, "tag": "attributed"}""";

    static final String ACCEPTED = """
            {"id": 12, "articleId": 7, "start": 78, "end": 144,
             "quote": "\\"Families cannot absorb another rise,\\" said councillor Ines Varga.",
             "prefix": " ferry fares until next spring. ", "suffix": "\\n\\nThe operator said the freeze w",
             "tag": "attributed", "source": "councillor Ines Varga", "cue": "said", "note": null,
             "evidence": [], "conflictsWith": null, "status": "DRAFT", "author": "mara",
             "createdAt": "2026-03-11T09:14:02.318Z", "updatedAt": "2026-03-11T09:14:02.318Z", "version": 0,
             "submittedAt": null, "review": null}""";
}

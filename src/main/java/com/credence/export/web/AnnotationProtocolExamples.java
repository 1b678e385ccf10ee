package com.credence.export.web;

/**
 * Examples for the API description of the W3C Web Annotation Protocol endpoints, in the shape they
 * answer. Made-up content: the article "Harbour council approves ferry fare freeze" (id 7).
 */
final class AnnotationProtocolExamples {

    private AnnotationProtocolExamples() {
    }

    static final String ANNOTATION = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://credence.example/anno/7/12", "type": "Annotation",
             "motivation": "classifying", "created": "2026-03-11T09:14:02.318Z", "modified": "2026-03-11T09:14:02.318Z",
             "creator": {"type": "Person", "name": "mara"},
             "body": [{"type": "SpecificResource", "source": "https://credence.example/tags/attributed", "purpose": "classifying"},
                      {"type": "TextualBody", "value": "Ines Varga", "format": "text/plain", "purpose": "identifying"}],
             "target": {"source": "https://credence.example/articles/7", "selector": [
                 {"type": "TextQuoteSelector", "exact": "\\"Families cannot absorb another rise,\\" said councillor Ines Varga.",
                  "prefix": " ferry fares until next spring. ", "suffix": "\\n\\nThe operator said the freeze w"},
                 {"type": "TextPositionSelector", "start": 78, "end": 144}]}}""";

    static final String POSTED = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
             "body": {"type": "SpecificResource", "source": "attributed", "purpose": "classifying"},
             "target": {"source": "https://credence.example/articles/7", "selector": {"type": "TextQuoteSelector",
                 "exact": "\\"Families cannot absorb another rise,\\" said councillor Ines Varga."}}}""";

    static final String REPLACED = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://credence.example/anno/7/12", "type": "Annotation",
             "body": [{"type": "SpecificResource", "source": "contested", "purpose": "classifying"},
                      {"type": "TextualBody", "value": "The minutes record a different figure.", "purpose": "commenting"}],
             "target": {"source": "https://credence.example/articles/7", "selector": {"type": "TextPositionSelector", "start": 78, "end": 144}}}""";

    static final String FOREIGN = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://credence.example/anno/7/ext-3", "type": "Annotation",
             "canonical": "urn:uuid:5b1f0c1e-9d1a-4c55-9f55-0d1f3a2b7e10", "motivation": "bookmarking",
             "target": "https://other.example/page", "x-reviewer-note": "kept exactly as posted"}""";

    static final String CONTAINER = """
            {"@context": ["http://www.w3.org/ns/anno.jsonld", "http://www.w3.org/ns/ldp.jsonld"],
             "id": "https://credence.example/anno/7/", "type": ["BasicContainer", "AnnotationCollection"],
             "label": "Harbour council approves ferry fare freeze", "total": 1,
             "first": {"id": "https://credence.example/anno/7/?page=0", "type": "AnnotationPage",
                       "partOf": {"id": "https://credence.example/anno/7/", "total": 1}, "startIndex": 0, "items": [""" + ANNOTATION + """
            ]}, "last": "https://credence.example/anno/7/?page=0"}""";
}

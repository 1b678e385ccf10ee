package com.credence.article.web;

/**
 * Examples for the API description (/api/openapi.json), in the shape the endpoints answer. Made-up
 * content: "Harbour council approves ferry fare freeze" in The Coastal Courier.
 */
final class ArticleExamples {

    private ArticleExamples() {
    }

    static final String TEXT = "The harbour council voted on Tuesday to freeze ferry fares until next spring. \\\"Families cannot absorb "
            + "another rise,\\\" said councillor Ines Varga.\\n\\nThe operator said the freeze would cost it about 1.2 million a year.";

    static final String IMPORT_TEXT = """
            {"title": "Harbour council approves ferry fare freeze", "outlet": "The Coastal Courier",
             "url": "https://courier.example/2026/03/ferry-fares", "byline": "Tom Ashby", "publishedAt": "2026-03-10",
             "text": \"""" + TEXT + "\"}";

    static final String IMPORT_URL = """
            {"fromUrl": "https://courier.example/2026/03/ferry-fares"}""";

    static final String IMPORT_HTML = """
            {"title": "Harbour council approves ferry fare freeze", "outlet": "The Coastal Courier",
             "html": "<article><h1>Harbour council approves ferry fare freeze</h1><p>The harbour council voted on Tuesday to freeze \
            ferry fares until next spring.</p><p>Share this story</p></article>", "exclude": [2]}""";

    static final String ARTICLE = """
            {"id": 7, "title": "Harbour council approves ferry fare freeze", "outlet": "The Coastal Courier",
             "url": "https://courier.example/2026/03/ferry-fares", "byline": "Tom Ashby", "publishedAt": "2026-03-10",
             "sha256": "1b81154194d0e3efb664b52eabcb1a540554299e3e633ee007bdb617e2f095db", "importedBy": "mara",
             "importedAt": "2026-03-11T08:55:31.204Z", "text": \"""" + TEXT + """
            ", "sentences": [{"start": 0, "end": 77}, {"start": 78, "end": 144}, {"start": 146, "end": 214}]}""";

    static final String PREVIEW = """
            {"text": "The harbour council voted on Tuesday.\\n\\nFares stay frozen.",
             "sentences": [{"start": 0, "end": 37}, {"start": 39, "end": 57}], "suggestedTitle": null,
             "sha256": "68f1dbaa1af6fab1ccdd6044fb086407c4f1aa1a0617a83b84a30be7dc95adf6", "sameText": [],
             "paragraphs": [{"index": 0, "text": "The harbour council voted on Tuesday.", "boilerplate": null, "excluded": false},
              {"index": 1, "text": "Share this story", "boilerplate": "share buttons", "excluded": true},
              {"index": 2, "text": "Fares stay frozen.", "boilerplate": null, "excluded": false}],
             "found": {"title": null, "outlet": null, "url": null, "byline": null, "publishedAt": null}}""";

    static final String PREVIEW_REQUEST = """
            {"text": "The harbour council voted on Tuesday.\\n\\nShare this story\\n\\nFares stay frozen."}""";

    static final String DUPLICATE = """
            {"title": "Already imported", "status": 409, "instance": "/api/articles",
             "detail": "This article is already stored as 'Harbour council approves ferry fare freeze' (id 7). Repeat the request \
            with ?allowDuplicate=true to import it again.", "existingId": 7, "existing": "/api/articles/7"}""";

    static final String PAGE = """
            {"content": [{"id": 7, "title": "Harbour council approves ferry fare freeze", "outlet": "The Coastal Courier",
              "byline": "Tom Ashby", "publishedAt": "2026-03-10", "importedBy": "mara", "importedAt": "2026-03-11T08:55:31.204Z",
              "length": 214, "progress": "IN_PROGRESS"}], "page": 0, "size": 20, "totalElements": 1}""";

    static final String ORIGINAL = "The harbour council voted on Tuesday to freeze ferry fares until next spring. \"Families cannot absorb "
            + "another rise,\" said councillor Ines Varga.\n\nThe operator said the freeze would cost it about 1.2 million a year.";
}

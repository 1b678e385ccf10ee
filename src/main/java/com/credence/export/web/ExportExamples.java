package com.credence.export.web;

/**
 * Examples for the API description (/api/openapi.json), in the shape the endpoints answer. Made-up
 * content: "Harbour council approves ferry fare freeze" (article 7) and its approved annotation 12.
 */
final class ExportExamples {

    private ExportExamples() {
    }

    static final String FORMATS = """
            [{"name": "claimreview", "label": "schema.org ClaimReview (JSON-LD)", "mediaType": "application/ld+json",
              "extension": "claimreview.jsonld"},
             {"name": "csv", "label": "CSV (spreadsheets)", "mediaType": "text/csv; charset=UTF-8", "extension": "csv"},
             {"name": "html", "label": "Annotated report (HTML)", "mediaType": "text/html; charset=UTF-8", "extension": "html"},
             {"name": "jsonl", "label": "JSON Lines", "mediaType": "application/jsonl", "extension": "jsonl"},
             {"name": "jsonld", "label": "W3C Web Annotation (JSON-LD)",
              "mediaType": "application/ld+json; profile=\\"http://www.w3.org/ns/anno.jsonld\\"", "extension": "jsonld"},
             {"name": "md", "label": "Markdown report", "mediaType": "text/markdown; charset=UTF-8", "extension": "md"},
             {"name": "pdf", "label": "Annotated report (PDF)", "mediaType": "application/pdf", "extension": "pdf"}]""";

    /** One line per annotation. */
    static final String JSONL = """
            {"id":12,"articleId":7,"start":78,"end":144,"quote":"\\"Families cannot absorb another rise,\\" said councillor Ines Varga.",\
            "prefix":" ferry fares until next spring. ","suffix":"\\n\\nThe operator said the freeze w","tag":"attributed",\
            "source":"Ines Varga","sourceId":3,"cue":"said","note":"Named councillor, on the record.",\
            "evidence":["https://council.example/minutes/2026-03-10"],"conflictsWith":null,"status":"APPROVED","author":"mara",\
            "createdAt":"2026-03-11T09:14:02.318Z","updatedAt":"2026-03-11T10:02:57.610Z","version":3,\
            "submittedAt":"2026-03-11T09:31:10.044Z","review":{"reviewer":"edo","decision":"APPROVE","reason":null,\
            "comment":"Matches the council minutes.","at":"2026-03-11T10:02:57.610Z","verdict":null}}
            """;

    static final String CSV = """
            article_id,article_title,outlet,article_url,published_at,annotation_id,start,end,quote,tag,source,cue,note,evidence,\
            status,author,created_at,updated_at,reviewer,decision,reason,review_comment,verdict\r
            7,Harbour council approves ferry fare freeze,The Coastal Courier,https://courier.example/2026/03/ferry-fares,2026-03-10,\
            12,78,144,"""
            + "\"\"\"Families cannot absorb another rise,\"\" said councillor Ines Varga.\""
            + """
            ,Attributed,Ines Varga,said,"Named councillor, on the record.",https://council.example/minutes/2026-03-10,APPROVED,mara,\
            2026-03-11T09:14:02.318Z,2026-03-11T10:02:57.610Z,edo,APPROVE,,Matches the council minutes.,\r
            """;

    static final String START = """
            {"outlet": "The Coastal Courier", "publishedFrom": "2026-03-01", "publishedTo": "2026-03-31",
             "formats": ["jsonld", "csv"], "scope": "approved"}""";

    static final String QUEUED = """
            {"id": "89a51c1f-84ac-4ee9-b1a2-817607e8962d", "status": "QUEUED", "total": 14, "done": 0, "percent": 0,
             "formats": ["jsonld", "csv"], "scope": "approved",
             "filter": {"outlet": "The Coastal Courier", "publishedFrom": "2026-03-01", "publishedTo": "2026-03-31", "progress": null,
              "assignee": null, "status": null, "inWords": "outlet The Coastal Courier · published 2026-03-01 to 2026-03-31"},
             "createdAt": "2026-03-31T16:40:12.308Z", "finishedAt": null, "expiresAt": "2026-04-07T16:40:12.308Z", "message": null,
             "size": null, "fileName": null, "self": "/api/exports/89a51c1f-84ac-4ee9-b1a2-817607e8962d", "download": null}""";

    static final String DONE = """
            {"id": "89a51c1f-84ac-4ee9-b1a2-817607e8962d", "status": "DONE", "total": 14, "done": 14, "percent": 100,
             "formats": ["jsonld", "csv"], "scope": "approved",
             "filter": {"outlet": "The Coastal Courier", "publishedFrom": "2026-03-01", "publishedTo": "2026-03-31", "progress": null,
              "assignee": null, "status": null, "inWords": "outlet The Coastal Courier · published 2026-03-01 to 2026-03-31"},
             "createdAt": "2026-03-31T16:40:12.308Z", "finishedAt": "2026-03-31T16:40:19.872Z", "expiresAt": "2026-04-07T16:40:19.872Z",
             "message": null, "size": 48213, "fileName": "credence-export-20260331-1640-89a51c1f.zip",
             "self": "/api/exports/89a51c1f-84ac-4ee9-b1a2-817607e8962d",
             "download": "/api/exports/89a51c1f-84ac-4ee9-b1a2-817607e8962d/download"}""";

    static final String LIST = "[" + DONE + "]";

    static final String TOO_MANY = """
            {"title": "Not possible now", "status": 409, "instance": "/api/exports",
             "detail": "You have 3 exports under way; wait for one to finish or cancel one."}""";
}

package com.credence.security.web;

/** Examples for the API description (/api/openapi.json), in the shape the endpoints answer; made-up people and tokens. */
final class SecurityExamples {

    private SecurityExamples() {
    }

    static final String ME = """
            {"username": "mara", "roles": ["FACT_CHECKER"]}""";

    static final String NEW_TOKEN_REQUEST = """
            {"name": "newsroom dashboard", "scope": "READ", "days": 90}""";

    static final String NEW_TOKEN = """
            {"token": {"id": 5, "username": "mara", "name": "newsroom dashboard", "scope": "READ",
              "createdAt": "2026-03-11T11:02:14.617Z", "expiresAt": "2026-06-09T11:02:14.617Z", "lastUsedAt": null, "revokedAt": null},
             "secret": "cred_3dXq0uV7mTnB1sKp9aYw2ZrLc8eHf4GjN6oRiU5vEtM"}""";

    static final String TOKENS = """
            [{"id": 5, "username": "mara", "name": "newsroom dashboard", "scope": "READ", "createdAt": "2026-03-11T11:02:14.617Z",
              "expiresAt": "2026-06-09T11:02:14.617Z", "lastUsedAt": "2026-03-12T07:45:03.118Z", "revokedAt": null}]""";

    static final String REVOKED = """
            {"id": 5, "username": "mara", "name": "newsroom dashboard", "scope": "READ", "createdAt": "2026-03-11T11:02:14.617Z",
             "expiresAt": "2026-06-09T11:02:14.617Z", "lastUsedAt": "2026-03-12T07:45:03.118Z", "revokedAt": "2026-03-12T16:20:41.930Z"}""";

    static final String USER = """
            {"id": 2, "username": "mara", "displayName": "Mara Lindqvist", "roles": ["FACT_CHECKER"], "enabled": true,
             "lockedUntil": null, "createdAt": "2026-03-02T08:30:55.760Z"}""";

    static final String USERS = """
            [{"id": 1, "username": "admin", "displayName": "Administrator", "roles": ["ADMIN"], "enabled": true,
              "lockedUntil": null, "createdAt": "2026-03-02T08:12:01.004Z"},
             {"id": 3, "username": "edo", "displayName": "Edo Brandt", "roles": ["EDITOR"], "enabled": true,
              "lockedUntil": null, "createdAt": "2026-03-02T08:31:10.092Z"},
             """ + USER + "]";

    static final String NEW_USER = """
            {"username": "mara", "displayName": "Mara Lindqvist", "password": "ferry-harbour-lantern-42", "roles": ["FACT_CHECKER"]}""";

    static final String CHANGE = """
            {"displayName": "Mara Lindqvist", "roles": ["FACT_CHECKER", "EDITOR"]}""";

    static final String CHANGED = """
            {"id": 2, "username": "mara", "displayName": "Mara Lindqvist", "roles": ["FACT_CHECKER", "EDITOR"], "enabled": true,
             "lockedUntil": null, "createdAt": "2026-03-02T08:30:55.760Z"}""";
}

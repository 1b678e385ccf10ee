package com.credence.base.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI 3 description ({@code /api/openapi.json}, browsable at {@code /api/docs}; the paths
 * are in application.properties): what it is, how a caller signs in (HTTP Basic or a personal access
 * token as a bearer token), the problem document every error is, and the errors many operations share,
 * as named responses an operation refers to ({@code #/components/responses/NotFound}). Each operation is
 * described beside its controller, with its examples; {@code OpenApiTest} fails for one that is not.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The named error responses, for {@code @ApiResponse(ref = "#/components/responses/...")} in the controllers. */
    static final Map<String, Problem> PROBLEMS = Map.of(
            "BadRequest", new Problem(400, "Invalid input", "The request does not fit this operation (a required field missing, a value "
                    + "of the wrong kind or out of range, a body that is no JSON).",
                    "\"start\", \"end\" and \"tag\" are required."),
            "Unauthorized", new Problem(401, "Unauthorized", "No credentials, or credentials that do not sign in: a wrong username or "
                    + "password, a token that is unknown, revoked or expired, an account that is disabled.",
                    "Sign in with HTTP Basic authentication."),
            "Forbidden", new Problem(403, "Forbidden", "Signed in, but the caller's role does not allow this (or a READ token tried to "
                    + "write).", "Your role does not allow this."),
            "NotFound", new Problem(404, "Not found", "There is no such thing (or it belongs to someone else and is not the caller's to see).",
                    "No article with id 4711"),
            "Conflict", new Problem(409, "Not possible now", "The thing's current state does not allow this, or someone else made the same "
                    + "change at the same moment; nothing was stored.", "Annotation 12 is not deleted."),
            "PreconditionFailed", new Problem(412, "Changed meanwhile", "If-Match names a version that is no longer the current one (or a "
                    + "weak ETag, which never matches); nothing was stored.",
                    "Someone else changed this annotation meanwhile (now version 4). Your change was not saved; look at theirs and apply "
                            + "yours again."),
            "PreconditionRequired", new Problem(428, "If-Match required", "The request needs If-Match with the ETag last read.",
                    "Send If-Match with the annotation's ETag, so that nobody's change is overwritten unseen."),
            "TooLarge", new Problem(413, "Too large", "The body is over the limit; nothing of it was stored.",
                    "The request body is over 24 MB; nothing of it was read."),
            "UnsupportedMediaType", new Problem(415, "Unsupported file type", "The upload is of a kind Credence does not import.",
                    "Upload a .txt, .md or .html file."));

    record Problem(int status, String title, String description, String detail) {
    }

    @Bean
    OpenAPI credenceOpenApi() {
        Components components = new Components()
                .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A Credence username and password, checked on every request (no session)."))
                .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("cred_…")
                        .description("A personal access token (POST /api/tokens, or Profile and API tokens in the app): "
                                + "Authorization: Bearer cred_…. A READ token may only GET."))
                .addSchemas("Problem", problemSchema());
        PROBLEMS.forEach((name, p) -> components.addResponses(name, new ApiResponse().description(p.description())
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))
                                .addExamples(name, new Example().summary(p.title()).value(Map.of("type", "about:blank", "title", p.title(),
                                        "status", p.status(), "detail", p.detail(), "instance", "/api/articles/4711")))))));
        return new OpenAPI()
                .info(new Info().title("Credence API").version("1")
                        .description("""
                                Source-credibility annotation for newsrooms over HTTP: import articles, annotate their sentences, \
                                review the annotations, export them, and follow changes as Server-Sent Events. JSON in and out; \
                                every error is an RFC 9457 problem document (application/problem+json). Every operation needs a \
                                signed-in caller: HTTP Basic with a Credence account, or a personal access token as a bearer token. \
                                What a role may do is the same as in the app (fact-checkers annotate, editors review and assign, \
                                admins manage users)."""))
                .addServersItem(new Server().url("/").description("this Credence"))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("An RFC 9457 problem document; some problems carry more members (existingId, current).")
                .addProperty("type", new StringSchema().description("about:blank, or absent"))
                .addProperty("title", new StringSchema().description("what kind of problem"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema().description("what went wrong, for a person to read"))
                .addProperty("instance", new StringSchema().description("the path of the request"));
    }

    /**
     * What every operation shares and needs not say itself: 401 without valid credentials; 403 for a
     * write with a READ token (and wherever a role is not enough, which the operation says).
     */
    @Bean
    OpenApiCustomizer sharedErrorResponses() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                operation.setResponses(responses);
                refIfAbsent(responses, "401", "Unauthorized");
                if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
                    refIfAbsent(responses, "403", "Forbidden");
                }
            }));
        };
    }

    private static void refIfAbsent(ApiResponses responses, String status, String name) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + name));
        }
    }
}

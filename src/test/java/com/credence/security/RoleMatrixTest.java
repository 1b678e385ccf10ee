package com.credence.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationService;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what, checked against one table: every public method of every service (the boundary,
 * where the rules live) and every API endpoint, as anonymous, fact-checker, editor and admin (and, for
 * the API, a disabled user). The methods and endpoints are found at run time, so a new one without a
 * row here fails this test until someone decides who may call it.
 */
@IntegrationTest
class RoleMatrixTest {

    /** Callers in the order of the flags in the tables below: anonymous, fact-checker, editor, admin. */
    private static final List<String> ROLES = List.of("anonymous", Roles.FACT_CHECKER, Roles.EDITOR, Roles.ADMIN);

    /** Service method → who gets past its method security ('y') and who is refused ('n'), in ROLES order. */
    private static final Map<String, String> SERVICES = table("""
            AnnotationService.articlesWith(AnnotationStatus)                         | nnyy
            AnnotationService.bySource(long,int,int)                                 | nyyy
            AnnotationService.claimsOf(long)                                         | nyyy
            AnnotationService.reattribute(long,long)                                 | nnyy
            AnnotationService.countsOnArticle(long)                                  | nyyy
            AnnotationService.create(long,AnnotationDraft)                           | nyyy
            AnnotationService.createOrFind(long,AnnotationDraft)                     | nyyy
            AnnotationProtocol.create(long,String,String)                            | nyyy
            AnnotationProtocol.delete(long,String,long)                              | nyyy
            AnnotationProtocol.get(long,String,String)                               | nyyy
            AnnotationProtocol.page(long,String,int,int)                             | nyyy
            AnnotationProtocol.replace(long,String,long,String,String)               | nyyy
            AnnotationEvents.after(long,Long,int)                                    | nyyy
            AnnotationEvents.newest()                                                | nyyy
            AnnotationEvents.onCommitted(Runnable)                                   | yyyy
            AnnotationEvents.subscribe(Consumer)                                     | yyyy
            AnnotationService.delete(long,long)                                      | nyyy
            AnnotationService.forArticle(long)                                       | nyyy
            AnnotationService.get(long)                                              | nyyy
            AnnotationService.history(long)                                          | nyyy
            AnnotationService.isAnnotated(long,int,int,String)                       | nyyy
            AnnotationService.mine(Set,int,int)                                      | nyyy
            AnnotationService.myCounts()                                             | nyyy
            AnnotationService.queue(QueueFilter,QueueSort,int,int)                   | nnyy
            AnnotationService.queueCounts(QueueFilter)                               | nnyy
            AnnotationService.queueSize(QueueFilter)                                 | nnyy
            AnnotationService.restore(long,long)                                     | nyyy
            AnnotationService.retag(long,long,String)                                | nyyy
            AnnotationService.review(long,long,Long,ReviewMove,String,String)        | nnyy
            AnnotationService.review(long,long,Long,ReviewMove,String,String,String) | nnyy
            AnnotationService.sources(String,int)                                    | nyyy
            AnnotationService.submit(long,long)                                      | nyyy
            AnnotationService.submitAllMine(long)                                    | nyyy
            AnnotationService.tag(long,int,int,String)                               | nyyy
            AnnotationService.update(long,long,AnnotationDraft)                      | nyyy
            ApiTokens.all()                                                          | nnny
            ApiTokens.create(String,ApiTokenScope,Integer)                           | nyyy
            ApiTokens.mine()                                                         | nyyy
            ApiTokens.revoke(long)                                                   | nyyy
            ArticleImport.fetch(String)                                              | nyyy
            ArticleImport.importArticle(ImportSource,ArticleMetadata,boolean)        | nyyy
            ArticleImport.importArticle(ImportSource,ArticleMetadata,boolean,Set)    | nyyy
            ArticleImport.maxSizeBytes()                                             | nyyy
            ArticleImport.preview(ImportSource)                                      | nyyy
            ArticleImport.preview(ImportSource,Set)                                  | nyyy
            ArticleService.count()                                                   | nyyy
            ArticleService.count(String)                                             | nyyy
            ArticleService.count(String,ArticleProgress)                             | nyyy
            ArticleService.get(long)                                                 | nyyy
            ArticleService.neighbours(long)                                          | nyyy
            ArticleService.original(long)                                            | nyyy
            ArticleService.outlets()                                                 | nyyy
            ArticleService.recent(int)                                               | nyyy
            ArticleService.recordProgress(long,ArticleProgress)                      | nnny
            ArticleService.search(String,ArticleProgress,Pageable)                   | nyyy
            ArticleService.search(String,Pageable)                                   | nyyy
            ArticleService.select(ArticleSelection,int)                              | nyyy
            ArticleService.summary(long)                                             | nyyy
            AssignmentService.articlesOf(String)                                     | nnyy
            AssignmentService.assign(long,List,LocalDate)                            | nnyy
            AssignmentService.assigned(long)                                         | nyyy
            AssignmentService.assignees(long)                                        | nyyy
            AssignmentService.candidates()                                           | nnyy
            AssignmentService.mine()                                                 | nyyy
            BatchExportService.cancel(String)                                        | nnyy
            BatchExportService.delete(String)                                        | nnyy
            BatchExportService.download(String)                                      | nnyy
            BatchExportService.get(String)                                           | nnyy
            BatchExportService.keepDays()                                            | nnyy
            BatchExportService.maxArticles()                                         | nnyy
            BatchExportService.mine()                                                | nnyy
            BatchExportService.select(BatchFilter)                                   | nnyy
            BatchExportService.start(BatchRequest)                                   | nnyy
            ExportService.document(long,ExportScope)                                 | nyyy
            ExportService.format(String)                                             | nyyy
            ExportService.formats()                                                  | nyyy
            ForeignAnnotationService.create(long,String)                             | nyyy
            ForeignAnnotationService.delete(long,long,long)                          | nyyy
            ForeignAnnotationService.forArticle(long)                                | nyyy
            ForeignAnnotationService.get(long,long)                                  | nyyy
            ForeignAnnotationService.replace(long,long,long,String)                  | nyyy
            ReviewService.activeReasons()                                            | nyyy
            SuggestionService.accept(long,int,int,String)                            | nyyy
            SuggestionService.dismiss(long,int,int,String)                           | nyyy
            SuggestionService.list(long)                                             | nyyy
            ReviewService.addReason(String,String)                                   | nnyy
            ReviewService.decide(long,long,Long,ReviewMove,String,String)            | nnyy
            ReviewService.decide(long,long,Long,ReviewMove,String,String,String)     | nnyy
            ReviewService.describe(ReviewOutcome)                                    | nyyy
            ReviewService.label(String)                                              | nyyy
            ReviewService.reasons()                                                  | nyyy
            ReviewService.rename(String,String)                                      | nnyy
            ReviewService.setRetired(String,boolean)                                 | nnyy
            SourceService.claims(long,int,int)                                       | nyyy
            SourceService.count(SourceFilter)                                        | nyyy
            SourceService.countries()                                                | nyyy
            SourceService.counts(long)                                               | nyyy
            SourceService.create(SourceDraft)                                        | nyyy
            SourceService.find(String)                                               | nyyy
            SourceService.get(long)                                                  | nyyy
            SourceService.merge(long,long)                                           | nnyy
            SourceService.search(SourceFilter,SourceSort,int,int)                    | nyyy
            SourceService.suggest(String,int)                                        | nyyy
            SourceService.update(long,Long,SourceDraft)                              | nnyy
            TagService.active()                                                      | nyyy
            TagService.all()                                                         | nyyy
            TagService.byKey(String)                                                 | nyyy
            TagService.create(String,TagDraft)                                       | nnyy
            TagService.delete(String)                                                | nnyy
            TagService.freeLine()                                                    | nyyy
            TagService.setRetired(String,boolean)                                    | nnyy
            TagService.update(String,TagDraft)                                       | nnyy
            UserAdministration.byUsername(String)                                    | nnny
            UserAdministration.change(String,UserChange)                             | nnny
            UserAdministration.create(NewUser)                                       | nnny
            UserAdministration.get(long)                                             | nnny
            UserAdministration.list(Pageable)                                        | nnny
            UserAdministration.resetPassword(long,String)                            | nnny
            UserAdministration.setEnabled(long,boolean)                              | nnny
            UserAdministration.unlock(String)                                        | nnny
            UserAdministration.unlock(long)                                          | nnny
            UserAdministration.update(long,String,Set)                               | nnny
            UserDirectory.annotators()                                               | nyyy
            UserDirectory.find(String)                                               | nyyy
            """);

    /**
     * API endpoint (under /api, and the W3C annotation containers under /anno) → who gets an answer other than 403 ('y') and
     * who 403 ('n'): fact-checker, editor, admin. Anonymous and disabled users always get 401, except where the row says
     * "anyone": there anonymous callers are let in too (the API's description and its browsable page, which hold no data; a
     * disabled user's credentials are still refused).
     */
    private static final Map<String, String> API = table("""
            DELETE /api/articles/{articleId}/annotations/{id}       | yyy
            DELETE /api/exports/{job:[0-9a-fA-F-]{36}}              | nyy
            DELETE /api/tokens/{id}                                 | yyy
            GET /api/articles                                       | yyy
            GET /api/articles/{articleId}/annotations               | yyy
            GET /api/articles/{articleId}/annotations/{id}          | yyy
            GET /api/articles/{articleId}/annotations/{id}/history  | yyy
            GET /api/articles/{articleId}/assignees                 | yyy
            GET /api/articles/{articleId}/events                    | yyy
            GET /api/articles/{articleId}/export                    | yyy
            GET /api/articles/{id}                                  | yyy
            GET /api/articles/{id}/original                         | yyy
            GET /api/docs                                           | anyone
            GET /api/events                                         | yyy
            GET /api/exports                                        | nyy
            GET /api/exports/formats                                | yyy
            GET /api/exports/{job:[0-9a-fA-F-]{36}}                 | nyy
            GET /api/exports/{job:[0-9a-fA-F-]{36}}/download        | nyy
            GET /api/me                                             | yyy
            GET /api/me/assignments                                 | yyy
            GET /api/me/work                                        | yyy
            GET /api/openapi.json                                   | anyone
            GET /api/openapi.json.yaml                              | anyone
            GET /api/openapi.json/swagger-config                    | anyone
            GET /api/review/queue                                   | nyy
            GET /api/review/reasons                                 | yyy
            GET /api/sources                                        | yyy
            GET /api/sources/{id}                                   | yyy
            GET /api/tokens                                         | yyy
            GET /api/users                                          | nny
            GET /api/users/{username}                               | nny
            PATCH /api/sources/{id}                                 | nyy
            PATCH /api/users/{username}                             | nny
            POST /api/articles                                      | yyy
            POST /api/articles/{articleId}/annotations              | yyy
            POST /api/articles/{articleId}/annotations/{id}/restore | yyy
            POST /api/articles/{articleId}/annotations/{id}/review  | nyy
            POST /api/articles/{articleId}/annotations/{id}/submit  | ynn
            POST /api/articles/{articleId}/submit                   | yyy
            GET /api/articles/{articleId}/suggestions               | yyy
            POST /api/articles/{articleId}/suggestions/accept       | yyy
            POST /api/articles/{articleId}/suggestions/dismiss      | yyy
            POST /api/exports                                       | nyy
            POST /api/sources                                       | yyy
            POST /api/sources/{id}/merge                            | nyy
            POST /api/tokens                                        | yyy
            POST /api/users                                         | nny
            POST /api/users/{username}/unlock                       | nny
            PUT /api/articles/{articleId}/annotations/{id}          | yyy
            PUT /api/articles/{articleId}/assignees                 | nyy
            DELETE /anno/{articleId}/{annotationId}                 | yyy
            GET /anno/{articleId}/                                  | yyy
            GET /anno/{articleId}/{annotationId}                    | yyy
            OPTIONS /anno/{articleId}/                              | yyy
            OPTIONS /anno/{articleId}/{annotationId}                | yyy
            POST /anno/{articleId}/                                 | yyy
            PUT /anno/{articleId}/{annotationId}                    | yyy
            """);

    private static final String ANYONE = "anyone";

    /**
     * Bodies that pass the controllers' own checks, where those come before the role check, so that the
     * table shows the role check and not a 400 for an empty body. Others get {}.
     */
    private static final Map<String, String> BODIES = Map.of(
            "POST /api/users", "{\"username\":\"matrix-UNIQUE\",\"displayName\":\"M\",\"password\":\"long-enough-pass-1\","
                    + "\"roles\":[\"FACT_CHECKER\"]}",
            "POST /api/articles/{articleId}/annotations/{id}/review", "{\"decision\":\"APPROVE\"}",
            "POST /api/exports", "{\"formats\":[\"jsonl\"]}",
            "POST /api/sources/{id}/merge", "{\"into\":-424242}",
            "PUT /api/articles/{articleId}/assignees", "{\"usernames\":[]}");

    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAdministration administration;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    AnnotationService annotations;
    @LocalServerPort
    int port;

    private static Map<String, String> table(String rows) {
        Map<String, String> t = new TreeMap<>();
        rows.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
            int bar = l.lastIndexOf('|');
            t.put(l.substring(0, bar).strip(), l.substring(bar + 1).strip());
        });
        return t;
    }

    private static String rows(Map<String, String> actual) {
        int width = actual.keySet().stream().mapToInt(String::length).max().orElse(10);
        return actual.entrySet().stream().map(e -> String.format("%-" + width + "s | %s", e.getKey(), e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void everyServiceMethodLetsInExactlyTheRolesOfTheTable() {
        Map<String, String> actual = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("com.credence.") || type.getPackageName().endsWith(".internal")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()) {
                    continue;
                }
                StringBuilder flags = new StringBuilder();
                for (String role : ROLES) {
                    flags.append(passes(bean, m, role) ? 'y' : 'n');
                }
                actual.put(type.getSimpleName() + "." + m.getName() + "(" + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                        .collect(Collectors.joining(",")) + ")", flags.toString());
            }
        }
        assertThat(actual).as("the service table; as it is now:\n%s\n", rows(actual)).isEqualTo(SERVICES);
    }

    /** True when the call gets past method security (whatever it does then with the dummy arguments). */
    private static boolean passes(Object bean, Method m, String role) {
        if (!role.equals("anonymous")) {
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("matrix-" + role.toLowerCase(), null,
                    "ROLE_" + role));
        }
        try {
            Method onProxy = bean.getClass().getMethod(m.getName(), m.getParameterTypes());
            onProxy.invoke(bean, Arrays.stream(m.getParameterTypes()).map(RoleMatrixTest::dummy).toArray());
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return !(cause instanceof AccessDeniedException || cause instanceof AuthenticationCredentialsNotFoundException);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A harmless argument of this type: ids that do not exist, empty texts and lists, nulls. */
    private static Object dummy(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return -424242L;
        } else if (type == int.class || type == Integer.class) {
            return 0;
        } else if (type == boolean.class || type == Boolean.class) {
            return false;
        } else if (type == String.class) {
            return "matrix-probe-" + UUID.randomUUID().toString().substring(0, 6);
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type == List.class || type == java.util.Collection.class) {
            return List.of();
        } else if (type == Set.class) {
            return Set.of();
        } else if (type == Map.class) {
            return Map.of();
        } else if (type == Optional.class) {
            return Optional.empty();
        } else if (type == Pageable.class) {
            return PageRequest.of(0, 1);
        } else if (type == Instant.class) {
            return Instant.now();
        } else if (type == LocalDate.class) {
            return LocalDate.now();
        }
        return null;
    }

    @Test
    void everyApiEndpointAnswersEachRoleAsTheTableSays() {
        ApiClient api = new ApiClient(port);
        Map<String, String> users = new TreeMap<>();
        for (String role : ROLES.subList(1, ROLES.size())) {
            users.put(role, accounts.create("matrix-" + role.toLowerCase().replace('_', '-'), role).username());
        }
        UserSummary disabled = accounts.create("matrix-disabled", Roles.ADMIN);
        accounts.asSystemAdmin(() -> administration.setEnabled(disabled.id(), false));
        accounts.signInAs(users.get(Roles.FACT_CHECKER));
        ArticleDetail article = articleImport.importArticle(new ImportSource.Pasted("The matrix met on Monday. It ruled " + UUID.randomUUID()
                + ".", ImportFormat.TEXT), new ArticleMetadata("Matrix", null, null, null, null), true);
        long annotation = annotations.create(article.id(), AnnotationDraft.tagging(0, 25, "reported")).id();
        TestAccounts.signOut();

        Map<String, String> actual = new TreeMap<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (!(pattern.startsWith("/api/") || pattern.startsWith("/anno/")) || pattern.equals("/api/**") || pattern.equals("/anno/**")) {
                    continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    String path = pattern.replace("{articleId}", String.valueOf(article.id())).replace("{aid}", String.valueOf(annotation))
                            .replace("{username}", users.get(Roles.FACT_CHECKER)).replaceAll("\\{job:[^/]*", UUID.randomUUID().toString())
                            .replaceAll("\\{[a-zA-Z]+}", String.valueOf(annotation));
                    String body = !Set.of("POST", "PUT", "PATCH").contains(method.name()) ? null
                            : BODIES.getOrDefault(method.name() + " " + pattern, "{}").replace("UNIQUE", UUID.randomUUID().toString().substring(0, 8));
                    // anonymous: 401, never the endpoint, unless its row says anyone may; disabled: 401
                    int anonymous = call(api, method.name(), path, null, body);
                    if (!ANYONE.equals(API.get(method.name() + " " + pattern))) {
                        assertThat(anonymous).as("anonymous " + method + " " + pattern).isEqualTo(401);
                    }
                    assertThat(call(api, method.name(), path, disabled.username(), body)).as("disabled " + method + " " + pattern)
                            .isEqualTo(401);
                    StringBuilder flags = new StringBuilder();
                    for (String role : ROLES.subList(1, ROLES.size())) {
                        int status = call(api, method.name(), path, users.get(role), body);
                        assertThat(status).as(role + " " + method + " " + pattern).isNotIn(500, 401);
                        flags.append(status == 403 ? 'n' : 'y');
                    }
                    actual.put(method.name() + " " + pattern, anonymous != 401 && anonymous < 400 && flags.toString().equals("yyy") ? ANYONE
                            : flags.toString());
                }
            }
        }
        assertThat(actual).as("the API table; as it is now:\n%s\n", rows(actual)).isEqualTo(API);
    }

    private static int call(ApiClient api, String method, String path, String user, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + path));
        if (user != null) {
            b.header("Authorization", ApiClient.basic(user, TestAccounts.PASSWORD));
        }
        b.method(method, body != null ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (path.endsWith("/events")) {
            return streamStatus(b.timeout(java.time.Duration.ofSeconds(20)).build());
        }
        return api.send(b.build()).statusCode();
    }

    /** An event stream stays open: its status only, then the connection closed. */
    private static int streamStatus(HttpRequest request) {
        try {
            HttpResponse<java.io.InputStream> r = java.net.http.HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofInputStream());
            r.body().close();
            return r.statusCode();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

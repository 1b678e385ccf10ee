package com.credence.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.CredenceApplication;
import com.credence.TestDatabases;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Annotation events are durable: a listener that fails (here: once, as a crash would leave it) keeps
 * its publication incomplete in the database, and the next start of Credence delivers it again.
 */
@org.junit.jupiter.api.Tag("database")
class EventRepublicationTest {

    /** A module listener that fails the first time it is called and succeeds afterwards. Registered only here. */
    static class FlakyListener {

        static final List<Long> CALLS = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(AnnotationCreated event) {
            CALLS.add(event.annotationId());
            if (CALLS.size() == 1) {
                throw new IllegalStateException("simulated failure before the work was done");
            }
        }
    }

    /** Each application context installs its own (Vaadin-aware) strategy globally; the other tests' cached context needs its own back. */
    private final SecurityContextHolderStrategy strategyBefore = SecurityContextHolder.getContextHolderStrategy();
    private final TestDatabases.Database database = TestDatabases.fresh("republish");
    private ConfigurableApplicationContext running;

    private ConfigurableApplicationContext start() {
        // arguments, not default properties: they must win over application.properties (never the ./data database)
        running = new SpringApplicationBuilder(CredenceApplication.class, FlakyListener.class)
                .run(java.util.stream.Stream.concat(java.util.Arrays.stream(database.arguments()), java.util.stream.Stream.of("--server.port=0", "--credence.demo.enabled=false",
                        "--credence.initial-admin.username=restart-admin", "--credence.initial-admin.password=not-used",
                        "--spring.main.banner-mode=off")).toArray(String[]::new));
        return running;
    }

    @AfterEach
    void stop() {
        SecurityContextHolder.clearContext();
        if (running != null) {
            running.close();
        }
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }

    @Test
    void aPublicationLeftIncompleteIsDeliveredAgainAtTheNextStart() {
        FlakyListener.CALLS.clear();
        ConfigurableApplicationContext first = start();
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("restart-admin", null, "ROLE_ADMIN"));
        ArticleDetail article = first.getBean(ArticleImport.class).importArticle(
                new ImportSource.Pasted("The council said it would decide soon. " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Restart", null, null, null, null), false);
        AnnotationView a = first.getBean(AnnotationService.class).create(article.id(), AnnotationDraft.tagging(0, 11, "reported"));
        waitFor(() -> FlakyListener.CALLS.size() == 1);
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        assertThat(first.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(database.url());
        String incomplete = "select count(*) from event_publication where completion_date is null and listener_id like '%FlakyListener%'";
        waitFor(() -> jdbc.queryForObject(incomplete, Integer.class) == 1);

        first.close(); // the instance goes away with the work undone
        running = null;
        ConfigurableApplicationContext second = start();

        waitFor(() -> FlakyListener.CALLS.size() == 2);
        assertThat(FlakyListener.CALLS).containsExactly(a.id(), a.id());
        JdbcTemplate again = second.getBean(JdbcTemplate.class);
        waitFor(() -> again.queryForObject(incomplete, Integer.class) == 0);
    }

    private static void waitFor(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

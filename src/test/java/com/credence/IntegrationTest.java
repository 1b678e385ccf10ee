package com.credence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.junit.jupiter.api.Tag;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A test against the whole application, served on a random port, on its own in-memory H2 database (never the ./data file),
 * or on a new PostgreSQL database of its own when the tests run against PostgreSQL ({@link TestDatabases}), without demo
 * content: tests create the users and articles they need. Tagged {@code database}: the second, PostgreSQL pass runs these,
 * except the browser tests tagged {@link #PAGE}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:credence-test-${random.uuid};DB_CLOSE_DELAY=-1",
        "credence.demo.enabled=false",
        "credence.initial-admin.password=not-used-by-tests",
        "credence.security.max-failed-sign-ins=3",
        "credence.security.lock-duration=10m",
        // BCrypt's cheapest cost: tests check passwords thousands of times, not their strength
        "credence.security.password-hash-cost=4",
        "credence.exports.dir=${java.io.tmpdir}/credence-test-exports-${random.uuid}",
        // tests serve the pages they import by address from a server on this machine
        "credence.import.allow-private-addresses=true"
})
@Import(TestAccounts.class)
@ContextConfiguration(initializers = TestDatabases.class)
@Tag("database")
public @interface IntegrationTest {

    /**
     * The tag of a browser test whose subject is the page itself (how it reads to axe, to the keyboard, to a screen
     * reader, what a journey through forms shows), not the data under it: the database behind those pages is the one the
     * service, API and view tests check on PostgreSQL too, so the PostgreSQL pass leaves these out and keeps the browser
     * tests where the database is the point (concurrent edits, live updates, rights ending, hostile values stored,
     * merges, queues). The H2 pass runs every browser test.
     */
    String PAGE = "page";
}

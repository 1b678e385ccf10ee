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
 * content: tests create the users and articles they need. Tagged {@code database}: the second, PostgreSQL pass runs these.
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
        "credence.exports.dir=${java.io.tmpdir}/credence-test-exports-${random.uuid}",
        // tests serve the pages they import by address from a server on this machine
        "credence.import.allow-private-addresses=true"
})
@Import(TestAccounts.class)
@ContextConfiguration(initializers = TestDatabases.class)
@Tag("database")
public @interface IntegrationTest {
}

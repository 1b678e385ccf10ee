package com.credence.tagset;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.security.Roles;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tag set kept in memory for annotation writes: a change made on this instance is seen at once, one made
 * in the database by another instance within {@link TagService#FRESH_FOR} and a little.
 */
@IntegrationTest
class TagSetFreshnessTest {

    @Autowired
    TagService tags;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aChangeHereIsSeenAtOnceAndOneFromAnotherInstanceWithinTheFreshnessWindow() throws Exception {
        accounts.signInAs(accounts.create("fresh-editor", Roles.EDITOR).username());
        String key = "f" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(tags.byKey("reported")).isPresent(); // the set is read and kept now
        tags.create(key, new TagDraft("Fresh " + key, "#225588", null, null, "A tag made here."));
        assertThat(tags.byKey(key)).hasValueSatisfying(t -> assertThat(t.retired()).isFalse());
        tags.setRetired(key, true);
        assertThat(tags.byKey(key)).hasValueSatisfying(t -> assertThat(t.retired()).isTrue());

        // another instance adds a tag: straight into the table, as its service would
        String elsewhere = "g" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(tags.byKey(elsewhere)).isEmpty();
        jdbc.update("insert into tag (tag_key, name, colour, definition, retired, position, line_style) values (?, ?, ?, ?, false, 99, 'solid')",
                elsewhere, "Elsewhere " + elsewhere, "#664422", "Made on another instance.");
        Instant deadline = Instant.now().plus(TagService.FRESH_FOR).plus(Duration.ofSeconds(2));
        while (tags.byKey(elsewhere).isEmpty()) {
            assertThat(Instant.now()).as("the other instance's tag is seen within %s", TagService.FRESH_FOR).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /** A tag made in a transaction that rolls back is gone at once, also when that transaction read the set after making it. */
    @Test
    void aTagMadeAndReadInATransactionThatRollsBackIsNotKept() {
        accounts.signInAs(accounts.create("rollback-editor", Roles.EDITOR).username());
        String key = "r" + UUID.randomUUID().toString().substring(0, 8);
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            tags.create(key, new TagDraft("Rolled back " + key, "#225588", null, null, "Never committed."));
            assertThat(tags.byKey(key)).isPresent(); // read inside the transaction: it sees its own tag
            status.setRollbackOnly();
        });
        assertThat(tags.byKey(key)).isEmpty();
    }
}

package com.credence.tagset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.Concurrently;
import com.credence.FreshDatabase;
import com.credence.IntegrationTest;
import com.credence.base.SeedOnce;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Several instances starting at once on one empty database seed exactly one tag set. */
@IntegrationTest
class TagSeedConcurrencyTest {

    @Autowired
    Flyway flyway;
    @Autowired
    ResourceLoader resources;

    @Test
    void instancesStartingAtOnceSeedOneTagSet() throws Exception {
        DataSource db = FreshDatabase.migrated(flyway);
        // each "instance" has its own seeder, transaction manager and connections
        List<Boolean> seeded = Concurrently.atOnce(4, i -> new TagSeed(
                new SeedOnce(db, new DataSourceTransactionManager(db), Clock.systemUTC()), resources, "file:./config/tags.json")::seed);
        assertThat(seeded).containsOnlyOnce(true);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        assertThat(jdbc.queryForList("select tag_key from tag order by position", String.class))
                .containsExactly("reported", "attributed", "contested");
        assertThat(jdbc.queryForObject("select count(*) from seed where name = 'tagset'", Integer.class)).isEqualTo(1);

        // a later start seeds nothing, even after an editor deleted a tag
        jdbc.update("delete from tag where tag_key = 'contested'");
        TagSeed later = new TagSeed(new SeedOnce(db, new DataSourceTransactionManager(db), Clock.systemUTC()), resources,
                "file:./config/tags.json");
        assertThat(later.seed()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from tag", Integer.class)).isEqualTo(2);
    }
}

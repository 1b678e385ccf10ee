package com.credence.source.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.TestDatabases;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migrations V20 and 20.1 on a database that has annotations already: one entry per source name as
 * matched ("The Army", "army" and "ARMY" are one), every annotation with a source linked to its entry.
 */
@IntegrationTest
class SourceBackfillTest {

    @Autowired
    Flyway flyway;

    @Test
    void existingSourceNamesBecomeEntriesAndTheirAnnotationsAreLinked() {
        TestDatabases.Database db = TestDatabases.fresh("backfill");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(db.url(), db.username(), db.password());
        Map<String, String> placeholders = new HashMap<>(flyway.getConfiguration().getPlaceholders());
        placeholders.put("tinyint", db.tinyint());
        Flyway.configure().configuration(flyway.getConfiguration()).dataSource(dataSource).placeholders(placeholders).target("19").load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into tag (tag_key, name, colour, definition, position) values ('attributed', 'Attributed', '#123456', 'd', 1)");
        jdbc.update("insert into article (id, title, body, sha256, imported_by, imported_at) values (1, 'T', 'The army said so. Ministère said.',"
                + " 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'x', current_timestamp)");
        String[] sources = {"The Army", "army", "ARMY", "Ministère", null};
        for (int i = 0; i < sources.length; i++) {
            jdbc.update("insert into annotation (id, article_id, start_offset, end_offset, quote, prefix, suffix, tag_key, source, status,"
                    + " author, created_at, updated_at, version) values (?, 1, ?, ?, 'q', '', '', 'attributed', ?, 'DRAFT', 'x',"
                    + " current_timestamp, current_timestamp, 0)", i + 1, i, i + 1, sources[i]);
        }

        Flyway.configure().configuration(flyway.getConfiguration()).dataSource(dataSource).placeholders(placeholders).load().migrate();

        List<Map<String, Object>> entries = jdbc.queryForList("select id, name, kind from source_entry order by id");
        assertThat(entries).extracting(e -> e.get("NAME") == null ? e.get("name") : e.get("NAME")).containsExactly("The Army", "Ministère");
        List<Long> armyLinks = jdbc.queryForList("select distinct source_id from annotation where id in (1, 2, 3)", Long.class);
        assertThat(armyLinks).hasSize(1).doesNotContainNull();
        assertThat(jdbc.queryForObject("select count(*) from source_name", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select source_id from annotation where id = 5", Long.class)).isNull();
        assertThat(jdbc.queryForObject("select s.name from annotation a join source_entry s on s.id = a.source_id where a.id = 4",
                String.class)).isEqualTo("Ministère");
    }
}

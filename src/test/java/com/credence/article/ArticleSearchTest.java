package com.credence.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.TestDatabases;
import com.credence.article.internal.ArticleRepository;
import com.credence.security.Roles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Article search on the database the tests run on: H2 finds what contains the query; PostgreSQL
 * searches words (full-text search) through its GIN index. Both: case-insensitive, any character
 * in a query is only text, the count agrees with the page.
 */
@IntegrationTest
class ArticleSearchTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ArticleRepository repository;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private String user;
    private final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @BeforeEach
    void signIn() {
        user = accounts.create("searcher", Roles.FACT_CHECKER).username();
        accounts.signInAs(user);
    }

    private List<Long> ids(String query) {
        List<Long> page = articles.search(query, PageRequest.of(0, 50)).stream().map(ArticleSummary::id).toList();
        assertThat(articles.count(query)).as("count of " + query).isEqualTo(page.size());
        return page;
    }

    @Test
    void findsByTitleOutletOrTextWhateverTheCase() {
        long ministry = TestArticles.store(repository, "Ministry statement " + marker, "The Ministry of Defence said the bridge was closed.", user);
        long harbour = TestArticles.store(repository, "Harbour " + marker, "Fishermen reported calm seas off the northern harbour.", user);

        assertThat(ids(marker)).containsExactlyInAnyOrder(ministry, harbour);
        assertThat(ids(marker.toUpperCase())).as("any case").containsExactlyInAnyOrder(ministry, harbour);
        assertThat(ids("STATEMENT " + marker)).containsExactly(ministry);
        assertThat(ids("northern harbour")).contains(harbour).doesNotContain(ministry);
        if (TestDatabases.postgres()) { // words, in any order, each a word's beginning, from title, outlet and text together
            assertThat(ids("DEFENCE " + marker)).containsExactly(ministry);
            assertThat(ids("harb north " + marker.substring(0, 8))).containsExactly(harbour);
            assertThat(ids("test outl " + marker)).containsExactlyInAnyOrder(ministry, harbour);
        } else { // what contains the query
            assertThat(ids("inistry of def")).contains(ministry).doesNotContain(harbour);
            assertThat(ids("DEFENCE " + marker)).isEmpty();
        }
        assertThat(ids("nothing-like-this-" + marker)).isEmpty();
    }

    @Test
    void queryCharactersAreOnlyText() {
        long quoted = TestArticles.store(repository, "Quotes " + marker, "Officials' \"so-called\" 100% plan & its | critics: !none.", user);
        for (String hostile : List.of("'", "\\", "%", "_", "&", "|", "!", ":*", "' | '", "so-called", "100%", "!none", "&|!()<->:*'\"")) {
            assertThat(ids(hostile + " " + marker)).as(hostile).doesNotContainNull(); // answers, never an error
        }
        assertThat(ids(marker)).containsExactly(quoted);
        if (TestDatabases.postgres()) { // punctuation only separates words
            assertThat(ids("so-called critics " + marker)).containsExactly(quoted);
            assertThat(ids("100% " + marker)).containsExactly(quoted);
            assertThat(ids("101% " + marker)).isEmpty();
        } else { // % and _ are themselves, not LIKE's wildcards
            assertThat(ids("\"so-called\" 100% plan")).contains(quoted);
            assertThat(ids("100% " + marker)).isEmpty();
            assertThat(ids("100_ plan")).isEmpty();
        }
    }

    @Test
    void onPostgresqlTheSearchIsAnsweredByTheFullTextIndex() throws InterruptedException {
        assumeThat(TestDatabases.postgres()).as("PostgreSQL only").isTrue();
        // enough other articles that the planner prefers the index to reading the table
        jdbc.batchUpdate("insert into article (title, outlet, body, sha256, unique_text, imported_by, imported_at, version, progress) "
                + "values (?, 'Filler', ?, ?, null, ?, now(), 0, 'NEW')", java.util.stream.IntStream.range(0, 3000).mapToObj(i ->
                new Object[] {"Filler " + i, "Routine filler text number " + i + " about weather.", String.format("%064d", i), user}).toList());
        long needle = TestArticles.store(repository, "Needle " + marker, "A single article with the marker.", user);
        jdbc.execute("analyze article");
        Long before = jdbc.queryForObject("select idx_scan from pg_stat_user_indexes where indexrelname = 'ix_article_words'", Long.class);

        assertThat(ids(marker)).containsExactly(needle);

        Instant until = Instant.now().plus(Duration.ofSeconds(20)); // statistics reach the view when the searching session flushes them
        long after = before == null ? 0 : before;
        while (after <= (before == null ? 0 : before) && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            jdbc.execute("select pg_stat_clear_snapshot()");
            after = jdbc.queryForObject("select idx_scan from pg_stat_user_indexes where indexrelname = 'ix_article_words'", Long.class);
        }
        assertThat(after).as("scans of ix_article_words").isGreaterThan(before == null ? 0 : before);
    }
}

package com.credence.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.base.ConflictException;
import com.credence.security.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Parallel imports of one text store one article; the others are told it is there (a duplicate, or 409 when they raced). */
@IntegrationTest
class ImportRaceTest {

    @Autowired
    ArticleImport articleImport;
    @Autowired
    ArticleService articles;
    @Autowired
    TestAccounts accounts;

    @Test
    void eightImportsOfTheSameTextAtOnceStoreOneArticle() throws Exception {
        String user = accounts.create("racer", Roles.FACT_CHECKER).username();
        String marker = "race" + UUID.randomUUID().toString().replace("-", ""); // one word: found by LIKE (H2) and by full-text search
        String text = "The harbour board met on Tuesday. It voted to raise fees " + marker + ".";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                outcomes.add(pool.submit(() -> {
                    accounts.signInAs(user);
                    go.await();
                    try {
                        articleImport.importArticle(new ImportSource.Pasted(text, ImportFormat.TEXT),
                                new ArticleMetadata("Fees", null, null, null, null), false);
                        return "stored";
                    } catch (DuplicateArticleException e) {
                        return "duplicate";
                    } catch (ConflictException e) {
                        return "raced";
                    } finally {
                        TestAccounts.signOut();
                    }
                }));
            }
            go.countDown();
            List<String> seen = new ArrayList<>();
            for (Future<String> f : outcomes) {
                seen.add(f.get());
            }
            assertThat(seen).containsOnlyOnce("stored").hasSize(8);
        } finally {
            pool.shutdownNow();
        }
        accounts.signInAs(user);
        try {
            assertThat(articles.count(marker)).isEqualTo(1);
            // an explicit duplicate is still possible, on purpose
            articleImport.importArticle(new ImportSource.Pasted(text, ImportFormat.TEXT), new ArticleMetadata("Fees again", null, null,
                    null, null), true);
        } finally {
            TestAccounts.signOut();
        }
    }
}

package com.credence.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.StreamedEvent;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.security.Roles;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Live updates reach the open views of the article after commit, off the saver's thread. */
@IntegrationTest
class AnnotationBroadcasterTest {

    @Autowired
    AnnotationBroadcaster broadcaster;
    @Autowired
    AnnotationService annotations;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private ArticleDetail article() {
        return articleImport.importArticle(new ImportSource.Pasted("Officials said the road reopens. " + UUID.randomUUID(),
                ImportFormat.TEXT), new ArticleMetadata("Road", null, null, null, null), false);
    }

    @Test
    void aSlowViewNeverHoldsUpThePersonWhoSaved() throws InterruptedException {
        accounts.signInAs(accounts.create("saver", Roles.FACT_CHECKER).username());
        ArticleDetail article = article();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch delivered = new CountDownLatch(1);
        AtomicReference<Thread> listenerThread = new AtomicReference<>();
        List<StreamedEvent> received = new CopyOnWriteArrayList<>();
        Runnable unregister = broadcaster.register(article.id(), event -> {
            listenerThread.set(Thread.currentThread());
            received.add(event);
            try {
                release.await(10, TimeUnit.SECONDS); // a browser that takes its time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            delivered.countDown();
        });
        try {
            AnnotationView a = annotations.create(article.id(), AnnotationDraft.tagging(0, 9, "attributed"));
            boolean savedWhileTheViewWasBusy = delivered.getCount() == 1;
            release.countDown();

            assertThat(delivered.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(savedWhileTheViewWasBusy).isTrue();
            assertThat(listenerThread.get()).isNotSameAs(Thread.currentThread());
            assertThat(received).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo("annotation.created");
                assertThat(e.annotationId()).isEqualTo(a.id());
                assertThat(e.articleId()).isEqualTo(article.id());
                assertThat(e.by()).isEqualTo(a.author());
                assertThat(e.author()).isEqualTo(a.author());
            });
        } finally {
            unregister.run();
        }
    }

    @Test
    void aViewHearsOnlyItsOwnArticleAndNothingAfterUnsubscribing() throws InterruptedException {
        accounts.signInAs(accounts.create("writer", Roles.FACT_CHECKER).username());
        ArticleDetail mine = article();
        ArticleDetail other = article();
        List<StreamedEvent> received = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        Runnable unregister = broadcaster.register(mine.id(), e -> {
            received.add(e);
            first.countDown();
        });
        annotations.create(other.id(), AnnotationDraft.tagging(0, 9, "reported"));
        AnnotationView onMine = annotations.create(mine.id(), AnnotationDraft.tagging(0, 9, "reported"));
        assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
        unregister.run();
        assertThat(broadcaster.subscribers(mine.id())).isZero();
        annotations.create(mine.id(), AnnotationDraft.tagging(10, 14, "reported"));
        Thread.sleep(300);
        assertThat(received).extracting(StreamedEvent::annotationId).containsExactly(onMine.id());
    }
}

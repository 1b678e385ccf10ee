package com.credence.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.CredenceApplication;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ArticleService;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The H2 backup and restore the README documents, done once for real: Credence runs on a data folder
 * and an article is imported; with Credence stopped, H2's Backup tool copies the database and Restore
 * puts it into another folder; Credence started on the copy has the article, text and sentences alike.
 */
class BackupRestoreTest {

    @TempDir
    Path temp;

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(CredenceApplication.class).run("--server.port=0", "--credence.data-dir=" + dataDir,
                "--credence.demo.enabled=false", "--credence.initial-admin.password=backup-test-admin",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN");
    }

    private static <T> T asAdmin(Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aBackedUpDatabaseRestoresWithItsContent() throws Exception {
        Path live = Files.createDirectories(temp.resolve("data"));
        ArticleDetail before;
        try (ConfigurableApplicationContext app = start(live)) {
            before = asAdmin(() -> app.getBean(ArticleImport.class).importArticle(new ImportSource.Pasted(
                    "The council met on Monday. It approved the budget.", ImportFormat.TEXT),
                    new ArticleMetadata("Backed up", "The Courier", null, null, null), false));
        }

        Path zip = temp.resolve("credence-backup.zip");
        org.h2.tools.Backup.execute(zip.toString(), live.toString(), "credence", true);
        Path restored = Files.createDirectories(temp.resolve("restored"));
        org.h2.tools.Restore.execute(zip.toString(), restored.toString(), "credence");

        try (ConfigurableApplicationContext app = start(restored)) {
            ArticleDetail after = asAdmin(() -> app.getBean(ArticleService.class).get(before.id()));
            assertThat(after.title()).isEqualTo("Backed up");
            assertThat(after.text()).isEqualTo(before.text());
            assertThat(after.sentences()).isEqualTo(before.sentences());
            assertThat(asAdmin(() -> app.getBean(ArticleService.class).original(before.id())).content())
                    .isEqualTo("The council met on Monday. It approved the budget.");
        }
    }
}

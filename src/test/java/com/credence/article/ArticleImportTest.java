package com.credence.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.base.InvalidInputException;
import com.credence.security.Roles;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class ArticleImportTest {

    @Autowired
    ArticleImport articleImport;
    @Autowired
    ArticleService articles;
    @Autowired
    TestAccounts accounts;

    String user;

    @BeforeEach
    void signIn() {
        user = accounts.create("importer", Roles.FACT_CHECKER).username();
        accounts.signInAs(user);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static String unique(String text) {
        return text + " Reference " + UUID.randomUUID() + ".";
    }

    private static ImportSource plain(String text) {
        return new ImportSource.Pasted(text, ImportFormat.TEXT);
    }

    private static ArticleMetadata titled(String title) {
        return new ArticleMetadata(title, null, null, null, null);
    }

    @Test
    void importStoresCleanedTextWithHashSentencesImporterAndMetadata() {
        String text = unique("Mr. Reyk said the bridge was safe. Engineers disagree.\n\nThe council meets on Monday.");
        ArticleDetail saved = articleImport.importArticle(plain(text),
                new ArticleMetadata("Bridge row", " The Courier ", "https://courier.example/bridge", "A. Writer",
                        LocalDate.of(2026, 3, 14)), false);

        ArticleDetail read = articles.get(saved.id());
        assertThat(read.title()).isEqualTo("Bridge row");
        assertThat(read.outlet()).isEqualTo("The Courier");
        assertThat(read.url()).isEqualTo("https://courier.example/bridge");
        assertThat(read.publishedAt()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(read.importedBy()).isEqualTo(user);
        assertThat(read.text()).isEqualTo(text);
        assertThat(read.sha256()).hasSize(64).isEqualTo(sha256(text));
        assertThat(read.sentences()).extracting(s -> read.text().substring(s.start(), s.end())).containsExactly(
                "Mr. Reyk said the bridge was safe.", "Engineers disagree.", "The council meets on Monday.",
                text.substring(text.indexOf("Reference")));
    }

    @Test
    void theSameTextTwiceIsNoticedAndNothingIsCreatedUnlessConfirmed() {
        String text = unique("The port strike entered its second week.");
        ArticleDetail first = articleImport.importArticle(plain(text), titled("First"), false);
        long before = articles.count();

        assertThatThrownBy(() -> articleImport.importArticle(plain(text + "\n"), titled("Again"), false))
                .isInstanceOf(DuplicateArticleException.class)
                .satisfies(e -> assertThat(((DuplicateArticleException) e).existing().id()).isEqualTo(first.id()));
        assertThat(articles.count()).isEqualTo(before);
        assertThat(articleImport.preview(plain(text)).sameText()).extracting(ArticleSummary::id).contains(first.id());

        ArticleDetail second = articleImport.importArticle(plain(text), titled("Again"), true);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(articles.count()).isEqualTo(before + 1);
    }

    @Test
    void theSameUrlTwiceIsNoticed() {
        String url = "https://courier.example/" + UUID.randomUUID();
        articleImport.importArticle(plain(unique("One text.")), new ArticleMetadata("A", null, url, null, null), false);
        assertThatThrownBy(() -> articleImport.importArticle(plain(unique("Another text.")),
                new ArticleMetadata("B", null, url, null, null), false)).isInstanceOf(DuplicateArticleException.class);
    }

    @Test
    void titleComesFromTheHtmlWhenNotGiven() {
        String html = "<html><head><title>From the title tag</title></head><body><p>" + unique("Body text.") + "</p></body></html>";
        ArticleDetail saved = articleImport.importArticle(new ImportSource.Pasted(html, ImportFormat.HTML),
                titled("  "), false);
        assertThat(saved.title()).isEqualTo("From the title tag");
    }

    @Test
    void uploadsAreDecodedByTheirFormat() {
        String html = "<h1>Uploaded</h1><script>alert(1)</script><p>" + unique("Uploaded “text”.") + "</p>";
        ArticleDetail saved = articleImport.importArticle(
                new ImportSource.Upload("story.HTML", html.getBytes(StandardCharsets.UTF_8)), titled(null), false);
        assertThat(saved.title()).isEqualTo("Uploaded");
        assertThat(saved.text()).startsWith("Uploaded\n\nUploaded “text”.").doesNotContain("alert");
    }

    @Test
    void badInputGetsAClearMessageAndStoresNothing() {
        long before = articles.count();
        assertRefused(plain(""), titled("Empty"), "empty");
        assertRefused(plain(" \n\t \n"), titled("Blank"), "empty");
        assertRefused(new ImportSource.Pasted("<script>alert(1)</script><style>p{}</style>", ImportFormat.HTML),
                titled("Scripts only"), "no readable text");
        assertRefused(plain("x".repeat(5 * 1024 * 1024 + 1)), titled("Huge"), "larger than the import limit");
        assertRefused(new ImportSource.Upload("a.txt", new byte[] {'a', 0, 1, 2, 3, 0, 0}), titled("Binary"), "binary");
        assertRefused(new ImportSource.Upload("a.txt", new byte[] {'C', 'a', 'f', (byte) 0xC3, (byte) 0xA9, ' ', (byte) 0xC3, '('}),
                titled("Broken"), "invalid byte sequence");
        assertRefused(new ImportSource.Upload("a.pdf", "text".getBytes(StandardCharsets.UTF_8)), titled("PDF"), ".txt, .md and .html");
        assertRefused(new ImportSource.Upload("a.txt", new byte[0]), titled("Nothing"), "empty");
        assertRefused(plain(unique("Fine text.")), titled(null), "title");
        assertRefused(plain(unique("Fine text.")), new ArticleMetadata("T", null, "javascript:alert(1)", null, null), "http");
        assertRefused(plain(unique("Fine text.")), new ArticleMetadata("T", null, "not a url", null, null), "URL");
        assertRefused(plain(unique("Fine text.")), new ArticleMetadata("x".repeat(501), null, null, null, null), "title");
        assertRefused(plain(unique("Fine text.")), new ArticleMetadata("T", null, null, null, LocalDate.of(2999, 1, 1)), "future");
        assertThat(articles.count()).isEqualTo(before);
    }

    private void assertRefused(ImportSource source, ArticleMetadata meta, String message) {
        assertThatThrownBy(() -> articleImport.importArticle(source, meta, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(message);
    }

    @Test
    void aFullSizeArticleIsStored() {
        StringBuilder text = new StringBuilder();
        int n = 0;
        while (text.length() < 4_500_000) {
            text.append("Paragraph ").append(n++).append(" says the council met. Officials said “nothing”.\n\n");
        }
        ArticleDetail saved = articleImport.importArticle(plain(text.toString()), titled("Long"), false);
        assertThat(articles.get(saved.id()).text()).hasSize(saved.text().length());
        assertThat(saved.sentences()).hasSize(2 * n);
    }

    @Test
    void nobodySignedInCannotImportOrRead() {
        TestAccounts.signOut();
        assertThatThrownBy(() -> articleImport.importArticle(plain("Text."), titled("T"), false))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> articles.count()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

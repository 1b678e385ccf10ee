package com.credence.article.internal;

import com.credence.article.ArticleMetadata;
import com.credence.article.ArticleTooLargeException;
import com.credence.article.ImportPreview;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.text.TextSpan;
import com.credence.base.InvalidInputException;
import com.credence.text.Boilerplate;
import com.credence.text.SentenceSplitter;
import com.credence.text.TextCleaner;
import com.credence.text.TextDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Decode, clean, leave out, hash and split: everything between what a user hands over and what is
 * stored. Web pages have their story extracted first; the cleaned text's paragraphs are checked for
 * page furniture ({@link Boilerplate}), and the paragraphs left out (the proposed ones unless the user
 * chose) are not stored in the text.
 */
@Component
public class ImportPipeline {

    /**
     * The text as it will be stored, with its sentences and hash; every paragraph of the cleaned input
     * (left out or not); what the input said about itself (title, and for a web page byline, outlet,
     * address and date); and the input as it came, kept beside the article for reference.
     */
    public record Prepared(String text, List<TextSpan> sentences, String sha256, List<ImportPreview.Paragraph> paragraphs,
            ArticleMetadata found, Original original) {
    }

    /** The input as handed over: its format, the address it came from (a web page), and its text. */
    public record Original(ImportFormat format, @Nullable String address, String content) {
    }

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DataSize maxSize;

    ImportPipeline(@Value("${credence.import.max-size:5MB}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /**
     * Prepares what would be stored. {@code excluded}: the indexes of the paragraphs to leave out, or null
     * to leave out the ones proposed as page furniture.
     */
    public Prepared prepare(ImportSource source, @Nullable Set<Integer> excluded) {
        String raw;
        ImportFormat format;
        @Nullable String address = null;
        switch (source) {
            case ImportSource.Pasted pasted -> {
                checkSize(pasted.text());
                raw = pasted.text();
                format = pasted.format();
            }
            case ImportSource.Upload upload -> {
                format = upload.format();
                checkSize(upload.bytes().length);
                if (upload.bytes().length == 0) {
                    throw new InvalidInputException("The file '" + upload.filename() + "' is empty.");
                }
                raw = TextDecoder.decode(upload.bytes(), format == ImportFormat.HTML);
            }
            case ImportSource.WebPage page -> {
                checkSize(page.html());
                raw = page.html();
                format = ImportFormat.HTML;
                address = page.address();
            }
        }
        if (raw.isBlank()) {
            throw new InvalidInputException("The text is empty: there is nothing to import.");
        }
        ArticleMetadata found;
        TextCleaner.Cleaned cleaned;
        if (address != null) {
            ArticleExtractor.Extracted page = ArticleExtractor.extract(raw, java.net.URI.create(address));
            cleaned = TextCleaner.plain(String.join("\n\n", page.paragraphs()));
            found = new ArticleMetadata(page.title(), page.outlet(), address, page.byline(), page.publishedAt());
            if (cleaned.text().isEmpty()) {
                throw new InvalidInputException("No story was found on the page at " + address
                        + ": it has no paragraphs of text (it may need JavaScript, or be behind a paywall).");
            }
        } else {
            cleaned = switch (format) {
                case HTML -> TextCleaner.html(raw);
                case MARKDOWN -> TextCleaner.markdown(raw);
                case TEXT -> TextCleaner.plain(raw);
            };
            found = new ArticleMetadata(cleaned.title(), null, null, null, null);
        }
        if (cleaned.text().isEmpty()) {
            throw new InvalidInputException(format == ImportFormat.HTML
                    ? "The HTML has no readable text: after removing scripts, styles, navigation and markup nothing is left."
                    : "The text has nothing readable in it.");
        }
        List<String> texts = List.of(cleaned.text().split("\n\n"));
        List<@Nullable String> furniture = Boilerplate.detect(texts);
        Set<Integer> leftOut = excluded;
        if (leftOut == null) {
            leftOut = new HashSet<>();
            for (int i = 0; i < texts.size(); i++) {
                if (furniture.get(i) != null) {
                    leftOut.add(i);
                }
            }
        } else {
            for (int i : leftOut) {
                if (i < 0 || i >= texts.size()) {
                    throw new InvalidInputException("There is no paragraph " + i + " to leave out: the text has " + texts.size()
                            + " paragraphs, numbered from 0.");
                }
            }
        }
        List<ImportPreview.Paragraph> paragraphs = new ArrayList<>(texts.size());
        StringBuilder kept = new StringBuilder(cleaned.text().length());
        for (int i = 0; i < texts.size(); i++) {
            boolean out = leftOut.contains(i);
            paragraphs.add(new ImportPreview.Paragraph(i, texts.get(i), furniture.get(i), out));
            if (!out) {
                kept.append(kept.isEmpty() ? "" : "\n\n").append(texts.get(i));
            }
        }
        if (kept.isEmpty()) {
            throw new InvalidInputException("Every paragraph is left out: there is nothing to import. Keep at least one.");
        }
        String text = kept.toString();
        return new Prepared(text, splitter.split(text), sha256(text), paragraphs, found,
                new Original(format, address, raw));
    }

    /** Text's size in UTF-8, without encoding it when it has more characters than the limit has bytes. */
    private void checkSize(String text) {
        checkSize(text.length() > maxSize.toBytes() ? Long.MAX_VALUE : text.getBytes(StandardCharsets.UTF_8).length);
    }

    private void checkSize(long bytes) {
        if (bytes > maxSize.toBytes()) {
            throw new ArticleTooLargeException("The article is larger than the import limit of " + maxSize.toMegabytes()
                    + " MB. Split it, or ask an admin to raise credence.import.max-size.");
        }
    }

    /** The SHA-256 of the text's UTF-8 bytes in lower-case hex: what identifies a stored text. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

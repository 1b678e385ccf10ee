package com.credence.article.internal;

import com.credence.article.ArticleTooLargeException;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.text.TextSpan;
import com.credence.base.InvalidInputException;
import com.credence.text.SentenceSplitter;
import com.credence.text.TextCleaner;
import com.credence.text.TextDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Decode, clean, hash and split: everything between what a user hands over and what is stored. */
@Component
public class ImportPipeline {

    /** The text as it will be stored, with its sentences, hash and the title found in it. */
    public record Prepared(String text, List<TextSpan> sentences, String sha256, @Nullable String title) {
    }

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DataSize maxSize;

    ImportPipeline(@Value("${credence.import.max-size:5MB}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    public Prepared prepare(ImportSource source) {
        String raw;
        ImportFormat format;
        switch (source) {
            case ImportSource.Pasted pasted -> {
                checkSize(pasted.text().length() > maxSize.toBytes() ? Long.MAX_VALUE
                        : pasted.text().getBytes(StandardCharsets.UTF_8).length);
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
        }
        if (raw.isBlank()) {
            throw new InvalidInputException("The text is empty: there is nothing to import.");
        }
        TextCleaner.Cleaned cleaned = switch (format) {
            case HTML -> TextCleaner.html(raw);
            case MARKDOWN -> TextCleaner.markdown(raw);
            case TEXT -> TextCleaner.plain(raw);
        };
        if (cleaned.text().isEmpty()) {
            throw new InvalidInputException(format == ImportFormat.HTML
                    ? "The HTML has no readable text: after removing scripts, styles, navigation and markup nothing is left."
                    : "The text has nothing readable in it.");
        }
        return new Prepared(cleaned.text(), splitter.split(cleaned.text()), sha256(cleaned.text()), cleaned.title());
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

package com.credence.article;

import com.credence.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What a user hands over to import: pasted text in a format, the bytes of an uploaded file with
 * its name (which decides the format), or a web page fetched from its address.
 */
public sealed interface ImportSource {

    /** Text that is already characters (pasted, or a JSON string). */
    record Pasted(String text, ImportFormat format) implements ImportSource {
    }

    /** An uploaded file; its charset is read from a BOM, a meta tag, or detected. */
    record Upload(String filename, byte[] bytes) implements ImportSource {

        /** The file's name is refused when it could not be a file's name: control characters, broken characters, over 255 characters. */
        public Upload {
            if (filename.length() > 255 || filename.codePoints().anyMatch(Character::isISOControl)) {
                throw new InvalidInputException("The file name has control characters or is over 255 characters; rename the file.");
            }
            com.credence.base.Inputs.wellFormed(filename, "file name");
        }

        public ImportFormat format() {
            return ImportFormat.ofFilename(filename).orElseThrow(() -> new UnsupportedFileTypeException(
                    "Credence imports .txt, .md and .html files; '" + filename + "' is none of these."));
        }
    }

    /**
     * A web page fetched from its address (see {@link ArticleImport#fetch}): the story is extracted from
     * the page's HTML, and the page's title, byline, outlet and date are proposed as the article's.
     */
    record WebPage(String address, String html) implements ImportSource {
    }

    static ImportSource pasted(@Nullable String text, ImportFormat format) {
        if (text == null) {
            throw new InvalidInputException("There is no text to import.");
        }
        return new Pasted(text, format);
    }
}

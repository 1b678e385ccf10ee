package com.credence.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One export format: a bean implementing this interface is all a format takes; the API and the
 * pages list whatever beans exist. Formats write as they go (streams and generators), so memory does
 * not grow with the number of annotations.
 */
public interface ExportFormat {

    /** The short name used in the API and file names: "jsonld", "csv", ... (lower-case letters and digits). */
    String name();

    /** What people read in a menu. */
    String label();

    /** The HTTP media type of the output. */
    String mediaType();

    /** The file name ending, without the dot. */
    String extension();

    void write(ExportDocument document, OutputStream out) throws IOException;
}

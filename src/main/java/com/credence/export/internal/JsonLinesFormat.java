package com.credence.export.internal;

import com.credence.annotation.AnnotationView;
import com.credence.export.ExportDocument;
import com.credence.export.ExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** One annotation per line, with the same fields as the HTTP API. */
@Component
public class JsonLinesFormat implements ExportFormat {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public String label() {
        return "JSON Lines";
    }

    @Override
    public String mediaType() {
        return "application/jsonl";
    }

    @Override
    public String extension() {
        return "jsonl";
    }

    @Override
    public void write(ExportDocument doc, OutputStream out) throws IOException {
        for (AnnotationView a : doc.annotations()) {
            try (JsonGenerator g = JSON.createGenerator(new NonClosing(out))) {
                JSON.writeValue(g, a);
            }
            out.write('\n');
        }
        out.flush();
    }

    /** Lets each line's generator finish without closing the response. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

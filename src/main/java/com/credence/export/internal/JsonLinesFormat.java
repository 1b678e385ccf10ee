package com.credence.export.internal;

import com.credence.annotation.AnnotationView;
import com.credence.export.ExportDocument;
import com.credence.export.ExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** One annotation per line, with the same fields as the HTTP API. */
@Component
public class JsonLinesFormat implements ExportFormat {

    /** Writes one line at a time to the response without closing it. */
    private static final JsonMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

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
            JSON.writeValue(out, a);
            out.write('\n');
        }
        out.flush();
    }
}

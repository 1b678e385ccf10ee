package com.credence.article.internal;

import com.credence.text.TextSpan;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

/** Stores a list of spans compactly as "start:end,start:end,...". */
@Converter
class SpansConverter implements AttributeConverter<List<TextSpan>, String> {

    @Override
    public String convertToDatabaseColumn(List<TextSpan> spans) {
        StringBuilder out = new StringBuilder(spans.size() * 12);
        for (TextSpan s : spans) {
            if (!out.isEmpty()) {
                out.append(',');
            }
            out.append(s.start()).append(':').append(s.end());
        }
        return out.toString();
    }

    @Override
    public List<TextSpan> convertToEntityAttribute(String column) {
        List<TextSpan> spans = new ArrayList<>();
        if (column == null || column.isEmpty()) {
            return spans;
        }
        int i = 0;
        int n = column.length();
        while (i < n) {
            int colon = column.indexOf(':', i);
            int comma = column.indexOf(',', colon);
            if (comma < 0) {
                comma = n;
            }
            spans.add(new TextSpan(Integer.parseInt(column, i, colon, 10), Integer.parseInt(column, colon + 1, comma, 10)));
            i = comma + 1;
        }
        return spans;
    }
}

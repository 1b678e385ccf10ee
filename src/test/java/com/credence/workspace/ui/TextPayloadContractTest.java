package com.credence.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.annotation.AnnotationView;
import com.credence.article.ArticleDetail;
import com.credence.tagset.TagLine;
import com.credence.tagset.TagView;
import com.credence.text.TextSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payload {@code <credence-text>} receives is described once: the Java records serialise to
 * exactly the fields the TypeScript interfaces in frontend/src/payload.ts declare, absent values as null.
 */
class TextPayloadContractTest {

    private static final Pattern INTERFACE = Pattern.compile("interface (\\w+) \\{([^}]*)\\}");
    private static final Pattern FIELD = Pattern.compile("(\\w+)\\??: ");

    private static Map<String, List<String>> typeScriptInterfaces() throws IOException {
        String source = Files.readString(Path.of("frontend/src/payload.ts"));
        Map<String, List<String>> interfaces = new HashMap<>();
        Matcher m = INTERFACE.matcher(source);
        while (m.find()) {
            List<String> fields = new ArrayList<>();
            Matcher f = FIELD.matcher(m.group(2));
            while (f.find()) {
                fields.add(f.group(1));
            }
            interfaces.put(m.group(1), fields);
        }
        return interfaces;
    }

    private static List<String> fieldNames(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    @Test
    void javaSendsExactlyWhatTypeScriptDeclares() throws IOException {
        ArticleDetail article = new ArticleDetail(7, "T", null, null, null, null, "One. Two.",
                List.of(new TextSpan(0, 4), new TextSpan(5, 9)), "0".repeat(64), "someone", Instant.EPOCH);
        TagView withoutHotkey = new TagView("rumour", "Rumour", "#884488", TagLine.SOLID, null, "", false, 0);
        TagView retired = new TagView("old", "Old", "#123456", TagLine.SOLID, "4", "", true, 1);
        AnnotationView a = new AnnotationView(3, 7, 0, 4, "One.", "", " Two.", "old", null, null, null, List.of(), null, "DRAFT",
                "someone", Instant.EPOCH, Instant.EPOCH, 0, null, null);

        JsonNode json = JsonMapper.builder().build().valueToTree(TextPayload.of(article, List.of(a), List.of(withoutHotkey, retired)));
        Map<String, List<String>> ts = typeScriptInterfaces();

        assertThat(fieldNames(json)).containsExactlyInAnyOrderElementsOf(ts.get("TextPayload"));
        assertThat(fieldNames(json.get("tags").get(0))).containsExactlyInAnyOrderElementsOf(ts.get("TagData"));
        assertThat(fieldNames(json.get("annotations").get(0))).containsExactlyInAnyOrderElementsOf(ts.get("AnnotationData"));
        JsonNode suggestion = JsonMapper.builder().build().valueToTree(TextPayload.SuggestionData.of(
                new com.credence.suggestion.Suggestion(0, 4, "reported", 0, 3, null, "Rules: hedge")));
        assertThat(fieldNames(suggestion)).containsExactlyInAnyOrderElementsOf(ts.get("SuggestionData"));
        assertThat(suggestion.get("source").isNull()).isTrue();
        JsonNode change = JsonMapper.builder().build().valueToTree(new TextPayload.SuggestionChange(
                List.of(new TextPayload.SuggestionSpan(0, 4, "reported")), List.of()));
        assertThat(fieldNames(change)).containsExactlyInAnyOrderElementsOf(ts.get("SuggestionChange"));
        assertThat(fieldNames(change.get("remove").get(0))).containsExactlyInAnyOrderElementsOf(ts.get("SuggestionSpan"));
        assertThat(json.get("sentences").isArray()).isTrue();
        assertThat(json.get("sentences").size()).isEqualTo(4);
        // a missing hotkey, and the hotkey of a retired tag, are null rather than ""
        assertThat(json.get("tags").get(0).get("hotkey").isNull()).isTrue();
        assertThat(json.get("tags").get(1).get("key").asString()).isEqualTo("old");
        assertThat(json.get("tags").get(1).get("hotkey").isNull()).isTrue();
    }
}

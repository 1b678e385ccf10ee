package com.credence.tagset.internal;

import com.credence.base.SeedOnce;
import com.credence.tagset.TagLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the tag set once per database from config/tags.json (or the copy of it inside the jar).
 * Safe when several instances start at once on an empty database: see {@link SeedOnce}.
 */
@Component
@Order(5)
class TagSeed implements ApplicationRunner {

    static final String SEED = "tagset";
    private static final Logger log = LoggerFactory.getLogger(TagSeed.class);

    /** A tag of the seed file; its line (solid, dashed, dotted, double, wavy) may be left out: each in turn then. */
    record SeedTag(String key, String name, String colour, @Nullable String line, @Nullable String hotkey, String definition) {
    }

    private final SeedOnce seeds;
    private final ResourceLoader resources;
    private final String location;

    TagSeed(SeedOnce seeds, ResourceLoader resources, @Value("${credence.tags.seed:file:./config/tags.json}") String location) {
        this.seeds = seeds;
        this.resources = resources;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    /** True when this call seeded the tag set, false when it was already there. */
    boolean seed() {
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            resource = new ClassPathResource("credence/tags.json");
        }
        List<SeedTag> seed;
        try (InputStream in = resource.getInputStream()) {
            seed = JsonMapper.builder().build().readValue(in, new TypeReference<List<SeedTag>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the tag set from " + resource.getDescription(), e);
        }
        boolean seeded = seeds.run(SEED, jdbc -> {
            for (int i = 0; i < seed.size(); i++) {
                SeedTag t = seed.get(i);
                String line = (t.line() == null ? TagLine.inTurn(i) : TagLine.of(t.line())).css();
                jdbc.update("insert into tag (tag_key, name, colour, line_style, hotkey, definition, retired, position, version) "
                        + "values (?, ?, ?, ?, ?, ?, false, ?, 0)", t.key(), t.name(), t.colour(), line, t.hotkey(), t.definition(), i);
            }
        });
        if (seeded) {
            log.info("Seeded the tag set from {}: {}", resource.getDescription(), seed.stream().map(SeedTag::key).toList());
        }
        return seeded;
    }
}

package com.credence.annotation.internal;

import java.io.IOException;
import java.io.InputStream;
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
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Seeds an empty tag table from config/tags.json (or the copy of it inside the jar). */
@Component
@Order(5)
class TagSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TagSeed.class);

    record SeedTag(String key, String name, String colour, @Nullable String hotkey, String definition) {
    }

    private final TagRepository tags;
    private final ResourceLoader resources;
    private final String location;

    TagSeed(TagRepository tags, ResourceLoader resources, @Value("${credence.tags.seed:file:./config/tags.json}") String location) {
        this.tags = tags;
        this.resources = resources;
        this.location = location;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (tags.count() > 0) {
            return;
        }
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            resource = new ClassPathResource("credence/tags.json");
        }
        List<SeedTag> seed;
        try (InputStream in = resource.getInputStream()) {
            seed = JsonMapper.builder().build().readValue(in, new TypeReference<List<SeedTag>>() { });
        }
        for (int i = 0; i < seed.size(); i++) {
            SeedTag t = seed.get(i);
            tags.save(new Tag(t.key(), t.name(), t.colour(), t.hotkey(), t.definition(), i));
        }
        log.info("Seeded the tag set from {}: {}", resource.getDescription(), seed.stream().map(SeedTag::key).toList());
    }
}

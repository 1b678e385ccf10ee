package com.credence.article.internal;

import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.base.SeedOnce;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * With demo content on, an empty article store gets one demo article: a news story written for
 * Credence (no real article's text) whose sentences hold claims of all three kinds.
 */
@Component
@Order(10)
class DemoArticle implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoArticle.class);
    static final String RESOURCE = "demo/demo-article.txt";

    private final ArticleRepository articles;
    private final SeedOnce seeds;
    private final ImportPipeline pipeline;
    private final Clock clock;
    private final boolean demo;

    DemoArticle(ArticleRepository articles, SeedOnce seeds, ImportPipeline pipeline, Clock clock,
            @Value("${credence.demo.enabled:false}") boolean demo) {
        this.articles = articles;
        this.seeds = seeds;
        this.pipeline = pipeline;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!demo) {
            return;
        }
        String raw;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        int firstBreak = raw.indexOf('\n');
        String title = raw.substring(0, firstBreak).strip();
        String text = raw.substring(firstBreak).strip();
        ImportPipeline.Prepared prepared = pipeline.prepare(new ImportSource.Pasted(text, ImportFormat.TEXT), null);
        boolean seeded = seeds.run("demo-article", jdbc -> articles.save(new Article(title, "The Lanmouth Courier", "https://courier.example/lanmouth/harbour-bridge-closure",
                "Mara Quint", LocalDate.of(2026, 3, 14), prepared.text(), prepared.sentences(), prepared.sha256(), "editor",
                clock.instant())));
        if (seeded) {
            log.info("Demo content is on: added the demo article '{}'", title);
        }
    }
}

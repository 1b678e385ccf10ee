package com.credence.e2e;

import com.credence.CredenceApplication;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationService;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.text.TextSpan;
import com.credence.security.NewUser;
import com.credence.security.Roles;
import com.credence.security.UserAdministration;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How fast the annotate page is in headless Chromium, at several article sizes: time from
 * navigation until the text and all highlights are drawn and the page takes input (the element's
 * "credence-ready" mark), the same text as a plain static page for comparison, and the round trip
 * from pressing a tag key to the confirmed highlight, switching to another article inside the app, and
 * axe-core's verdict on the page measured. Medians over several runs. Run it as shipped (production
 * mode, the committed bundle): {@code ./mvnw -q -Pproduction,bench test-compile exec:java
 * -Dbench.main=com.credence.e2e.AnnotateBenchmark}; without {@code production} it measures development mode.
 * {@code -Dbench.sizes=5000} measures only that size; {@code -Dbench.verbose=true} also prints every key's time in order.
 */
public final class AnnotateBenchmark {

    private static final int RUNS = 5;
    private static final int KEY_ROUNDS = 40;
    private static final int KEY_WARMUP = 5;
    private static final int ACCEPT_ROUNDS = 12;
    private static final String[] WORDS = ("council bridge engineers said according ministry reportedly closure repairs "
            + "traders officials residents week police statement report survey damage girders ferry market petition "
            + "agency money listed structure meeting public question load test fractures contractor").split(" ");

    private AnnotateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = java.util.Arrays.stream(System.getProperty("bench.sizes", "500,2000,5000").split(","))
                .mapToInt(v -> Integer.parseInt(v.strip())).toArray();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(CredenceApplication.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "--credence.demo.enabled=false",
                "--credence.initial-admin.password=bench-initial-admin", "--logging.level.root=WARN",
                "--logging.level.com.credence=WARN", "--credence.import.max-size=20MB", "--spring.main.banner-mode=off");
        try (Chromium chromium = Chromium.launch()) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            asAdmin(() -> app.getBean(UserAdministration.class).create(new NewUser("bench", "Bench", "bench-password-1",
                    Set.of(Roles.EDITOR))));
            boolean header = true;
            for (int sentences : sizes) {
                int annotationCount = sentences / 5;
                // two articles of the size, imported one after the other: the newer one links to the older ("Previous article")
                ArticleDetail older = asAdmin(() -> app.getBean(ArticleImport.class).importArticle(
                        new ImportSource.Pasted(article(sentences, 41), ImportFormat.TEXT),
                        new ArticleMetadata("Benchmark " + sentences + " (older)", null, null, null, null), true));
                annotate(app.getBean(AnnotationService.class), older, annotationCount);
                ArticleDetail article = asAdmin(() -> app.getBean(ArticleImport.class).importArticle(
                        new ImportSource.Pasted(article(sentences, 42), ImportFormat.TEXT),
                        new ArticleMetadata("Benchmark " + sentences, null, null, null, null), true));
                annotate(app.getBean(AnnotationService.class), article, annotationCount);
                Result r = measure(chromium, port, article);
                if (header) {
                    System.out.println("Vaadin in " + r.mode + " mode; medians over " + RUNS + " runs, keys over " + KEY_ROUNDS
                            + " presses after " + KEY_WARMUP + " unmeasured; ms");
                    System.out.printf(Locale.ROOT, "%-10s %-12s %-8s %-12s %-12s %-7s %-7s %-10s %-22s %-22s %-22s %-5s%n", "sentences",
                            "annotations", "text KB", "interactive", "+described", "static", "ratio", "switch", "key→highlight",
                            "key→other browser", "y→draft", "axe");
                    header = false;
                }
                System.out.printf(Locale.ROOT, "%-10d %-12d %-8d %-12.0f %-12.0f %-7.0f %-7.1f %-10.0f %-22s %-22s %-22s %-5d%n",
                        article.sentences().size(), annotationCount, article.text().length() / 1024, r.interactive, r.described,
                        r.staticPage, r.interactive / r.staticPage, r.switchMs,
                        String.format(Locale.ROOT, "median %.0f, p90 %.0f", r.keyMedian, r.keyP90),
                        String.format(Locale.ROOT, "median %.0f, p90 %.0f", r.liveMedian, r.liveP90),
                        String.format(Locale.ROOT, "median %.0f, p90 %.0f", r.acceptMedian, r.acceptP90), r.axeViolations);
            }
            System.out.println("interactive: navigation to text and highlights drawn, keys working (credence-ready); +described: "
                    + "until every sentence's screen-reader description is set too (credence-described, browser idle); switch: "
                    + "\"Previous article\" clicked to the other article ready, inside the app; y→draft: y on a suggested sentence "
                    + "to the accepted draft's highlight (" + ACCEPT_ROUNDS + " presses); axe: serious or critical WCAG 2.2 "
                    + "A/AA violations on the article page once described.");
        } finally {
            app.close();
        }
    }

    private record Result(String mode, double interactive, double described, double staticPage, double switchMs, double keyMedian,
            double keyP90, double liveMedian, double liveP90, double acceptMedian, double acceptP90, int axeViolations) {
    }

    private static Result measure(Chromium chromium, int port, ArticleDetail article) throws java.io.IOException {
        String base = "http://localhost:" + port;
        List<Double> interactive = new ArrayList<>();
        List<Double> described = new ArrayList<>();
        List<Double> switches = new ArrayList<>();
        List<Double> staticPage = new ArrayList<>();
        List<Double> keys = new ArrayList<>();
        List<Double> live = new ArrayList<>();
        List<Double> accepts = new ArrayList<>();
        String staticHtml = staticHtml(article);
        String mode;
        int axeViolations;
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1400, 900))) {
            Page page = context.newPage();
            java.util.concurrent.ConcurrentLinkedQueue<String> frames = new java.util.concurrent.ConcurrentLinkedQueue<>();
            if (Boolean.getBoolean("bench.verbose")) {
                page.onWebSocket(ws -> ws.onFrameReceived(f -> frames.add(System.currentTimeMillis() + ":" + f.text().length())));
                page.onResponse(r -> {
                    if (r.url().contains("v-r=uidl") && System.getProperty("bench.dump") != null) {
                        byte[] body = r.body();
                        if (body.length > 500_000) {
                            try {
                                java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("bench.dump")), body);
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                    }
                });
            }
            page.navigate(base + "/login");
            page.locator("input[name=username]").fill("bench");
            page.locator("input[name=password]").fill("bench-password-1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            page.locator(".greeting").waitFor();
            // The static page comes from a server of its own: a Playwright route would do, but routing turns off
            // the browser's HTTP cache for the whole page, and every navigation to the app then fetched its
            // scripts and styles again, which no reader's browser does.
            com.sun.net.httpserver.HttpServer staticServer = com.sun.net.httpserver.HttpServer.create(
                    new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
            byte[] staticBytes = staticHtml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            staticServer.createContext("/static-benchmark", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, staticBytes.length);
                try (var body = exchange.getResponseBody()) {
                    body.write(staticBytes);
                }
            });
            staticServer.start();
            String staticUrl = "http://localhost:" + staticServer.getAddress().getPort() + "/static-benchmark";
            String loadTrace = System.getProperty("bench.traceLoad");
            for (int run = 0; run < RUNS + 1; run++) {
                if (loadTrace != null && run == RUNS) {
                    chromium.browser().startTracing(page, new com.microsoft.playwright.Browser.StartTracingOptions()
                            .setPath(java.nio.file.Path.of(loadTrace)).setScreenshots(false).setCategories(java.util.List.of("devtools.timeline",
                                    "disabled-by-default-devtools.timeline", "disabled-by-default-v8.cpu_profiler", "v8.execute", "blink.user_timing", "loading", "netlog")));
                }
                page.navigate(base + "/articles/" + article.id());
                page.locator("credence-text[data-ready]").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED).setTimeout(120_000));
                double ready = ((Number) page.evaluate("() => performance.getEntriesByName('credence-ready')[0].startTime")).doubleValue();
                if (loadTrace != null && run == RUNS) {
                    chromium.browser().stopTracing();
                }
                if (Boolean.getBoolean("bench.verbose")) {
                    // where a navigation's time went: each request (start, server, download, KB) up to the text being ready
                    System.out.println("navigation: " + page.evaluate("""
                            () => {
                              const ready = performance.getEntriesByName('credence-ready')[0].startTime;
                              const nav = performance.getEntriesByType('navigation')[0];
                              const parts = ['document ' + Math.round(nav.requestStart) + '/' + Math.round(nav.responseStart - nav.requestStart) + '/'
                                + Math.round(nav.responseEnd - nav.responseStart) + '/' + Math.round(nav.transferSize / 1024) + 'KB dcl@' + Math.round(nav.domContentLoadedEventEnd)];
                              for (const r of performance.getEntriesByType('resource')) {
                                if (r.startTime > ready) continue;
                                parts.push(r.name.replace(/^.*\\//, '').replace(/\\?.*v-r=/, '?').substring(0, 28) + ' ' + Math.round(r.startTime) + '/'
                                  + Math.round(r.responseStart - r.requestStart) + '/' + Math.round(r.responseEnd - r.responseStart) + '/' + Math.round(r.transferSize / 1024) + 'KB');
                              }
                              for (const m of performance.getEntriesByType('mark')) if (m.startTime <= ready + 1) parts.push(m.name + '@' + Math.round(m.startTime));
                              return parts.join(' | ');
                            }"""));
                }
                page.waitForFunction("() => performance.getEntriesByName('credence-described').length > 0");
                double told = ((Number) page.evaluate("() => performance.getEntriesByName('credence-described')[0].startTime")).doubleValue();
                // to the other article inside the app (no page load: the view stays, the text is replaced) and back
                double switched = 0;
                for (String link : List.of("#previous-article", "#next-article")) {
                    switched += ((Number) page.evaluate("""
                            (link) => new Promise((resolve) => {
                              const el = document.querySelector('credence-text');
                              const loads = Number(el.dataset.loads);
                              const a = document.querySelector(link);
                              const t0 = performance.now();
                              const parts = window.__switchParts = [];
                              const list = document.querySelector('credence-list');
                              for (const [target, name] of [[el, 'load'], [list, 'update'], [el, 'setSuggestions']]) {
                                if (!target || target['__timed' + name]) continue;
                                target['__timed' + name] = true;
                                const f = target[name].bind(target);
                                target[name] = (json) => { const t = performance.now(); f(json);
                                  (window.__switchParts || []).push(name + '@' + Math.round(t - window.__switchT0) + '+' + Math.round(performance.now() - t) + '(' + Math.round(json.length / 1024) + 'KB)'); };
                              }
                              window.__switchT0 = t0;
                              const check = () => Number(el.dataset.loads) > loads
                                ? resolve(performance.getEntriesByName('credence-ready').at(-1).startTime - t0)
                                : requestAnimationFrame(check);
                              a.click();
                              requestAnimationFrame(check);
                            })""", link)).doubleValue();
                    if (Boolean.getBoolean("bench.verbose")) {
                        page.waitForTimeout(300);
                        System.out.println("switch " + link + ": " + page.evaluate("() => window.__switchParts.join(' ')") + " uidl: " + page.evaluate("""
                                () => performance.getEntriesByType('resource').filter(r => r.name.includes('v-r=uidl') && r.startTime >= window.__switchT0 - 5)
                                  .map(r => Math.round(r.startTime - window.__switchT0) + '/' + Math.round(r.responseStart - r.requestStart) + '/'
                                    + Math.round(r.responseEnd - r.responseStart) + '/' + Math.round(r.transferSize / 1024) + 'KB').join(' ')"""));
                    }
                }
                page.navigate(staticUrl);
                page.waitForLoadState();
                double loaded = ((Number) page.evaluate(
                        "() => new Promise(r => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)))")).doubleValue();
                if (run > 0) { // the first run warms up the server and the browser's caches
                    interactive.add(ready);
                    described.add(told);
                    switches.add(switched / 2);
                    staticPage.add(loaded);
                }
            }
            staticServer.stop(0);
            page.navigate(base + "/articles/" + article.id());
            page.locator("credence-text[data-ready]").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            mode = Boolean.TRUE.equals(page.evaluate("() => !!(window.Vaadin && window.Vaadin.developmentMode)")) ? "development"
                    : "production";
            page.waitForFunction("() => performance.getEntriesByName('credence-described').length > 0");
            List<String> axe = Axe.seriousViolations(page);
            axe.forEach(v -> System.out.println("axe: " + v));
            axeViolations = axe.size();
            // A second user's browser on the same article sees each new annotation by server push.
            BrowserContext otherContext = chromium.browser().newContext();
            Page watcher = otherContext.newPage();
            watcher.navigate(base + "/login");
            watcher.locator("input[name=username]").fill("bench");
            watcher.locator("input[name=password]").fill("bench-password-1");
            watcher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            watcher.locator(".greeting").waitFor();
            watcher.navigate(base + "/articles/" + article.id());
            watcher.locator("credence-text[data-ready]").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            watcher.evaluate("""
                    () => {
                      window.__seen = [];
                      new MutationObserver(() => window.__seen.push(performance.timeOrigin + performance.now()))
                        .observe(document.querySelector('credence-text'), { attributes: true, attributeFilter: ['data-annotations'] });
                    }""");
            page.evaluate("""
                    () => {
                      const el = document.querySelector('credence-text');
                      window.__bench = { down: 0, times: [], downs: [] };
                      performance.setResourceTimingBufferSize(100000);
                      performance.clearResourceTimings();
                      document.addEventListener('keydown', () => {
                        window.__bench.down = performance.now();
                        window.__bench.downs.push(performance.timeOrigin + performance.now());
                      }, true);
                      window.__bench.at = []; window.__bench.up = []; window.__bench.long = []; window.__bench.desc = [];
                      new PerformanceObserver(l => l.getEntries().forEach(e => window.__bench.long.push([e.startTime, e.duration]))).observe({ type: 'longtask' });
                      const describe = el.describeSentences.bind(el);
                      el.describeSentences = () => { const t = performance.now(); describe(); window.__bench.desc.push([t, performance.now() - t]); };
                      const upsert = el.upsert.bind(el);
                      el.upsert = (json) => { const t = performance.now(); upsert(json); window.__bench.up.push(performance.now() - t); };
                      window.__bench.lu = [];
                      const list = document.querySelector('credence-list');
                      if (list) {
                        const update = list.update.bind(list);
                        list.update = (json) => { const t = performance.now(); update(json); window.__bench.lu.push(performance.now() - t); };
                      }
                      new MutationObserver(() => { window.__bench.times.push(performance.now() - window.__bench.down); window.__bench.at.push(performance.now()); })
                        .observe(el, { attributes: true, attributeFilter: ['data-annotations'] });
                    }""");
            List<TextSpan> sentences = article.sentences();
            // a few presses first, not measured, as the first page load is not: the server's code paths warm up
            for (int i = 0; i < KEY_WARMUP; i++) {
                tagAndWait(page, watcher, sentences.get(sentences.size() - 2 - i * 3));
            }
            page.evaluate("() => { window.__bench.times = []; window.__bench.downs = []; window.__bench.at = []; window.__bench.up = []; window.__bench.lu = []; }");
            watcher.evaluate("() => { window.__seen = []; }");
            String trace = System.getProperty("bench.trace");
            if (trace != null) {
                chromium.browser().startTracing(page, new com.microsoft.playwright.Browser.StartTracingOptions()
                        .setPath(java.nio.file.Path.of(trace)).setScreenshots(false).setCategories(java.util.List.of("devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-v8.cpu_profiler", "v8.execute")));
            }
            for (int i = 0; i < KEY_ROUNDS; i++) {
                tagAndWait(page, watcher, sentences.get(1 + i * 3));
            }
            if (trace != null) {
                chromium.browser().stopTracing();
            }
            @SuppressWarnings("unchecked")
            List<Number> times = (List<Number>) page.evaluate("() => window.__bench.times");
            times.forEach(t -> keys.add(t.doubleValue()));
            if (Boolean.getBoolean("bench.verbose")) {
                System.out.println("key→highlight in press order: " + times.stream().map(t -> String.valueOf(Math.round(t.doubleValue())))
                        .collect(java.util.stream.Collectors.joining(" ")));
            }
            if (Boolean.getBoolean("bench.verbose")) {
                // per press: the UIDL request's queueing before it left, the server's time (request to first byte) and the download
                System.out.println("uidl after key (wait/server/download ms, KB): " + page.evaluate("""
                        () => {
                          const downs = window.__bench.downs;
                          const rs = performance.getEntriesByType('resource').filter(r => r.name.includes('v-r=uidl'));
                          return downs.map(d => {
                            const r = rs.find(r => performance.timeOrigin + r.startTime >= d);
                            if (!r) return '-';
                            return Math.round(performance.timeOrigin + r.startTime - d) + '/' + Math.round(r.responseStart - r.requestStart)
                              + '/' + Math.round(r.responseEnd - r.responseStart) + '/' + Math.round(r.transferSize / 1024);
                          }).join(' ') + ' | response end to highlight, ms: ' + window.__bench.at.map(at => {
                            const r = rs.filter(r => r.responseEnd <= at).at(-1);
                            return r ? Math.round(at - r.responseEnd) : '-';
                          }).join(' ') + ' | upsert ms: ' + window.__bench.up.map(Math.round).join(' ') + ' | list update ms: ' + window.__bench.lu.map(Math.round).join(' ')
                          + ' | slow presses: ' + window.__bench.times.map((t, i) => {
                            if (t < 80) return null;
                            const at = window.__bench.at[i], from = at - t;
                            const over = (list) => list.filter(x => x[0] + x[1] >= from && x[0] <= at).map(x => Math.round(x[0] - from) + '+' + Math.round(x[1]) + (x.length > 2 ? '(' + x[2] + 'b)' : '')).join(',');
                            return '#' + i + ' ' + Math.round(t) + 'ms long[' + over(window.__bench.long) + '] describe[' + over(window.__bench.desc) + ']';
                          }).filter(x => x).join(' ; ');
                        }"""));
            }
            @SuppressWarnings("unchecked")
            List<Number> downs = (List<Number>) page.evaluate("() => window.__bench.downs");
            if (Boolean.getBoolean("bench.verbose")) {
                StringBuilder pushes = new StringBuilder("pushes during slow presses (ms after key:chars): ");
                for (int i = 0; i < times.size() && i < downs.size(); i++) {
                    double from = downs.get(i).doubleValue();
                    double to = from + times.get(i).doubleValue();
                    if (times.get(i).doubleValue() < 80) {
                        continue;
                    }
                    pushes.append('#').append(i).append(' ');
                    for (String f : frames) {
                        long at = Long.parseLong(f.substring(0, f.indexOf(':')));
                        if (at >= from - 300 && at <= to) {
                            pushes.append(Math.round(at - from)).append(':').append(f.substring(f.indexOf(':') + 1)).append(' ');
                        }
                    }
                    pushes.append("; ");
                }
                System.out.println(pushes);
            }
            // y on a suggested sentence (past those the keys tagged): the suggestion accepted as a draft, its highlight shown
            @SuppressWarnings("unchecked")
            List<Number> suggested = (List<Number>) page.evaluate(
                    "() => Array.from(document.querySelectorAll('credence-text .ct-suggested')).map(e => Number(e.dataset.i)).filter(i => i > 200)");
            int before = ((Number) page.evaluate("() => window.__bench.times.length")).intValue();
            for (int i = 0; i < ACCEPT_ROUNDS && i * 7 < suggested.size(); i++) {
                TextSpan s = sentences.get(suggested.get(i * 7).intValue());
                pressAndWait(page, watcher, s, "y");
                accepts.add(((Number) page.evaluate("() => window.__bench.times.at(-1)")).doubleValue());
            }
            if (accepts.isEmpty() || ((Number) page.evaluate("() => window.__bench.times.length")).intValue() != before + accepts.size()) {
                throw new IllegalStateException("y on a suggested sentence made no draft: " + suggested.size() + " suggested sentences");
            }
            if (Boolean.getBoolean("bench.verbose")) {
                System.out.println("y→draft in press order: " + accepts.stream().map(t -> String.valueOf(Math.round(t)))
                        .collect(java.util.stream.Collectors.joining(" ")));
                System.out.println("uidl after y (wait/server/download ms, KB; response end to highlight): " + page.evaluate("""
                        (n) => {
                          const downs = window.__bench.downs.slice(-n), at = window.__bench.at.slice(-n);
                          const rs = performance.getEntriesByType('resource').filter(r => r.name.includes('v-r=uidl'));
                          return downs.map((d, i) => {
                            const r = rs.find(r => performance.timeOrigin + r.startTime >= d);
                            if (!r) return '-';
                            return Math.round(performance.timeOrigin + r.startTime - d) + '/' + Math.round(r.responseStart - r.requestStart)
                              + '/' + Math.round(r.responseEnd - r.responseStart) + '/' + Math.round(r.transferSize / 1024) + ';' + Math.round(at[i] - r.responseEnd);
                          }).join(' ');
                        }""", accepts.size()));
            }
            Collections.sort(accepts);
            @SuppressWarnings("unchecked")
            List<Number> seen = (List<Number>) watcher.evaluate("() => window.__seen");
            for (int i = 0; i < Math.min(times.size(), Math.min(downs.size(), seen.size())); i++) {
                live.add(seen.get(i).doubleValue() - downs.get(i).doubleValue());
            }
            otherContext.close();
        }
        Collections.sort(keys);
        Collections.sort(live);
        return new Result(mode, median(interactive), median(described), median(staticPage), median(switches), median(keys),
                keys.get((int) Math.floor(keys.size() * 0.9)), median(live), live.get((int) Math.floor(live.size() * 0.9)),
                median(accepts), accepts.get((int) Math.floor(accepts.size() * 0.9)), axeViolations);
    }

    /** Selects the sentence, presses a tag key, and waits until both browsers show the change. */
    private static void tagAndWait(Page page, Page watcher, TextSpan sentence) {
        pressAndWait(page, watcher, sentence, "3");
    }

    /** Selects the sentence, presses the key, and waits until both browsers show an annotation more or changed. */
    private static void pressAndWait(Page page, Page watcher, TextSpan sentence, String key) {
        page.evaluate("([a, b]) => document.querySelector('credence-text').select(a, b)", List.of(sentence.start(), sentence.end()));
        int before = ((Number) page.evaluate("() => window.__bench.times.length")).intValue();
        int seen = ((Number) watcher.evaluate("() => window.__seen.length")).intValue();
        page.keyboard().press(key);
        page.waitForFunction("n => window.__bench.times.length > n", before);
        watcher.waitForFunction("n => window.__seen.length > n", seen);
    }

    private static String staticHtml(ArticleDetail article) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=utf-8><title>static</title></head>"
                + "<body style=\"max-width:42rem;margin:auto;font:18px/1.8 Georgia,serif\">");
        for (String p : article.text().split("\n\n")) {
            html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static void annotate(AnnotationService annotations, ArticleDetail article, int count) {
        Random random = new Random(7);
        List<TextSpan> sentences = article.sentences();
        asAdmin(() -> {
            String[] tags = {"reported", "attributed", "contested"};
            for (int i = 0; i < count; i++) {
                TextSpan s = sentences.get(random.nextInt(sentences.size()));
                int end = random.nextBoolean() ? s.end() : Math.min(s.end(), s.start() + 20 + random.nextInt(40));
                while (end < s.end() && !Character.isWhitespace(article.text().charAt(end))) {
                    end++;
                }
                annotations.create(article.id(), AnnotationDraft.tagging(s.start(), end, tags[i % 3]));
            }
            return null;
        });
    }

    /** About 120 characters a sentence, five sentences a paragraph. */
    private static String article(int sentences, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(i % 5 == 0 ? "\n\n" : " ");
            }
            StringBuilder s = new StringBuilder();
            while (s.length() < 110) {
                if (!s.isEmpty()) {
                    s.append(' ');
                }
                s.append(WORDS[random.nextInt(WORDS.length)]);
            }
            text.append(Character.toUpperCase(s.charAt(0))).append(s, 1, s.length()).append(i % 7 == 3 ? ", officials said." : ".");
        }
        return text.toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(// another author than the browser user "bench": its key presses must make new annotations, not find these
        new TestingAuthenticationToken("bench-setup", null, "ROLE_ADMIN",
                "ROLE_EDITOR"));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

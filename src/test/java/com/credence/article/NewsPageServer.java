package com.credence.article;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A web server on this machine that serves the news pages a test imports by address: a page per path,
 * or a redirect ("redirect:/other"). Unknown paths answer 404.
 */
public final class NewsPageServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    public NewsPageServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String page = pages.get(exchange.getRequestURI().getPath());
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
            } else if (page.startsWith("redirect:")) {
                exchange.getResponseHeaders().add("Location", page.substring("redirect:".length()));
                exchange.sendResponseHeaders(302, -1);
            } else {
                byte[] body = page.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    /** Serves this page (or "redirect:/path") at the path, and gives its full address. */
    public String serve(String path, String page) {
        pages.put(path, page);
        return address(path);
    }

    public String address(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** A news page as sites publish them: navigation, the story, share buttons, related links, comments, a footer. */
    public static String newsPage(String marker) {
        return """
                <!doctype html><html><head><title>Ferry fares rise | The Lanmouth Courier</title>
                <meta property="og:title" content="Ferry fares to rise by a fifth">
                <meta property="og:site_name" content="The Lanmouth Courier">
                <meta name="author" content="Mara Quint">
                <meta property="article:published_time" content="2026-03-04T09:30:00Z">
                </head><body>
                <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
                <article><h1>Ferry fares to rise by a fifth</h1>
                <p class="byline">By Mara Quint</p>
                <p>Ferry fares across the estuary will rise by a fifth in April, the operator said on Wednesday.</p>
                <p>The operator blamed fuel costs and the closure of the harbour bridge, which has doubled the number of crossings.</p>
                <p>Sign up for our daily newsletter to get the morning briefing</p>
                <p>“We have no choice,” a spokesman said. Passenger groups said they would appeal to the council. Ref %s</p>
                <p>Follow us on Twitter and Facebook</p>
                <div class="share"><a href="#">Share</a> <a href="#">Twitter</a> <a href="#">Facebook</a></div>
                </article>
                <aside class="related"><h2>Related</h2><ul><li><a href="/a">Bridge to shut for a year</a></li>
                <li><a href="/b">Council borrows £4m</a></li></ul></aside>
                <section class="comments"><h2>Comments</h2><p>I think this is outrageous and the council should act now.</p></section>
                <footer><p>© 2026 The Lanmouth Courier</p></footer>
                </body></html>""".formatted(marker);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

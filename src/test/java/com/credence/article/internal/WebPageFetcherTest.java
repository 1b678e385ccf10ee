package com.credence.article.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credence.article.ArticleTooLargeException;
import com.credence.base.InvalidInputException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.util.unit.DataSize;

/** Fetches from a local HTTP server; the address policy is relaxed (or narrowed) through the test constructor. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WebPageFetcherTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>Harbour café reopens</title></head>"
            + "<body><p>The café on Quay Street reopened on Monday.</p></body></html>";

    private HttpServer server;
    private ExecutorService executor;
    private String base;
    private final Map<String, String> requestHeaders = new ConcurrentHashMap<>();
    private final AtomicLong bytesSent = new AtomicLong();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/article", exchange -> {
            requestHeaders.put("User-Agent", exchange.getRequestHeaders().getFirst("User-Agent"));
            requestHeaders.put("Accept", exchange.getRequestHeaders().getFirst("Accept"));
            respond(exchange, 200, "text/html; charset=windows-1252", PAGE.getBytes(Charset.forName("windows-1252")));
        });
        server.createContext("/latin1", exchange ->
                respond(exchange, 200, "text/html;charset=\"ISO-8859-1\"", PAGE.getBytes(StandardCharsets.ISO_8859_1)));
        server.createContext("/meta-charset", exchange -> respond(exchange, 200, "text/html",
                ("<html><head><meta charset=\"windows-1252\"><title>Café</title></head><body><p>“Crème”</p></body></html>")
                        .getBytes(Charset.forName("windows-1252"))));
        server.createContext("/xhtml", exchange -> respond(exchange, 200, "application/xhtml+xml; charset=utf-8",
                PAGE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/large-declared", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 4096);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[4096]);
            } catch (IOException e) {
                // the client hung up, as it should
            }
        });
        server.createContext("/large-chunked", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>More and more and more text.</p>\n".repeat(100).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100_000; i++) { // about 360 MB if nobody stops reading
                    out.write(chunk);
                    bytesSent.addAndGet(chunk.length);
                }
            } catch (IOException e) {
                // the client hung up, as it should
            }
        });
        server.createContext("/pdf", exchange -> respond(exchange, 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        server.createContext("/untyped", exchange -> respond(exchange, 200, null, PAGE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/missing", exchange -> respond(exchange, 404, "text/html", "<p>Not here</p>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/empty", exchange -> respond(exchange, 200, "text/html", new byte[0]));
        server.createContext("/moved", exchange -> redirect(exchange, 302, "/article"));
        server.createContext("/moved-relative/", exchange -> redirect(exchange, 301, "../article"));
        server.createContext("/moved-nowhere", exchange -> redirect(exchange, 307, null));
        server.createContext("/to-private", exchange -> redirect(exchange, 302, "http://10.1.2.3/x"));
        server.createContext("/to-ftp", exchange -> redirect(exchange, 302, "ftp://files.example/x"));
        server.createContext("/chain/", exchange -> {
            int left = Integer.parseInt(exchange.getRequestURI().getPath().substring("/chain/".length()));
            redirect(exchange, 308, left == 0 ? "/article" : "/chain/" + (left - 1));
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        if (location != null) {
            exchange.getResponseHeaders().set("Location", location);
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** A fetcher that allows every address (the local server is on loopback). */
    private static WebPageFetcher allowingAll(Duration timeout) {
        return new WebPageFetcher(DataSize.ofKilobytes(1), timeout, address -> false);
    }

    private static WebPageFetcher allowingAll() {
        return allowingAll(Duration.ofSeconds(5));
    }

    private static WebPageFetcher defaultPolicy() {
        return new WebPageFetcher(DataSize.ofMegabytes(5), false, Duration.ofSeconds(5));
    }

    @Test
    void fetchesAPageAndDecodesItInTheCharsetOfTheHeader() {
        WebPageFetcher.Fetched page = allowingAll().fetch(base + "/article");

        assertThat(page.address()).isEqualTo(URI.create(base + "/article"));
        assertThat(page.html()).contains("<title>Harbour café reopens</title>").contains("The café on Quay Street");
        assertThat(requestHeaders).containsEntry("User-Agent", "Credence article import (+https://credence.example)")
                .containsEntry("Accept", "text/html");
    }

    @Test
    void quotedLatin1CharsetIsReadAsWindows1252() {
        assertThat(allowingAll().fetch(base + "/latin1").html()).contains("Harbour café reopens");
    }

    @Test
    void withoutACharsetInTheHeaderTheMetaTagDecides() {
        assertThat(allowingAll().fetch(base + "/meta-charset").html()).contains("<title>Café</title>").contains("“Crème”");
    }

    @Test
    void xhtmlIsAWebPageToo() {
        assertThat(allowingAll().fetch(base + "/xhtml").html()).contains("Harbour café reopens");
    }

    @Test
    void aSlowPageTimesOut() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> allowingAll(Duration.ofMillis(300)).fetch(base + "/slow"))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("The page at " + base + "/slow did not answer within 300 milliseconds.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        assertThatThrownBy(() -> allowingAll().fetch(base + "/large-declared"))
                .isInstanceOf(ArticleTooLargeException.class)
                .hasMessageStartingWith("The page at " + base + "/large-declared is larger than the import limit of 1 KB.");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWithoutReadingItAll() {
        assertThatThrownBy(() -> allowingAll().fetch(base + "/large-chunked"))
                .isInstanceOf(ArticleTooLargeException.class)
                .hasMessageContaining("is larger than the import limit of 1 KB");
        assertThat(bytesSent.get()).isLessThan(50_000_000L);
    }

    @Test
    void anythingButHtmlIsRefusedByItsType() {
        assertThatThrownBy(() -> allowingAll().fetch(base + "/pdf"))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("The page at " + base + "/pdf is application/pdf, not a web page (HTML).");
        assertThatThrownBy(() -> allowingAll().fetch(base + "/untyped"))
                .hasMessageContaining("does not say what kind of content it is");
    }

    @Test
    void anErrorStatusIsRefusedWithItsReason() {
        assertThatThrownBy(() -> allowingAll().fetch(base + "/missing"))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("The page at " + base + "/missing answered 404 Not Found.");
    }

    @Test
    void anEmptyPageIsRefused() {
        assertThatThrownBy(() -> allowingAll().fetch(base + "/empty")).hasMessage("The page at " + base + "/empty is empty.");
    }

    @Test
    void redirectsAreFollowedToTheFinalAddress() {
        WebPageFetcher.Fetched page = allowingAll().fetch(base + "/moved");
        assertThat(page.address()).isEqualTo(URI.create(base + "/article"));
        assertThat(page.html()).contains("Harbour café reopens");

        assertThat(allowingAll().fetch(base + "/moved-relative/x").address()).isEqualTo(URI.create(base + "/article"));
    }

    @Test
    void fiveRedirectsAreFollowedButNotSix() {
        assertThat(allowingAll().fetch(base + "/chain/4").address()).isEqualTo(URI.create(base + "/article"));
        assertThatThrownBy(() -> allowingAll().fetch(base + "/chain/5"))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("More than 5 redirects from " + base + "/chain/5");
    }

    @Test
    void aRedirectWithoutLocationIsRefused() {
        assertThatThrownBy(() -> allowingAll().fetch(base + "/moved-nowhere"))
                .hasMessage("The page at " + base + "/moved-nowhere answered 307 Temporary Redirect but did not say where the page is now.");
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedBeforeConnecting() {
        WebPageFetcher onlyTenRefused = new WebPageFetcher(DataSize.ofMegabytes(1), Duration.ofSeconds(20),
                address -> (address.getAddress()[0] & 0xFF) == 10);
        long start = System.nanoTime();
        assertThatThrownBy(() -> onlyTenRefused.fetch(base + "/to-private"))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("The address 10.1.2.3 is a private network address; "
                        + "Credence does not fetch from private, loopback or link-local addresses.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        assertThatThrownBy(() -> allowingAll().fetch(base + "/to-ftp")).hasMessage("Credence fetches only http and https addresses.");
    }

    @Test
    void theDefaultPolicyRefusesLoopbackAndPrivateAddressesBeforeConnecting() {
        assertThatThrownBy(() -> defaultPolicy().fetch(base + "/article"))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("The address 127.0.0.1 is a loopback address; "
                        + "Credence does not fetch from private, loopback or link-local addresses.");
        assertThatThrownBy(() -> defaultPolicy().fetch("http://10.0.0.1/"))
                .hasMessage("The address 10.0.0.1 is a private network address; "
                        + "Credence does not fetch from private, loopback or link-local addresses.");
        assertThatThrownBy(() -> defaultPolicy().fetch("http://[::1]:8080/"))
                .hasMessageStartingWith("The address [::1] is a loopback address");
        assertThatThrownBy(() -> defaultPolicy().fetch("https://169.254.169.254/latest/meta-data/"))
                .hasMessageStartingWith("The address 169.254.169.254 is a link-local address");
        assertThatThrownBy(() -> defaultPolicy().fetch("http://localhost:" + server.getAddress().getPort() + "/article"))
                .hasMessageStartingWith("The address localhost resolves to a loopback address (");
        assertThat(requestHeaders).isEmpty();
    }

    @Test
    void allowingPrivateAddressesSwitchesTheCheckOff() {
        WebPageFetcher intranet = new WebPageFetcher(DataSize.ofMegabytes(5), true, Duration.ofSeconds(5));
        assertThat(intranet.fetch(base + "/article").html()).contains("Harbour café reopens");
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        for (String address : List.of("ftp://files.example/story.html", "file:///etc/passwd", "javascript:alert(1)", "mailto:desk@courier.example")) {
            assertThatThrownBy(() -> allowingAll().fetch(address))
                    .isExactlyInstanceOf(InvalidInputException.class)
                    .hasMessage("Credence fetches only http and https addresses.");
        }
        assertThatThrownBy(() -> allowingAll().fetch("/just/a/path")).hasMessage("Credence fetches only http and https addresses.");
    }

    @Test
    void userInformationInTheAddressIsRefused() {
        assertThatThrownBy(() -> allowingAll().fetch("http://editor:secret@127.0.0.1:" + server.getAddress().getPort() + "/article"))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("user name or password");
        assertThat(requestHeaders).isEmpty();
    }

    @Test
    void unreadableAndUnreachableAddressesAreRefusedInASentence() throws IOException {
        assertThatThrownBy(() -> allowingAll().fetch("https://courier.example/a story with spaces"))
                .hasMessageContaining("is not a web address Credence can read");
        assertThatThrownBy(() -> allowingAll().fetch("http://no-such-host.invalid/story"))
                .hasMessage("Could not reach no-such-host.invalid: unknown host.");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> allowingAll().fetch("http://127.0.0.1:" + closedPort + "/"))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("Could not reach 127.0.0.1: the connection was refused.");
    }

    @Test
    void anInterruptedFetchKeepsTheInterruptFlag() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> allowingAll().fetch(base + "/slow"))
                    .isExactlyInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("was stopped");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theDefaultPolicyRefusesEveryNonPublicRange() throws UnknownHostException {
        List<String> refused = List.of("127.0.0.1", "127.8.9.10", "0.0.0.0", "0.1.2.3", "::", "::1", "10.0.0.5", "10.255.255.255",
                "172.16.0.1", "172.31.255.254", "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.255.254", "224.0.0.1",
                "239.255.255.250", "240.0.0.1", "255.255.255.255", "fe80::1", "febf::1", "fc00::1", "fd12:3456:789a::1", "fec0::1",
                "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a00:1");
        for (String address : refused) {
            assertThat(WebPageFetcher.isNonPublic(InetAddress.getByName(address))).as(address).isTrue();
        }
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xFF;
        mapped[11] = (byte) 0xFF;
        mapped[12] = (byte) 192;
        mapped[13] = (byte) 168;
        mapped[15] = 1;
        assertThat(WebPageFetcher.isNonPublic(Inet6Address.getByAddress(null, mapped, -1))).as("::ffff:192.168.0.1 as IPv6").isTrue();

        List<String> allowed = List.of("93.184.216.34", "8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.1", "172.15.255.255",
                "172.32.0.1", "192.169.0.1", "169.253.0.1", "223.255.255.255", "2606:4700::1", "2a00:1450:4001::200e",
                "::ffff:93.184.216.34", "64:ff9b::5db8:d822");
        for (String address : allowed) {
            assertThat(WebPageFetcher.isNonPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void theCharsetOfTheContentTypeHeader() {
        assertThat(WebPageFetcher.headerCharset("text/html; charset=UTF-8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(WebPageFetcher.headerCharset("text/html;charset=\"iso-8859-1\"")).isEqualTo(Charset.forName("windows-1252"));
        assertThat(WebPageFetcher.headerCharset("text/html")).isNull();
        assertThat(WebPageFetcher.headerCharset("text/html; charset=x-no-such-charset")).isNull();
    }
}

package com.credence.article.internal;

import com.credence.article.ArticleTooLargeException;
import com.credence.base.InvalidInputException;
import com.credence.text.TextDecoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Fetches a news page for import by its address. Only plain {@code http} and {@code https} pages
 * are fetched, without user names or passwords in the address, and only from public hosts: an
 * address whose host resolves to a loopback, unspecified, link-local, private (site-local or unique
 * local), carrier-grade NAT, multicast or reserved address is refused, and so are IPv6 forms that
 * embed such an IPv4 address (IPv4-mapped, IPv4-compatible and the NAT64 prefix 64:ff9b::/96).
 * Redirects are followed here, at most {@value #MAX_REDIRECTS} of them, and every new address is
 * checked again. With {@code credence.import.allow-private-addresses=true} the address checks are
 * off, for installations that import from an intranet.
 *
 * <p>The page must answer 200 with an HTML type; its body is read up to the import size limit and
 * no further. Every hop (connecting, the answer and the whole body) has the fetch timeout. Each
 * refusal is an {@link InvalidInputException} (an {@link ArticleTooLargeException} for size) whose
 * message tells the person importing what went wrong, in one sentence.
 *
 * <p>What this does not cover: the host name is resolved here for the check and then again by the
 * HTTP client when it connects, so a name server that answers with a public address first and a
 * private one a moment later (DNS rebinding) can still lead the request to a private address. Name
 * lookups use the system resolver and its own timeouts, not the fetch timeout. The HTTP client is
 * never configured with a proxy.
 */
@Component
public class WebPageFetcher {

    /** The page as fetched: its final address (after redirects) and its decoded HTML. */
    public record Fetched(URI address, String html) {
    }

    static final int MAX_REDIRECTS = 5;
    static final String USER_AGENT = "Credence article import (+https://credence.example)";

    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(204, "No Content"),
            Map.entry(300, "Multiple Choices"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
            Map.entry(303, "See Other"), Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"),
            Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"), Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"),
            Map.entry(429, "Too Many Requests"), Map.entry(451, "Unavailable For Legal Reasons"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));
    private static final List<Integer> REDIRECTS = List.of(301, 302, 303, 307, 308);

    private final DataSize maxSize;
    private final Duration timeout;
    private final Predicate<InetAddress> refused;
    private final HttpClient client;

    @Autowired
    public WebPageFetcher(@Value("${credence.import.max-size:5MB}") DataSize maxSize,
            @Value("${credence.import.allow-private-addresses:false}") boolean allowPrivateAddresses,
            @Value("${credence.import.fetch-timeout:10s}") Duration timeout) {
        this(maxSize, timeout, allowPrivateAddresses ? address -> false : WebPageFetcher::isNonPublic);
    }

    /** With {@code refused} deciding which resolved addresses are refused (tests use their own policy). */
    WebPageFetcher(DataSize maxSize, Duration timeout, Predicate<InetAddress> refused) {
        this.maxSize = maxSize;
        this.timeout = timeout;
        this.refused = refused;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    /** Fetches the page at {@code address}, following redirects; refuses with a message for the user. */
    public Fetched fetch(String address) {
        URI uri = parse(address.strip());
        for (int redirects = 0; ; redirects++) {
            check(uri);
            HttpResponse<byte[]> response = exchange(uri);
            int status = response.statusCode();
            if (status == 200) {
                return new Fetched(uri, decode(uri, response));
            }
            if (!REDIRECTS.contains(status)) {
                throw new InvalidInputException("The page at " + uri + " answered " + statusLine(status) + ".");
            }
            String location = response.headers().firstValue("Location").orElse("");
            if (location.isBlank()) {
                throw new InvalidInputException("The page at " + uri + " answered " + statusLine(status)
                        + " but did not say where the page is now.");
            }
            if (redirects == MAX_REDIRECTS) {
                throw new InvalidInputException("More than " + MAX_REDIRECTS + " redirects from " + address.strip()
                        + ": Credence stops following them there. Import the page by its final address.");
            }
            uri = redirectTarget(uri, location.strip());
        }
    }

    private static URI parse(String address) {
        try {
            return new URI(address);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("'" + address + "' is not a web address Credence can read. "
                    + "Copy the full address from the browser, starting with https://.");
        }
    }

    private static URI redirectTarget(URI from, String location) {
        try {
            return from.resolve(new URI(location));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new InvalidInputException("The page at " + from + " redirects to '" + location
                    + "', which is not a web address Credence can read.");
        }
    }

    /** Checks the scheme, the user information and every address the host resolves to. */
    private void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidInputException("Credence fetches only http and https addresses.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidInputException(
                    "Credence does not fetch addresses with a user name or password in them (the part before '@').");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new InvalidInputException("The address " + uri + " has no host name Credence can read.");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new InvalidInputException("Could not reach " + host + ": unknown host.");
        }
        for (InetAddress address : addresses) {
            if (refused.test(address)) {
                String literal = address.getHostAddress();
                boolean isLiteral = host.equalsIgnoreCase(literal) || host.startsWith("[");
                throw new InvalidInputException("The address " + host + (isLiteral ? " is " : " resolves to ") + kind(address)
                        + (isLiteral ? "" : " (" + literal + ")")
                        + "; Credence does not fetch from private, loopback or link-local addresses.");
            }
        }
    }

    /**
     * The default policy: whether an address is anything but a public unicast address. Refused are
     * 0.0.0.0/8, 127.0.0.0/8, 10.0.0.0/8, 100.64.0.0/10, 169.254.0.0/16, 172.16.0.0/12,
     * 192.168.0.0/16, 224.0.0.0/4 and 240.0.0.0/4; ::, ::1, fc00::/7, fe80::/10, fec0::/10 and
     * ff00::/8; and IPv6 addresses that embed a refused IPv4 address.
     */
    static boolean isNonPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xFF;
            int second = bytes[1] & 0xFF;
            return first == 0 || first >= 240 || (first == 100 && second >= 64 && second < 128);
        }
        Inet4Address embedded = embeddedIpv4(address);
        if (embedded != null) {
            return isNonPublic(embedded);
        }
        return (bytes[0] & 0xFE) == 0xFC;
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) address. */
    private static @Nullable Inet4Address embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return null;
        }
        byte[] bytes = address.getAddress();
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= bytes[i] == 0;
        }
        boolean mapped = zeros && (bytes[10] & 0xFF) == 0xFF && (bytes[11] & 0xFF) == 0xFF;
        boolean compatible = zeros && bytes[10] == 0 && bytes[11] == 0 && bytes[12] != 0; // not :: or ::1
        boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && (bytes[2] & 0xFF) == 0xFF && (bytes[3] & 0xFF) == 0x9B;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = bytes[i] == 0;
        }
        if (!mapped && !compatible && !nat64) {
            return null;
        }
        try {
            return (Inet4Address) InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    /** Words for the kind of address in a refusal: "a loopback address" and so on. */
    private static String kind(InetAddress address) {
        Inet4Address embedded = embeddedIpv4(address);
        InetAddress shown = embedded != null ? embedded : address;
        if (shown.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (shown.isLinkLocalAddress()) {
            return "a link-local address";
        }
        return "a private network address";
    }

    /**
     * One request and its answer, within the timeout. Only a 200 answer of an HTML type within the
     * size limit has its body read; any other answer's body is left unread.
     */
    private HttpResponse<byte[]> exchange(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html")
                .build();
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, info -> body(uri, info));
        try {
            return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw notInTime(uri);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new InvalidInputException("The import was stopped while the page at " + uri + " was being fetched.");
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    private HttpResponse.BodySubscriber<byte[]> body(URI uri, HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200) {
            return new Refusing(null);
        }
        String type = info.headers().firstValue("Content-Type").orElse("");
        String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.isEmpty()) {
            return new Refusing(new InvalidInputException("The page at " + uri
                    + " does not say what kind of content it is, so Credence cannot tell whether it is a web page (HTML)."));
        }
        if (!mediaType.equals("text/html") && !mediaType.equals("application/xhtml+xml")) {
            return new Refusing(new InvalidInputException("The page at " + uri + " is " + mediaType + ", not a web page (HTML)."));
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxSize.toBytes()) {
            return new Refusing(tooLarge(uri));
        }
        return new Capped(maxSize.toBytes(), () -> tooLarge(uri));
    }

    /**
     * The body as text: in the charset the Content-Type header names, else (or when the body starts
     * with a byte-order mark) as {@link TextDecoder} reads HTML. Decoding is strict, as for uploads.
     */
    private static String decode(URI uri, HttpResponse<byte[]> response) {
        byte[] bytes = response.body();
        if (bytes.length == 0) {
            throw new InvalidInputException("The page at " + uri + " is empty.");
        }
        Charset charset = headerCharset(response.headers().firstValue("Content-Type").orElse(""));
        if (charset == null || startsWithByteOrderMark(bytes)) {
            return TextDecoder.decode(bytes, true);
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("The page at " + uri + " is not valid " + charset.name()
                    + " text, although it says it is. Nothing was imported.");
        }
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        int b0 = bytes[0] & 0xFF;
        int b1 = bytes.length > 1 ? bytes[1] & 0xFF : 0;
        return (b0 == 0xEF && b1 == 0xBB && bytes.length > 2 && (bytes[2] & 0xFF) == 0xBF)
                || (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
    }

    /**
     * The charset the Content-Type header names, if Java knows it. As browsers do (WHATWG Encoding
     * standard), ISO-8859-1 and US-ASCII are read as windows-1252, their superset.
     */
    static @Nullable Charset headerCharset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String name = pair[1].strip().replace("\"", "").replace("'", "").strip();
                try {
                    Charset charset = Charset.forName(name);
                    return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                            ? Charset.forName("windows-1252") : charset;
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private InvalidInputException failure(URI uri, Throwable cause) {
        if (cause instanceof InvalidInputException refusal) {
            return refusal;
        }
        String host = uri.getHost();
        if (cause instanceof HttpConnectTimeoutException) {
            return new InvalidInputException("Could not reach " + host + ": it did not accept a connection within "
                    + duration(timeout) + ".");
        }
        if (cause instanceof HttpTimeoutException) {
            return notInTime(uri);
        }
        if (cause instanceof ConnectException) {
            return new InvalidInputException("Could not reach " + host + ": the connection was refused.");
        }
        if (cause instanceof UnknownHostException) {
            return new InvalidInputException("Could not reach " + host + ": unknown host.");
        }
        if (cause instanceof SSLException) {
            return new InvalidInputException("Could not open a secure connection to " + host
                    + ": its certificate or encryption was not accepted.");
        }
        if (cause instanceof IOException) {
            return new InvalidInputException("Could not fetch the page at " + uri + ": the connection failed before the page arrived.");
        }
        return new InvalidInputException("Could not fetch the page at " + uri + ".");
    }

    private InvalidInputException notInTime(URI uri) {
        return new InvalidInputException("The page at " + uri + " did not answer within " + duration(timeout) + ".");
    }

    private ArticleTooLargeException tooLarge(URI uri) {
        return new ArticleTooLargeException("The page at " + uri + " is larger than the import limit of " + size(maxSize)
                + ". Ask an admin to raise credence.import.max-size if it is a real article.");
    }

    private static String statusLine(int status) {
        String reason = REASONS.get(status);
        return reason == null ? "with status " + status : status + " " + reason;
    }

    private static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 != 0) {
            return millis + " milliseconds";
        }
        return millis == 1000 ? "1 second" : millis / 1000 + " seconds";
    }

    private static String size(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }

    /** Takes the body up to a limit; one byte more cancels the download and fails with the supplied refusal. */
    private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long limit;
        private final Supplier<InvalidInputException> refusal;
        private Flow.@Nullable Subscription subscription;

        Capped(long limit, Supplier<InvalidInputException> refusal) {
            this.limit = limit;
            this.refusal = refusal;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > limit) {
                    subscription().cancel();
                    result.completeExceptionally(refusal.get());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
            subscription().request(1);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        private Flow.Subscription subscription() {
            if (subscription == null) {
                throw new IllegalStateException("no subscription yet");
            }
            return subscription;
        }
    }

    /** Reads nothing: cancels the body at once, and fails with the refusal if there is one, else gives no bytes. */
    private static final class Refusing implements HttpResponse.BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> result;

        Refusing(@Nullable InvalidInputException refusal) {
            this.result = refusal == null ? CompletableFuture.completedFuture(new byte[0]) : CompletableFuture.failedFuture(refusal);
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }
    }
}

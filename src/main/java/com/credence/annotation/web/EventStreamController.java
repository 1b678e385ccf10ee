package com.credence.annotation.web;

import com.credence.annotation.AnnotationEvents;
import com.credence.annotation.StreamedEvent;
import com.credence.base.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Annotation changes as Server-Sent Events, for other tools: {@code GET /api/events} (all articles)
 * and {@code GET /api/articles/{id}/events} (one). Each event is named by its type
 * ({@code annotation.created|changed|deleted|restored|status}), carries the annotation's id, article,
 * version and the acting user, and has an id: a client that reconnects with {@code Last-Event-ID}
 * gets every event after it, none twice, in order. Without it a stream starts with the next change.
 */
@RestController
@Tag(name = "Events", description = "Annotation changes as Server-Sent Events")
class EventStreamController {

    private static final Duration OPEN_FOR = Duration.ofMinutes(30);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EventStreamController.class);

    private final AnnotationEvents events;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    /** One sender for all streams: each stream's events go out in order, and a slow client holds up no request. */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "event-streams");
        t.setDaemon(true);
        return t;
    });

    EventStreamController(AnnotationEvents events) {
        this.events = events;
        events.onCommitted(() -> streams.forEach(s -> sender.execute(s::pump)));
    }

    @Operation(summary = "Follow annotation changes", description = """
            Server-Sent Events (text/event-stream) for every committed change to an annotation on any article, named annotation.created, \
            annotation.changed, annotation.deleted, annotation.restored or annotation.status, each with a rising id and as data the \
            annotation's id, its article, its version, who changed it and when. A client that reconnects with Last-Event-ID gets every \
            event after that one, in order, none twice (kept for a day at least); without it the stream starts with the next change. \
            The stream stays open for up to 30 minutes; clients reconnect.""")
    @ApiResponse(responseCode = "200", description = "the stream (open until the client or the server closes it)",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                    examples = @ExampleObject(name = "three changes", value = AnnotationExamples.EVENTS)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @GetMapping(path = "/api/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter all(
            @Parameter(description = "the id of the last event received, to resume after it", example = "42")
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        return open(null, lastEventId);
    }

    @Operation(summary = "Follow annotation changes on one article", description = """
            Server-Sent Events (text/event-stream) for every committed change to an annotation on this article, named annotation.created, \
            annotation.changed, annotation.deleted, annotation.restored or annotation.status, each with a rising id and as data the \
            annotation's id, its article, its version, who changed it and when. A client that reconnects with Last-Event-ID gets every \
            event after that one, in order, none twice (kept for a day at least); without it the stream starts with the next change. \
            The stream stays open for up to 30 minutes; clients reconnect.""")
    @ApiResponse(responseCode = "200", description = "the stream (open until the client or the server closes it)",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                    examples = @ExampleObject(name = "three changes", value = AnnotationExamples.EVENTS)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping(path = "/api/articles/{articleId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter article(@PathVariable long articleId,
            @Parameter(description = "the id of the last event received, to resume after it", example = "42")
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        events.after(Long.MAX_VALUE - 1, articleId, 1); // a 404 for an article that does not exist, before the stream opens
        return open(articleId, lastEventId);
    }

    private SseEmitter open(@Nullable Long articleId, @Nullable String lastEventId) {
        long after;
        if (lastEventId == null || lastEventId.isBlank()) {
            after = events.newest();
        } else {
            try {
                after = Long.parseLong(lastEventId.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("Last-Event-ID must be the id of an event this stream sent.");
            }
        }
        SseEmitter emitter = new SseEmitter(OPEN_FOR.toMillis());
        try {
            // sent at once, so the client has the headers before the first change (and a reconnect delay)
            emitter.send(SseEmitter.event().comment("Credence annotation events").reconnectTime(3000));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Stream stream = new Stream(emitter, articleId, after, SecurityContextHolder.getContext().getAuthentication());
        streams.add(stream);
        Runnable close = () -> streams.remove(stream);
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(e -> close.run());
        sender.execute(stream::pump); // what came since Last-Event-ID, at once
        return emitter;
    }

    private final class Stream {
        final SseEmitter emitter;
        final @Nullable Long articleId;
        final @Nullable Authentication user;
        long last;

        Stream(SseEmitter emitter, @Nullable Long articleId, long last, @Nullable Authentication user) {
            this.emitter = emitter;
            this.articleId = articleId;
            this.last = last;
            this.user = user;
        }

        /** Sends everything after the last event sent (on the sender thread, as the user who opened the stream). */
        void pump() {
            if (!streams.contains(this)) {
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(user);
            try {
                List<StreamedEvent> batch;
                do {
                    batch = events.after(last, articleId, AnnotationEvents.MAX_READ);
                    for (StreamedEvent e : batch) {
                        emitter.send(SseEmitter.event().id(String.valueOf(e.id())).name(e.type())
                                .data(Map.of("type", e.type(), "id", e.annotationId(), "articleId", e.articleId(), "version",
                                        e.version(), "by", e.by(), "at", e.at().toString()), MediaType.APPLICATION_JSON));
                        last = e.id();
                    }
                } while (batch.size() == AnnotationEvents.MAX_READ);
            } catch (IOException | RuntimeException e) {
                // the client went away (or the stream broke): it reconnects with Last-Event-ID and loses nothing
                LOG.debug("Event stream closed: {}", e.toString());
                streams.remove(this);
                emitter.completeWithError(e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}

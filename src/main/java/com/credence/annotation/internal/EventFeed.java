package com.credence.annotation.internal;

import com.credence.annotation.StreamedEvent;
import com.credence.base.Relay;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This instance's reader of the event log: woken by the relay whenever any instance committed
 * changes, it reads what is new (up to the log's horizon) and hands each change, in order, to this
 * instance's listeners (open pages, the navigation's counts), then tells the waiters (event streams,
 * which read for themselves). One thread: listeners see the changes in the log's order; wake-ups that
 * come while it reads are folded into one more read. It also reads again on its own: soon when the log
 * stopped at a gap that is not settled yet (a transaction rolled back, which nobody announces), and
 * every {@value #POLL_MILLIS} ms in any case (an announcement lost with a connection costs a delay, not
 * a change).
 */
@Component
public class EventFeed implements DisposableBean {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EventFeed.class);

    private final EventLog log;
    private final List<Consumer<StreamedEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> waiters = new CopyOnWriteArrayList<>();
    /** The read that comes without a wake. */
    static final long POLL_MILLIS = 2_000;
    /** How soon a read that stopped at an unsettled gap looks again. */
    static final long GAP_MILLIS = 50;

    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "event-feed");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final Runnable unsubscribe;
    private long last;

    EventFeed(EventLog log, Relay relay) {
        this.log = log;
        this.last = log.newest(); // what came before this instance started is nobody's news here
        this.unsubscribe = relay.subscribe(EventLog.TOPIC, this::wake); // any instance's changes
        log.onWritten(this::wake); // this instance's, once the horizon has passed them
        reader.scheduleWithFixedDelay(this::wake, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Hands every change committed from now on, on any instance, to the listener (on the feed's thread). */
    public Runnable subscribe(Consumer<StreamedEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Runs the waiter whenever new changes were read (on the feed's thread: keep it short). */
    public Runnable onNews(Runnable waiter) {
        waiters.add(waiter);
        return () -> waiters.remove(waiter);
    }

    void wake() {
        if (queued.compareAndSet(false, true)) {
            reader.execute(this::read);
        }
    }

    private void read() {
        queued.set(false); // a wake from now on reads again
        try {
            List<StreamedEvent> batch;
            boolean news = false;
            do {
                batch = log.after(last, null, 500);
                for (StreamedEvent e : batch) {
                    last = e.id();
                    news = true;
                    for (Consumer<StreamedEvent> listener : listeners) {
                        try {
                            listener.accept(e);
                        } catch (RuntimeException failure) {
                            LOG.warn("A listener to annotation changes failed on {}", e, failure);
                        }
                    }
                }
            } while (batch.size() == 500);
            if (log.unsettled() && queued.compareAndSet(false, true)) {
                reader.schedule(this::read, GAP_MILLIS, TimeUnit.MILLISECONDS);
            }
            if (news) {
                waiters.forEach(w -> {
                    try {
                        w.run();
                    } catch (RuntimeException failure) {
                        LOG.warn("A waiter for annotation changes failed", failure);
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.warn("Reading the event log failed; the next change reads again", e);
        }
    }

    @Override
    public void destroy() {
        unsubscribe.run();
        reader.shutdownNow();
    }
}

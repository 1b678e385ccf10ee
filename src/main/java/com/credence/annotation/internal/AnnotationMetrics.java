package com.credence.annotation.internal;

import com.credence.annotation.AnnotationEvent;
import com.credence.base.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

/**
 * Counts annotations written, once committed: {@code credence.annotations.written} by change
 * (created, changed, deleted, restored, status), for Prometheus at /actuator/prometheus.
 */
@Component
class AnnotationMetrics {

    private final Map<String, Counter> counters;

    AnnotationMetrics(MeterRegistry registry) {
        this.counters = Map.of("created", counter(registry, "created"), "changed", counter(registry, "changed"), "deleted",
                counter(registry, "deleted"), "restored", counter(registry, "restored"), "status", counter(registry, "status"));
    }

    private static Counter counter(MeterRegistry registry, String change) {
        return Counter.builder("credence.annotations.written").description("Annotations written (committed), by change")
                .tag("change", change).register(registry);
    }

    @EventListener
    void on(AnnotationEvent event) {
        Counter counter = counters.get(EventLog.change(event));
        AfterCommit.run(counter::increment);
    }
}

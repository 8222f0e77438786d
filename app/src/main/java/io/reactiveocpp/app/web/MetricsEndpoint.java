package io.reactiveocpp.app.web;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.reactiveocpp.app.metrics.ProcessMeters;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /metrics}: the registry in Prometheus' text format, with the session's meters (the registry is
 * the one the session was built with) and, bound here, JVM memory, garbage collection, threads and CPU, the
 * build's version and the process's resident memory ({@link ProcessMeters}).
 * The JVM meters are bound at the first scrape, not at start: they load the JDK's management beans, which a
 * charge point that nobody scrapes need not carry (their counters start at that first scrape). The scrape runs
 * off the event loop.
 */
final class MetricsEndpoint implements AutoCloseable {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private JvmGcMetrics gc;

    MetricsEndpoint(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    Mono<Reply> scrape(Call call) {
        return Mono.fromCallable(() -> {
            bindJvmMeters();
            return new Reply(200, CONTENT_TYPE, registry.scrape());
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private synchronized void bindJvmMeters() {
        if (gc == null) {
            new JvmMemoryMetrics().bindTo(registry);
            gc = new JvmGcMetrics();
            gc.bindTo(registry);
            new JvmThreadMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            ProcessMeters.bindTo(registry);
        }
    }

    /** Stops listening for GC notifications. */
    @Override
    public synchronized void close() {
        if (gc != null) {
            gc.close();
        }
    }
}

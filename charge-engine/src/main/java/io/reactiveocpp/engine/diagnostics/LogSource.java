package io.reactiveocpp.engine.diagnostics;

import io.reactiveocpp.codec.type.LogType;
import reactor.core.publisher.Flux;

import java.time.Instant;

/**
 * Where the log entries of a diagnostics archive come from: the app reads its rolling log files. An entry is one
 * logged event, possibly several lines (a stack trace), emitted as one string without its final line end.
 *
 * <p>The Flux is lazy and may block while it reads (it is subscribed on a scheduler that allows blocking, never on
 * the engine's). It emits the entries of {@code type} whose time stamp lies in {@code from..to} (both inclusive;
 * {@code null} leaves that end open), oldest first.
 */
@FunctionalInterface
public interface LogSource {

    /**
     * The entries of {@code type} between {@code from} and {@code to}: for {@link LogType#DIAGNOSTICS_LOG} every
     * entry, for {@link LogType#SECURITY_LOG} those of the security-related loggers (the implementation decides which).
     */
    Flux<String> entries(LogType type, Instant from, Instant to);

    /** No log at all: archives hold an empty log (tests, fleet mode). */
    LogSource NONE = (type, from, to) -> Flux.empty();
}

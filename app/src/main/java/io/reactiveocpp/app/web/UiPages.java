package io.reactiveocpp.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.reactiveocpp.app.ChargePointRuntime;
import io.reactiveocpp.app.web.ui.Layout;
import io.reactiveocpp.app.web.ui.LoginPage;
import io.reactiveocpp.app.web.ui.OcppLogPage;
import io.reactiveocpp.app.web.ui.ParametersPage;
import io.reactiveocpp.app.web.ui.StatusPage;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Config UI's pages ({@code /}, {@code /parameters}, {@code /ocpp-log}, {@code /login}) and the status page's
 * live stream ({@code /ui/status/stream}): server-side HTML (readable without JavaScript) from the same documents
 * and validators as the JSON API. Every page is sent with a strict Content-Security-Policy (scripts and styles from
 * this server only, no inline script, no framing) and is never cached.
 */
final class UiPages {

    /** Status streams open at once. */
    static final int MAX_STATUS_STREAMS = 8;
    /** Updates of the status page come at most this often; a burst of changes becomes one update. */
    static final Duration STATUS_COALESCE = Duration.ofMillis(250);
    private static final Map<String, String> PAGE_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin", // no-referrer would make the browser send Origin: null, which the guard refuses
            "Cache-Control", "no-store");

    private static final String SET_COOKIE = HttpHeaderNames.SET_COOKIE.toString();

    private final Supplier<ChargePointRuntime> runtimes;
    private final boolean simulator;
    private final StatusEndpoint status;
    private final EventStreams statusStreams = new EventStreams(MAX_STATUS_STREAMS, "status streams");

    UiPages(Supplier<ChargePointRuntime> runtimes, boolean simulator, StatusEndpoint status) {
        this.runtimes = runtimes;
        this.simulator = simulator;
        this.status = status;
    }

    /** {@code GET /}. */
    Mono<Reply> status(Call call) {
        ChargePointRuntime runtime = call.runtime();
        return status.document(runtime).map(document -> html(200, StatusPage.render(tree(document),
                call.session().csrf(), UiStatic.VERSION, simulator)));
    }

    /** {@code GET /parameters}: the values read on the engine's scheduler. */
    Mono<Reply> parameters(Call call) {
        ChargePointRuntime runtime = call.runtime();
        String csrf = call.session().csrf();
        return runtime.chargePoint().onScheduler(() -> ParametersPage.render(runtime.configuration(),
                chargePointId(runtime), csrf, UiStatic.VERSION)).map(page -> html(200, page));
    }

    /** {@code GET /ocpp-log?action=X}. */
    Mono<Reply> ocppLog(Call call) {
        ChargePointRuntime runtime = call.runtime();
        String action = OcppLogEndpoint.action(call);
        String csrf = call.session().csrf();
        return runtime.ocppLog().frames(action, runtime.ocppLog().capacity()).map(frames -> html(200,
                OcppLogPage.render(frames, action, runtime.ocppLog().capacity(), chargePointId(runtime), csrf,
                        UiStatic.VERSION)));
    }

    /**
     * {@code GET /ui/status/stream}: an event {@code status} with the new {@code #status-body} at once and after
     * each change (coalesced over {@link #STATUS_COALESCE}), until the session ends or the charge point is restarted in
     * process (the browser then connects to the new one).
     */
    Mono<Function<HttpServerResponse, Mono<Void>>> statusStream(Call call) {
        ChargePointRuntime runtime = call.runtime();
        Flux<String> updates = Flux.concat(Mono.just(Boolean.TRUE), StatusChanges.changes(runtime)
                        .sample(STATUS_COALESCE).onBackpressureLatest())
                .concatMap(change -> status.document(runtime)
                        .map(document -> EventStreams.event("status", StatusPage.body(tree(document)))), 1);
        return Mono.just(statusStreams.writer(updates, () -> call.authorized().getAsBoolean() && runtimes.get() == runtime));
    }

    /** The login page, with {@code error} ({@code null}: none) and {@code status}. */
    static Reply login(int status, String error) {
        return html(status, LoginPage.render(UiStatic.VERSION, error));
    }

    /** A {@code 303 See Other} to {@code location}. */
    static Reply redirect(String location) {
        return new Reply(303, "text/plain; charset=utf-8", "").withHeader("Location", location)
                .withHeader("Cache-Control", "no-store");
    }

    /**
     * The answer of a login form's post: a successful login ({@code reply} 200 with the session's cookie) becomes a
     * redirect to the status page with that cookie; a refusal becomes the login page with its reason and status.
     */
    static Reply afterLogin(Reply reply) {
        if (reply.status() == 200) {
            return redirect("/").withHeader(SET_COOKIE, reply.headers().get(SET_COOKIE));
        }
        Reply page = login(reply.status(), message(reply));
        String retry = reply.headers().get("Retry-After");
        return retry == null ? page : page.withHeader("Retry-After", retry);
    }

    /** A page's failure ({@link Responses#failure}'s reply) as a page; while the charge point restarts, one that reloads. */
    static Reply failure(Reply reply) {
        boolean restarting = reply.status() == 503;
        return html(reply.status(), Layout.notice(restarting ? "One moment" : "Error " + reply.status(), message(reply),
                restarting, UiStatic.VERSION));
    }

    /** The {@code error} member of a JSON error reply, else the body. */
    static String message(Reply reply) {
        try {
            JsonNode body = Reply.mapper().readTree(reply.body());
            return body.hasNonNull("error") ? body.get("error").asText() : reply.body();
        } catch (IOException e) {
            return reply.body();
        }
    }

    private static Reply html(int status, String page) {
        Reply reply = new Reply(status, "text/html; charset=utf-8", page);
        for (Map.Entry<String, String> header : PAGE_HEADERS.entrySet()) {
            reply = reply.withHeader(header.getKey(), header.getValue());
        }
        return reply;
    }

    private static JsonNode tree(Object document) {
        return Reply.mapper().valueToTree(document);
    }

    private static String chargePointId(ChargePointRuntime runtime) {
        return runtime.session().config().chargePointId();
    }
}

package io.reactiveocpp.app.web;

import io.reactiveocpp.app.fleet.Fleet;
import io.reactiveocpp.app.fleet.FleetMember;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Fleet mode's look at the load test: {@code GET /api/fleet} (counts by state, sessions, the slowest members,
 * {@code ?slowest=N} of them, 10 by default, at most 100) and {@code GET /api/fleet/{id}/status}, one member's
 * status document, the same as {@code GET /api/status} of a single charge point.
 */
final class FleetEndpoint {

    static final int DEFAULT_SLOWEST = 10;
    static final int MAX_SLOWEST = 100;

    private final Fleet fleet;
    private final StatusEndpoint status;

    FleetEndpoint(Fleet fleet, StatusEndpoint status) {
        this.fleet = fleet;
        this.status = status;
    }

    Mono<Reply> report(Call call) {
        String text = call.query("slowest");
        int slowest = DEFAULT_SLOWEST;
        if (text != null) {
            try {
                slowest = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                slowest = -1;
            }
            if (slowest < 0 || slowest > MAX_SLOWEST) {
                return Mono.just(Reply.error(400, "slowest", "slowest must be 0 to " + MAX_SLOWEST + ", got " + text));
            }
        }
        int count = slowest;
        return Mono.fromCallable(() -> Reply.json(200, fleet.report(count)));
    }

    Mono<Reply> member(Call call) {
        String id = call.param("id");
        FleetMember member = fleet.member(id).orElse(null);
        if (member == null) {
            return Mono.just(Reply.error(404, "id", "no started member of this fleet is called " + id));
        }
        return status.document(member.chargePoint(), member.session(), List.of(), List.of())
                .map(document -> Reply.json(200, document));
    }
}

package io.reactiveocpp.app.web.ui;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The status page, rendered from the document {@code GET /api/status} answers, so the page shows exactly what the
 * API says: the backend link, the registration, each connector, the transaction-message queue with its dead
 * letters, firmware and diagnostics. {@link #body} is also what each live update carries (the script swaps
 * {@code #status-body}); the page is complete without JavaScript. Missing members render as a dash.
 */
public final class StatusPage {

    /** The error codes the simulator's fault control offers (OCPP 1.6 ChargePointErrorCode, without NoError). */
    static final List<String> FAULTS = List.of("ConnectorLockFailure", "EVCommunicationError", "GroundFailure",
            "HighTemperature", "InternalError", "LocalListConflict", "OtherError", "OverCurrentFailure",
            "OverVoltage", "PowerMeterFailure", "PowerSwitchFailure", "ReaderFailure", "ResetFailure",
            "UnderVoltage", "WeakSignal");
    private static final String DASH = "—";

    private StatusPage() {
    }

    /** The whole page; {@code simulator}: the simulated hardware's controls are shown. */
    public static String render(JsonNode status, String csrf, String version, boolean simulator) {
        Html main = new Html().open("p", "class", "live-line").text("Updates: ")
                .element("span", "offline", "id", "live", "class", "live-state")
                .element("noscript", " (without JavaScript: reload the page for fresh values)").close("p")
                .open("div", "id", "status-body").raw(body(status)).close("div");
        if (simulator) {
            main.raw(simulatorControls(status.path("connectors").size()));
        }
        return Layout.page(Layout.Page.STATUS, text(status.path("chargePointId")), csrf, version, main.toString());
    }

    /** The content of {@code #status-body}. */
    public static String body(JsonNode status) {
        Html html = new Html();
        backend(html, status);
        html.open("div", "class", "connectors");
        for (JsonNode connector : status.path("connectors")) {
            connector(html, connector);
        }
        html.close("div");
        queue(html, status.path("queue"));
        maintenance(html, status);
        warnings(html, status);
        return html.toString();
    }

    private static void backend(Html html, JsonNode status) {
        JsonNode backend = status.path("backend");
        String phase = text(backend.path("phase"));
        html.open("section", "class", "card", "id", "backend-card").element("h2", "Backend").open("dl")
                .element("dt", "Link").open("dd", "id", "backend-phase", "class", "phase phase-" + slug(phase))
                .text(phase).close("dd")
                .element("dt", "Since").element("dd", instant(backend.path("since")), "id", "backend-since")
                .element("dt", "Reconnect attempt").element("dd", text(backend.path("attempt")), "id", "backend-attempt")
                .element("dt", "Last error").element("dd", text(backend.path("cause")), "id", "backend-error")
                .element("dt", "Registration").element("dd", text(status.path("registration")), "id", "registration");
        if (status.hasNonNull("chargingRefused")) {
            html.element("dt", "Charging refused").element("dd", text(status.path("chargingRefused")),
                    "id", "charging-refused", "class", "error");
        }
        html.close("dl").close("section");
    }

    private static void connector(Html html, JsonNode connector) {
        String id = text(connector.path("connectorId"));
        String status = text(connector.path("status"));
        String prefix = "connector-" + id;
        List<String> errors = new ArrayList<>();
        connector.path("errorCodes").forEach(code -> errors.add(code.asText()));
        html.open("section", "class", "card connector", "id", prefix, "data-status", status)
                .element("h2", "Connector " + id)
                .open("p", "class", "ocpp-status").open("span", "id", prefix + "-status", "class", "badge status-" + slug(status))
                .text(status).close("span").close("p").open("dl")
                .element("dt", "Errors").element("dd", errors.isEmpty() ? "none" : String.join(", ", errors),
                        "id", prefix + "-errors", "class", errors.isEmpty() ? null : "error")
                .element("dt", "Transaction").element("dd", text(connector.path("transactionId")), "id", prefix + "-transaction");
        if (connector.hasNonNull("idTag")) {
            html.element("dt", "Id tag").element("dd", text(connector.path("idTag")), "id", prefix + "-idtag");
        }
        if (connector.hasNonNull("transactionStartedAt")) {
            html.element("dt", "Started").element("dd", instant(connector.path("transactionStartedAt")), "id", prefix + "-started");
        }
        html.element("dt", "Energy").element("dd", kWh(connector.path("energyWh")), "id", prefix + "-energy")
                .element("dt", "Power").element("dd", kW(connector.path("powerW")), "id", prefix + "-power")
                .element("dt", "Offered").element("dd", amps(connector.path("offeredA")), "id", prefix + "-offered")
                .element("dt", "Drawn").element("dd", amps(connector.path("drawnA")), "id", prefix + "-drawn");
        JsonNode limit = connector.path("smartCharging");
        if (limit.hasNonNull("limitA")) {
            html.element("dt", "Smart Charging limit").element("dd", amps(limit.path("limitA"))
                    + (limit.hasNonNull("rule") ? " (" + limit.path("rule").asText() + ")" : ""), "id", prefix + "-limit");
        }
        html.close("dl").close("section");
    }

    private static void queue(Html html, JsonNode queue) {
        html.open("section", "class", "card", "id", "queue-card").element("h2", "Transaction message queue").open("dl")
                .element("dt", "Waiting").element("dd", text(queue.path("depth")) + " of " + text(queue.path("capacity"))
                        + (queue.path("diskFull").asBoolean() ? " (disk full)" : queue.path("full").asBoolean() ? " (full)" : ""),
                        "id", "queue-depth", "class", queue.path("full").asBoolean() ? "error" : null)
                .element("dt", "Oldest waiting").element("dd", seconds(queue.path("oldestAgeSeconds")), "id", "queue-oldest")
                .element("dt", "Dead letters").element("dd", text(queue.path("deadLetters")), "id", "dead-letter-count")
                .close("dl");
        JsonNode letters = queue.path("deadLetterList");
        html.open("table", "id", "dead-letters", "class", "dead-letters")
                .raw("<caption>Messages whose attempts were exhausted (the latest 20, oldest first)</caption>")
                .raw("<thead><tr><th>#</th><th>Message</th><th>Attempts</th><th>Failed at</th><th>Last error</th></tr></thead>")
                .open("tbody");
        if (letters.isEmpty()) {
            html.raw("<tr><td colspan=\"5\">none</td></tr>");
        }
        for (JsonNode letter : letters) {
            html.open("tr", "class", "dead-letter").element("td", text(letter.path("seq")))
                    .element("td", text(letter.path("action")) + " (transaction ref " + text(letter.path("txRef")) + ")")
                    .element("td", text(letter.path("attempts"))).element("td", instant(letter.path("failedAt")))
                    .element("td", text(letter.path("reason"))).close("tr");
        }
        html.close("tbody").close("table").close("section");
    }

    private static void maintenance(Html html, JsonNode status) {
        JsonNode firmware = status.path("firmware");
        JsonNode diagnostics = status.path("diagnostics");
        html.open("section", "class", "card", "id", "maintenance-card").element("h2", "Firmware and diagnostics").open("dl")
                .element("dt", "Firmware update").element("dd", firmware.isMissingNode() ? DASH : text(firmware.path("phase"))
                        + (firmware.hasNonNull("location") ? " from " + firmware.path("location").asText() : "")
                        + (firmware.path("bytes").asLong() > 0 ? ", " + firmware.path("bytes").asLong() + " bytes" : "")
                        + (firmware.path("attempt").asInt() > 1 ? ", attempt " + firmware.path("attempt").asInt() : ""),
                        "id", "firmware")
                .element("dt", "Diagnostics upload").element("dd", diagnostics.isObject()
                        ? text(diagnostics.has("status") ? diagnostics.path("status") : diagnostics.path("phase"))
                        : text(diagnostics), "id", "diagnostics")
                .close("dl").close("section");
    }

    private static void warnings(Html html, JsonNode status) {
        JsonNode ignored = status.path("ignoredConfiguration");
        JsonNode setAside = status.path("databasesSetAside");
        if (ignored.isEmpty() && setAside.isEmpty()) {
            return;
        }
        html.open("section", "class", "card warnings", "id", "warnings").element("h2", "Warnings").open("ul");
        for (JsonNode each : ignored) {
            html.element("li", "Configuration " + text(each.path("key")) + " = '" + text(each.path("value")) + "' from "
                    + text(each.path("source")) + " ignored: " + text(each.path("reason")));
        }
        for (JsonNode each : setAside) {
            html.element("li", "Database " + text(each.path("database")) + " set aside as " + text(each.path("keptAs"))
                    + ": " + text(each.path("reason")));
        }
        html.close("ul").close("section");
    }

    /** Per connector: plug, unplug, EV suspend/resume, fault; and a card to present. */
    static String simulatorControls(int connectors) {
        Html html = new Html().open("section", "class", "card", "id", "sim").element("h2", "Simulated hardware");
        for (int n = 1; n <= connectors; n++) {
            String id = Integer.toString(n);
            html.open("div", "class", "sim-connector").element("h3", "Connector " + id);
            for (String[] action : new String[][]{{"plug", "Plug in EV"}, {"unplug", "Unplug"},
                    {"ev-suspend", "EV pauses"}, {"ev-resume", "EV resumes"}}) {
                html.element("button", action[1], "type", "button", "data-sim", action[0], "data-connector", id);
            }
            html.open("span", "class", "fault-control").open("select", "id", "sim-fault-" + id,
                    "aria-label", "fault of connector " + id);
            for (String fault : FAULTS) {
                html.element("option", fault, "value", fault);
            }
            html.close("select")
                    .element("button", "Inject fault", "type", "button", "data-sim", "fault", "data-connector", id)
                    .element("button", "Clear fault", "type", "button", "data-sim", "clear-fault", "data-connector", id)
                    .close("span").close("div");
        }
        html.open("div", "class", "sim-card").element("label", "Card (idTag)", "for", "sim-idtag")
                .open("input", "id", "sim-idtag", "type", "text", "maxlength", "20", "value", "CARD-1", "autocomplete", "off")
                .open("select", "id", "sim-card-connector", "aria-label", "connector for the card")
                .element("option", "any connector", "value", "");
        for (int n = 1; n <= connectors; n++) {
            html.element("option", "connector " + n, "value", Integer.toString(n));
        }
        return html.close("select").element("button", "Present card", "type", "button", "id", "sim-present-card")
                .close("div").element("p", "", "id", "sim-message", "role", "status").close("section").toString();
    }

    private static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() || node.asText().isEmpty() ? DASH : node.asText();
    }

    private static String instant(JsonNode node) {
        String text = text(node);
        if (node.isNumber()) { // epoch milliseconds
            return Instant.ofEpochMilli(node.asLong()).toString();
        }
        return text;
    }

    private static String kWh(JsonNode wh) {
        return wh.isNumber() ? String.format(Locale.ROOT, "%.3f kWh", wh.asDouble() / 1000) : DASH;
    }

    private static String kW(JsonNode w) {
        return w.isNumber() && !Double.isNaN(w.asDouble()) ? String.format(Locale.ROOT, "%.2f kW", w.asDouble() / 1000) : DASH;
    }

    private static String amps(JsonNode a) {
        return a.isNumber() ? String.format(Locale.ROOT, "%.1f A", a.asDouble()) : DASH;
    }

    private static String seconds(JsonNode s) {
        return s.isNumber() ? s.asLong() + " s" : DASH;
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}

package io.reactiveocpp.app.web.ui;

import io.reactiveocpp.app.ocpplog.OcppFrame;

import java.util.List;

/**
 * The OCPP log page: the frames the log keeps (secrets already masked by {@link io.reactiveocpp.app.ocpplog.OcppLog}),
 * oldest first, in a table the script extends with each new frame from {@code /api/ocpp-log/stream}; a filter by
 * action (which also keeps the answers to that action's CALLs) and the JSON Lines download.
 */
public final class OcppLogPage {

    private OcppLogPage() {
    }

    /** The whole page with {@code frames}, filtered by {@code action} ({@code null}: all). */
    public static String render(List<OcppFrame> frames, String action, int capacity, String chargePointId, String csrf,
                                String version) {
        Html main = new Html().element("h1", "OCPP log")
                .open("form", "class", "log-tools", "method", "get", "action", "/ocpp-log")
                .element("label", "Action", "for", "log-filter")
                .open("input", "type", "search", "id", "log-filter", "name", "action", "value", action,
                        "placeholder", "e.g. StatusNotification", "pattern", "[A-Za-z0-9]{1,64}", "spellcheck", "false",
                        "autocapitalize", "off")
                .element("button", "Filter", "type", "submit", "id", "log-filter-submit")
                .element("a", "Download JSONL", "id", "log-download", "href", "/api/ocpp-log.jsonl", "download", "ocpp-log.jsonl")
                .element("span", "offline", "id", "live", "class", "live-state")
                .close("form")
                .element("p", "The last " + capacity + " frames in both directions, newest at the bottom; "
                        + "secrets such as AuthorizationKey values are masked.", "class", "help")
                .open("div", "class", "table-scroll")
                .open("table", "id", "ocpp-log", "class", "ocpp-log")
                .raw("<thead><tr><th>Time (UTC)</th><th>Dir.</th><th>Type</th><th>Action</th><th>Frame</th></tr></thead>")
                .open("tbody");
        for (OcppFrame frame : frames) {
            row(main, frame);
        }
        main.close("tbody").close("table").close("div");
        return Layout.page(Layout.Page.OCPP_LOG, chargePointId, csrf, version, main.toString());
    }

    /** The time of day of an ISO-8601 instant to the millisecond ({@code 02:36:23.255}); else the text as it is. */
    static String clock(String time) {
        int t = time.indexOf('T');
        return t < 0 || time.length() < t + 13 ? time : time.substring(t + 1, t + 13);
    }

    /** One frame's row; ui.js builds the same for live frames. */
    static void row(Html html, OcppFrame frame) {
        boolean out = frame.direction().equals("out");
        html.open("tr", "class", "frame dir-" + frame.direction(), "data-action", frame.action(),
                        "data-direction", frame.direction(), "data-seq", Long.toString(frame.seq()))
                .element("td", clock(frame.time()), "class", "time", "title", frame.time())
                .element("td", out ? "→ out" : "← in", "class", "dir")
                .element("td", frame.type() == null ? "?" : frame.type(), "class", "type")
                .element("td", frame.action() == null ? "" : frame.action(), "class", "action")
                .open("td", "class", "text").element("code", frame.text()).close("td")
                .close("tr");
    }
}

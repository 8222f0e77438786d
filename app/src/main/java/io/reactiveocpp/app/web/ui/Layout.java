package io.reactiveocpp.app.web.ui;

import java.util.List;

/**
 * The frame of every Config UI page: the document head (viewport for phones, the session's CSRF token for the
 * script's writes, the stylesheet and the script from the jar, versioned so that an upgrade is never served from a
 * stale cache), the header with the charge point's id and the navigation, and the page's main content.
 */
public final class Layout {

    /** A page of the navigation. */
    public enum Page {
        STATUS("status", "/", "Status"),
        PARAMETERS("parameters", "/parameters", "Parameters"),
        OCPP_LOG("ocpp-log", "/ocpp-log", "OCPP log");

        final String name;
        final String path;
        final String title;

        Page(String name, String path, String title) {
            this.name = name;
            this.path = path;
            this.title = title;
        }
    }

    private Layout() {
    }

    /** A whole page: {@code main} is the markup of its {@code <main>}. */
    public static String page(Page page, String chargePointId, String csrf, String version, String main) {
        Html html = head(page.title + " · " + chargePointId, page.name, csrf, version);
        html.open("header").open("div", "class", "brand").element("strong", "reactive-ocpp")
                .element("span", chargePointId, "class", "cp-id").close("div").open("nav");
        for (Page each : List.of(Page.values())) {
            html.element("a", each.title, "href", each.path, "aria-current", each == page ? "page" : null);
        }
        html.element("button", "Log out", "id", "logout", "type", "button").close("nav").close("header");
        return html.open("main").raw(main).close("main").close("body").close("html").toString();
    }

    /**
     * A page with one message and a link back to the status page (a failure, or the charge point restarting);
     * {@code reload}: the browser asks again after 3 s.
     */
    public static String notice(String heading, String message, boolean reload, String version) {
        return head("reactive-ocpp", "error", null, version, reload).open("main").element("h1", heading)
                .element("p", message, "id", "error", "class", "error")
                .open("p").element("a", "Back to the status page", "href", "/").close("p")
                .close("main").close("body").close("html").toString();
    }

    /** The document up to and including {@code <body>}; {@code csrf} {@code null} on the login page. */
    static Html head(String title, String pageName, String csrf, String version) {
        return head(title, pageName, csrf, version, false);
    }

    private static Html head(String title, String pageName, String csrf, String version, boolean reload) {
        Html html = new Html().raw("<!DOCTYPE html>").open("html", "lang", "en").open("head")
                .open("meta", "charset", "utf-8")
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        if (reload) {
            html.open("meta", "http-equiv", "refresh", "content", "3");
        }
        if (csrf != null) {
            html.open("meta", "name", "csrf-token", "content", csrf);
        }
        return html.element("title", title)
                .open("link", "rel", "stylesheet", "href", "/ui/static/ui.css?v=" + version)
                .open("script", "src", "/ui/static/ui.js?v=" + version, "defer", "").close("script")
                .close("head").open("body", "data-page", pageName);
    }
}

package io.reactiveocpp.app.web.ui;

/**
 * The login form: one password field (the admin password, as for HTTP Basic), posted as a plain form to
 * {@code /ui/login}, so logging in works without JavaScript; a failure shows its message in {@code #login-error}.
 */
public final class LoginPage {

    private LoginPage() {
    }

    /** The page; {@code error} {@code null} when there is nothing to tell. */
    public static String render(String version, String error) {
        Html html = Layout.head("Log in · reactive-ocpp", "login", null, version);
        html.open("main", "class", "login").open("form", "id", "login-form", "method", "post", "action", "/ui/login")
                .element("h1", "reactive-ocpp")
                .element("p", "Charge controller configuration. Log in with the admin password.")
                .element("label", "Admin password", "for", "password")
                .open("input", "type", "password", "id", "password", "name", "password", "required", "",
                        "autocomplete", "current-password", "autofocus", "", "maxlength", "1024");
        if (error != null) {
            html.element("p", error, "id", "login-error", "class", "error", "role", "alert");
        }
        return html.element("button", "Log in", "id", "login-submit", "type", "submit")
                .close("form").close("main").close("body").close("html").toString();
    }
}

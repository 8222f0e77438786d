package io.reactiveocpp.app.web.ui;

import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyDefinition;
import io.reactiveocpp.engine.config.KeyType;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parameters page: the seed's categories in the seed's order ({@link ParameterTable}), then every other OCPP key
 * of the charge point. Each parameter gets the input its {@link KeyDefinition} calls for (a switch for booleans, a
 * number with the key's range, a choice of the allowed values, text, an empty password field for write-only secrets,
 * which are never sent to the browser) and is saved on its own through {@code PUT /api/config/{key}}, which runs
 * the key's validator as ChangeConfiguration does, so the page shows the same error text. Read-only keys are shown,
 * not editable.
 */
public final class ParametersPage {

    private static final String SECRET = "AuthorizationKey";

    private ParametersPage() {
    }

    /** The whole page, with the values {@code config} holds now. Call on the engine's scheduler. */
    public static String render(Configuration config, String chargePointId, String csrf, String version) {
        Html main = new Html().element("h1", "Parameters")
                .open("div", "id", "restart-banner", "class", "banner", "hidden", "")
                .element("p", "A change waits for a restart of the charge point (RebootRequired).")
                .element("button", "Restart now", "id", "restart", "class", "restart-button", "type", "button")
                .close("div")
                .element("noscript", "Saving a parameter needs JavaScript; the values below are read-only without it.");
        Set<String> shown = new HashSet<>();
        for (ParameterTable.Category category : ParameterTable.CATEGORIES) {
            main.open("section", "class", "category", "id", "category-" + category.slug()).element("h2", category.name());
            for (ParameterTable.Parameter parameter : category.parameters()) {
                KeyDefinition key = config.catalogue().get(parameter.key());
                if (key != null) {
                    shown.add(key.name());
                    row(main, config, key, parameter.label(), help(parameter));
                }
            }
            main.close("section");
        }
        List<KeyDefinition> others = config.catalogue().all().stream().filter(k -> !shown.contains(k.name()))
                .sorted(Comparator.comparing(KeyDefinition::name)).toList();
        main.open("section", "class", "category", "id", "category-other").element("h2", "Other OCPP keys")
                .open("details").element("summary", others.size() + " standard and vendor keys");
        for (KeyDefinition key : others) {
            row(main, config, key, key.name(), "");
        }
        main.close("details").close("section");
        main.open("section", "class", "category", "id", "category-restart").element("h2", "Restart")
                .element("p", "Stops running transactions (reason Reboot) and restarts the charge point; it is back "
                        + "within seconds. Every key above applies at once; a key that answers RebootRequired applies "
                        + "after this.", "class", "help")
                .element("button", "Restart the charge point", "id", "restart-always", "class", "restart-button",
                        "type", "button")
                .element("p", "", "id", "restart-message", "class", "msg", "role", "status")
                .close("section");
        return Layout.page(Layout.Page.PARAMETERS, chargePointId, csrf, version, main.toString());
    }

    private static String help(ParameterTable.Parameter parameter) {
        String purpose = parameter.purpose().endsWith(".") ? parameter.purpose() : parameter.purpose() + ".";
        return parameter.remark().isEmpty() ? purpose : purpose + " " + parameter.remark();
    }

    private static void row(Html html, Configuration config, KeyDefinition key, String label, String help) {
        String name = key.name();
        String input = "input-" + name;
        boolean readOnly = key.access() == KeyDefinition.Access.READ_ONLY;
        html.open("div", "class", "param", "id", "param-" + name, "data-key", name)
                .open("div", "class", "param-head").element("label", label, "for", input)
                .element("code", name);
        if (key.rebootRequired()) {
            html.element("span", "restart needed", "class", "tag", "title", "a change applies after a restart");
        }
        html.close("div");
        String rules = rules(key);
        if (!help.isEmpty() || !rules.isEmpty()) {
            html.open("p", "class", "help").text(help);
            if (!rules.isEmpty()) {
                html.element("span", (help.isEmpty() ? "" : " ") + rules, "class", "rules");
            }
            html.close("p");
        }
        html.open("div", "class", "param-edit");
        String value = secret(key) ? null : config.value(name);
        control(html, key, input, value, readOnly);
        if (!readOnly) {
            html.element("button", "Save", "type", "button", "id", "save-" + name, "class", "save", "data-key", name);
        }
        html.close("div").element("p", "", "id", "msg-" + name, "class", "msg", "role", "status").close("div");
    }

    private static void control(Html html, KeyDefinition key, String id, String value, boolean readOnly) {
        String disabled = readOnly ? "" : null;
        if (secret(key)) {
            html.open("input", "type", "password", "id", id, "name", key.name(), "autocomplete", "new-password",
                    "placeholder", "not shown; type a new value to replace it", "disabled", disabled);
        } else if (key.type() == KeyType.BOOLEAN) {
            Boolean on = value == null ? null : KeyDefinition.parseBoolean(value);
            html.open("input", "type", "checkbox", "role", "switch", "id", id, "name", key.name(),
                    "checked", Boolean.TRUE.equals(on) ? "" : null, "disabled", disabled);
        } else if (key.type() == KeyType.INTEGER) {
            html.open("input", "type", "number", "inputmode", "numeric", "step", "1", "id", id, "name", key.name(),
                    "min", key.min() == Long.MIN_VALUE ? null : Long.toString(key.min()),
                    "max", key.max() == Long.MAX_VALUE ? null : Long.toString(key.max()),
                    "value", value, "disabled", disabled);
        } else if (key.type() != KeyType.CSL && !key.allowed().isEmpty()) {
            html.open("select", "id", id, "name", key.name(), "disabled", disabled);
            Set<String> choices = new TreeSet<>(key.allowed());
            if (value != null) {
                choices.add(value);
            }
            for (String choice : choices) {
                html.element("option", choice, "value", choice, "selected", choice.equals(value) ? "" : null);
            }
            html.close("select");
        } else {
            html.open("input", "type", "text", "id", id, "name", key.name(), "value", value, "disabled", disabled,
                    "spellcheck", "false", "autocapitalize", "off");
        }
    }

    /** The key's range or choices in words, for the help text. */
    private static String rules(KeyDefinition key) {
        if (key.access() == KeyDefinition.Access.READ_ONLY) {
            return "Read-only.";
        }
        if (key.type() == KeyType.INTEGER && key.max() != Long.MAX_VALUE) {
            return "Whole number " + key.min() + " to " + key.max() + ".";
        }
        if (key.type() == KeyType.CSL) {
            return key.allowed().isEmpty() ? "Comma-separated list." : "Comma-separated, from: "
                    + String.join(", ", new TreeSet<>(key.allowed())) + ".";
        }
        return "";
    }

    private static boolean secret(KeyDefinition key) {
        return key.access() == KeyDefinition.Access.WRITE_ONLY || key.name().equals(SECRET);
    }
}

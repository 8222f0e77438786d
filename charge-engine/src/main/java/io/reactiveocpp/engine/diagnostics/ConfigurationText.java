package io.reactiveocpp.engine.diagnostics;

import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyDefinition;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * {@code configuration.txt} of a diagnostics archive: every configuration key and its value, one {@code key=value} a
 * line in name order, with secrets removed: a write-only key (AuthorizationKey) and every key whose name looks like a
 * secret (password, secret, token, key material) reads {@code <removed>}, and credentials in a URL's user-info
 * ({@code ws://user:password@host}, a proxy) read {@code ***}. Read on the engine's scheduler.
 */
final class ConfigurationText {

    static final String REMOVED = "<removed>";
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|secret|token|passphrase|"
            + "authorizationkey|privatekey|credential).*");
    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/@\\s]+@");

    private ConfigurationText() {
    }

    static String of(Configuration config) {
        StringBuilder text = new StringBuilder();
        config.catalogue().all().stream().sorted(Comparator.comparing(KeyDefinition::name)).forEach(key -> {
            String value = config.value(key.name());
            text.append(key.name()).append('=');
            if (key.access() == KeyDefinition.Access.WRITE_ONLY || SECRET_NAME.matcher(key.name()).matches()) {
                text.append(value == null || value.isEmpty() ? "" : REMOVED);
            } else if (value != null) {
                text.append(withoutUserInfo(value));
            }
            text.append('\n');
        });
        return text.toString();
    }

    /** {@code scheme://user:password@host} becomes {@code scheme://***@host}. */
    static String withoutUserInfo(String value) {
        return USER_INFO.matcher(value).replaceAll("$1***@");
    }
}

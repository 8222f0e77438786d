package io.reactiveocpp.session;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The rules for the two connection keys whose text the session parses, {@code BackendUrl} and
 * {@code WebSocketProxy}: one place, used by {@link SessionConfig} when it is built and by the engine's
 * configuration when a key is changed (ChangeConfiguration, the local HTTP interface, the file), so a value
 * that is accepted can always be used to connect. Each check returns {@code null} for a usable value, else
 * a message that names the key and what it must be.
 */
public final class ConnectionRules {

    /** A host name (RFC 1123 labels) or an IPv4 literal. */
    private static final Pattern HOST_NAME =
            Pattern.compile("(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");
    /** An IPv6 literal in brackets. */
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9A-Fa-f:.]{2,45}]");

    private ConnectionRules() {
    }

    /**
     * {@code BackendUrl}: {@code ws://} or {@code wss://}, a host, an optional port of 1 to 65535, a path, and
     * nothing else: no user-info (credentials belong in AuthorizationKey), no query and no fragment (the
     * ChargePointID is appended as the last path segment).
     */
    public static String backendUrlProblem(String value) {
        String expected = "BackendUrl must be a ws:// or wss:// URL with a host (no user-info, query or fragment), got '"
                + value + "'";
        if (value == null || value.isBlank()) {
            return "BackendUrl must not be empty: a ws:// or wss:// URL with a host";
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return expected;
        }
        if (!("ws".equals(uri.getScheme()) || "wss".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return expected;
        }
        if (uri.getPort() == 0 || uri.getPort() > 65_535) {
            return "BackendUrl port must be 1 to 65535, got '" + value + "'";
        }
        return null;
    }

    /**
     * {@code WebSocketProxy}: empty for none, else {@code HOST} or {@code HOST:PORT} with a port of 1 to 65535
     * (80 when omitted); HOST a name, an IPv4 address or an IPv6 address in brackets.
     */
    public static String proxyProblem(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String proxy = value.trim();
        String host = host(proxy);
        if (host.isEmpty() || !(HOST_NAME.matcher(host).matches() || IPV6.matcher(host).matches())) {
            return "WebSocketProxy must be HOST or HOST:PORT, got '" + value + "'";
        }
        if (host.length() < proxy.length() && port(proxy, host) < 0) {
            return "WebSocketProxy port must be 1 to 65535, got '" + value + "'";
        }
        return null;
    }

    /** The host of a proxy that passed {@link #proxyProblem}, an IPv6 address without its brackets. */
    static String proxyHost(String proxy) {
        String host = host(proxy);
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    /** The port of a proxy that passed {@link #proxyProblem}: the one given, or 80. */
    static int proxyPort(String proxy) {
        String host = host(proxy);
        return host.length() == proxy.length() ? 80 : port(proxy, host);
    }

    private static String host(String proxy) {
        if (proxy.startsWith("[")) {
            int close = proxy.indexOf(']');
            return close < 0 ? "" : proxy.substring(0, close + 1);
        }
        int colon = proxy.lastIndexOf(':');
        return colon < 0 ? proxy : proxy.substring(0, colon);
    }

    /** The port after {@code host:}, or -1 when it is missing, not a number or out of range. */
    private static int port(String proxy, String host) {
        if (proxy.length() < host.length() + 2 || proxy.charAt(host.length()) != ':') {
            return -1;
        }
        String digits = proxy.substring(host.length() + 1);
        if (digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int port = Integer.parseInt(digits);
        return port >= 1 && port <= 65_535 ? port : -1;
    }
}

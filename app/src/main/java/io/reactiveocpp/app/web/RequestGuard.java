package io.reactiveocpp.app.web;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.NetUtil;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The checks that keep a web page in the operator's browser from using the interface, run on every request
 * before authentication (a browser would add the operator's saved credentials):
 * <ul>
 * <li><b>DNS rebinding</b>: the {@code Host} header's name (without port) must be the bound address, a
 * loopback name ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}) or one of {@code http.publicNames};
 * bound to a wildcard address ({@code 0.0.0.0}, {@code ::}), any IP literal is accepted too, but no other DNS
 * name. Else 421.</li>
 * <li><b>Cross-site requests</b>: an {@code Origin} header must be this interface's own origin,
 * {@code http://} and the {@code Host} header's value; else 403.</li>
 * <li><b>Simple requests</b>: a request with a body must declare {@code Content-Type: application/json}
 * (parameters allowed), which a page cannot send to another site without its consent; else 415. Requests
 * without a body need none.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class RequestGuard {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> names = new HashSet<>(LOOPBACK);
    private final boolean wildcard;

    RequestGuard(HttpBinding binding) {
        String bound = binding.host().toLowerCase(Locale.ROOT);
        wildcard = bound.equals("0.0.0.0") || bound.equals("::") || bound.equals("[::]");
        names.add(NetUtil.isValidIpV6Address(bound) && !bound.startsWith("[") ? "[" + bound + "]" : bound);
        names.addAll(binding.publicNames());
    }

    /** The refusal of a request with these headers, or {@code null} when it may go on. */
    Reply check(HttpHeaders headers) {
        return check(headers, false);
    }

    /**
     * As {@link #check(HttpHeaders)}; {@code form}: the body may also be
     * {@code application/x-www-form-urlencoded} (the Config UI's login form, which carries no credentials).
     */
    Reply check(HttpHeaders headers, boolean form) {
        String host = headers.get(HttpHeaderNames.HOST);
        if (host == null || !allowed(name(host.strip().toLowerCase(Locale.ROOT)))) {
            return Reply.error(421, "Host", "the Host header " + (host == null ? "is missing" : "'" + host + "'")
                    + ": this interface answers to its address, localhost or a name in http.publicNames only");
        }
        String origin = headers.get(HttpHeaderNames.ORIGIN);
        if (origin != null && !origin.equalsIgnoreCase("http://" + host.strip())) {
            return Reply.error(403, "Origin", "cross-site request refused: the Origin header '" + origin
                    + "' is not http://" + host.strip());
        }
        String type = headers.get(HttpHeaderNames.CONTENT_TYPE);
        if (hasBody(headers) && !is(type, "application/json") && !(form && is(type, "application/x-www-form-urlencoded"))) {
            return Reply.error(415, "Content-Type", "a request with a body must have Content-Type: application/json"
                    + (form ? " or application/x-www-form-urlencoded" : ""));
        }
        return null;
    }

    private boolean allowed(String name) {
        if (names.contains(name)) {
            return true;
        }
        return wildcard && (NetUtil.isValidIpV4Address(name) || name.startsWith("[") && name.endsWith("]")
                && NetUtil.isValidIpV6Address(name.substring(1, name.length() - 1)));
    }

    /** The host without the port: {@code [::1]:8080} is {@code [::1]}, {@code wallbox.local:80} {@code wallbox.local}. */
    private static String name(String host) {
        int colon = host.lastIndexOf(':');
        if (colon < 0 || host.startsWith("[") && colon < host.lastIndexOf(']')) {
            return host;
        }
        return host.substring(0, colon);
    }

    private static boolean hasBody(HttpHeaders headers) {
        String length = headers.get(HttpHeaderNames.CONTENT_LENGTH);
        return length != null && !length.strip().equals("0")
                || headers.contains(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED, true);
    }

    private static boolean is(String contentType, String expected) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.equalsIgnoreCase(expected);
    }
}

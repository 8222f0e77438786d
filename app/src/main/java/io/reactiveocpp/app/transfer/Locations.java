package io.reactiveocpp.app.transfer;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * What a transfer needs from a location URI: the credentials of its user-info, and the URI as it may be shown
 * ({@link #redact(URI)}). Every log line and exception message of {@code app.transfer} names a location only
 * through {@link #redact(URI)}.
 */
public final class Locations {

    private Locations() {
    }

    /** A user name and password from a URI's user-info, percent-decoded. */
    record Credentials(String user, String password) {
    }

    /** {@code location} without its user-info: {@code ftp://***@host/path}; {@code null} shows as "null". */
    public static String redact(URI location) {
        if (location == null) {
            return "null";
        }
        String userInfo = location.getRawUserInfo();
        if (userInfo == null) {
            return location.toString();
        }
        // the user name too: some servers take a token as the user name
        return location.toString().replace(userInfo + "@", "***@");
    }

    /** The user-info's credentials, or {@code null} without any. A missing password is empty. */
    static Credentials credentials(URI location) {
        String userInfo = location.getRawUserInfo();
        if (userInfo == null || userInfo.isEmpty()) {
            return null;
        }
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
        String password = colon < 0 ? "" : userInfo.substring(colon + 1);
        return new Credentials(decode(user), decode(password));
    }

    /** {@code location} without user-info (the credentials travel in a header or a command instead). */
    static URI withoutUserInfo(URI location) {
        try {
            return new URI(location.getScheme(), null, location.getHost(), location.getPort(), location.getPath(),
                    location.getQuery(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("location: not a valid URI: " + redact(location));
        }
    }

    /** The location to PUT {@code fileName} to: the location + "/" + the name ("/" only when it has none). */
    static URI child(URI location, String fileName) {
        String path = location.getPath() == null ? "" : location.getPath();
        try {
            return new URI(location.getScheme(), null, location.getHost(), location.getPort(),
                    path + (path.endsWith("/") ? "" : "/") + fileName, location.getQuery(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("location: not a valid URI: " + redact(location));
        }
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}

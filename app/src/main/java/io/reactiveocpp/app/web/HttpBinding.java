package io.reactiveocpp.app.web;

import java.util.List;
import java.util.Locale;

/**
 * Where the local interface listens and the names it answers to.
 *
 * @param host        the address bound ({@code http.bind}); a wildcard ({@code 0.0.0.0}, {@code ::}) answers
 *                    to any IP literal in the {@code Host} header, see {@link RequestGuard}
 * @param port        the port; 0 picks a free one (tests)
 * @param publicNames DNS names besides {@code localhost} that the {@code Host} header may carry
 *                    ({@code http.publicNames}, e.g. {@code wallbox.local}); without port
 */
public record HttpBinding(String host, int port, List<String> publicNames) {

    public HttpBinding {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("http.bind must be an address, such as 127.0.0.1");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("http-port must be 0 to 65535, got " + port);
        }
        publicNames = List.copyOf(publicNames == null ? List.of() : publicNames);
        for (String name : publicNames) {
            if (name.isBlank() || !name.equals(name.strip()) || name.contains(":") || name.contains("/")) {
                throw new IllegalArgumentException("http.publicNames: '" + name + "' must be a host name without "
                        + "port or scheme, such as wallbox.local");
            }
        }
        publicNames = publicNames.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }

    /** {@code host:port} with no public names. */
    public HttpBinding(String host, int port) {
        this(host, port, List.of());
    }
}

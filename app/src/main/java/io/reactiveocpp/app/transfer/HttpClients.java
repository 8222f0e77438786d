package io.reactiveocpp.app.transfer;

import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.reactiveocpp.session.transport.TlsClients;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * The Reactor Netty client of one HTTP(S) transfer: the timeouts, a few redirects, the session's TLS settings, and
 * HTTP Basic authentication from the location's user-info (sent as a header, never in the URI).
 */
final class HttpClients {

    /** Redirects followed at most; the next one is answered as a PROTOCOL failure. */
    static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    /** Transfers are rare and long: a fresh connection each, nothing pooled between them. */
    private static final ConnectionProvider NO_POOL = ConnectionProvider.newConnection();

    private HttpClients() {
    }

    /** A client for {@code location}; requests go to {@link Locations#withoutUserInfo(URI)}. */
    static HttpClient create(URI location, TransferSettings settings) {
        HttpClient client = HttpClient.create(NO_POOL)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
                .responseTimeout(settings.readTimeout()) // between two reads of an answer
                .followRedirect((request, response) -> REDIRECTS.contains(response.status().code())
                        && request.redirectedFrom().length < MAX_REDIRECTS);
        if ("https".equalsIgnoreCase(location.getScheme())) {
            client = TlsClients.secure(client, settings.tls().get());
        }
        Locations.Credentials credentials = Locations.credentials(location);
        if (credentials != null) {
            String token = Base64.getEncoder().encodeToString((credentials.user() + ":" + credentials.password())
                    .getBytes(StandardCharsets.UTF_8));
            client = client.headers(headers -> headers.set(HttpHeaderNames.AUTHORIZATION, "Basic " + token));
        }
        return client;
    }

    /** The Content-Length of {@code headers}, or -1. */
    static long contentLength(HttpHeaders headers) {
        String value = headers.get(HttpHeaderNames.CONTENT_LENGTH);
        try {
            return value == null ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

package io.reactiveocpp.app.web;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which Host, Origin and Content-Type headers the interface answers to. */
class RequestGuardTest {

    static HttpHeaders headers(String... namesAndValues) {
        HttpHeaders headers = new DefaultHttpHeaders();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    static Integer status(RequestGuard guard, String... namesAndValues) {
        Reply refused = guard.check(headers(namesAndValues));
        return refused == null ? null : refused.status();
    }

    @Test
    void onLoopbackOnlyLoopbackNamesAndThePublicNamesAreHosts() {
        RequestGuard guard = new RequestGuard(new HttpBinding("127.0.0.1", 8080, List.of("Wallbox.local")));
        for (String host : new String[] {"127.0.0.1:8080", "localhost:8080", "LOCALHOST", "[::1]:8080", "[::1]",
                "wallbox.local:8080", "WALLBOX.LOCAL"}) {
            assertThat(status(guard, "Host", host)).as(host).isNull();
        }
        for (String host : new String[] {"evil.example:8080", "evil.example", "192.168.1.20:8080", "127.0.0.2",
                "localhost.evil.example", "wallbox.local.evil.example", "[::2]:8080", ""}) {
            assertThat(status(guard, "Host", host)).as(host).isEqualTo(421);
        }
        Reply missing = guard.check(headers());
        assertThat(missing.status()).isEqualTo(421);
        assertThat(missing.body()).contains("\"field\":\"Host\"");
    }

    @Test
    void onAnAddressThatAddressIsAHostToo() {
        RequestGuard guard = new RequestGuard(new HttpBinding("192.168.1.20", 8080));
        assertThat(status(guard, "Host", "192.168.1.20:8080")).isNull();
        assertThat(status(guard, "Host", "localhost:8080")).isNull();
        assertThat(status(guard, "Host", "192.168.1.21:8080")).isEqualTo(421);

        RequestGuard v6 = new RequestGuard(new HttpBinding("fd00::20", 8080));
        assertThat(status(v6, "Host", "[fd00::20]:8080")).isNull();
        assertThat(status(v6, "Host", "[fd00::21]:8080")).isEqualTo(421);
    }

    @Test
    void onAWildcardAnyIpLiteralIsAHostButNoOtherDnsName() {
        for (String wildcard : new String[] {"0.0.0.0", "::"}) {
            RequestGuard guard = new RequestGuard(new HttpBinding(wildcard, 8080, List.of("wallbox.local")));
            for (String host : new String[] {"192.168.1.20:8080", "10.1.2.3", "[fe80::1]:8080", "[2001:db8::7]",
                    "localhost:8080", "wallbox.local"}) {
                assertThat(status(guard, "Host", host)).as(wildcard + " " + host).isNull();
            }
            for (String host : new String[] {"evil.example:8080", "192.168.1.256", "1.2.3", "[evil.example]:8080",
                    "[::g]"}) {
                assertThat(status(guard, "Host", host)).as(wildcard + " " + host).isEqualTo(421);
            }
        }
    }

    @Test
    void anOriginMustBeTheInterfacesOwn() {
        RequestGuard guard = new RequestGuard(new HttpBinding("127.0.0.1", 8080));
        assertThat(status(guard, "Host", "127.0.0.1:8080", "Origin", "http://127.0.0.1:8080")).isNull();
        assertThat(status(guard, "Host", "localhost:8080", "Origin", "http://LOCALHOST:8080")).isNull();
        for (String origin : new String[] {"http://evil.example", "http://127.0.0.1:8081", "https://127.0.0.1:8080",
                "http://localhost:8080", "null", ""}) {
            Reply refused = guard.check(headers("Host", "127.0.0.1:8080", "Origin", origin));
            assertThat(refused).as(origin).isNotNull();
            assertThat(refused.status()).as(origin).isEqualTo(403);
            assertThat(refused.body()).contains("\"field\":\"Origin\"");
        }
    }

    @Test
    void aBodyMustBeDeclaredJson() {
        RequestGuard guard = new RequestGuard(new HttpBinding("127.0.0.1", 8080));
        String host = "127.0.0.1:8080";
        assertThat(status(guard, "Host", host)).as("no body").isNull();
        assertThat(status(guard, "Host", host, "Content-Length", "0")).as("an empty body").isNull();
        assertThat(status(guard, "Host", host, "Content-Length", "5", "Content-Type", "application/json")).isNull();
        assertThat(status(guard, "Host", host, "Content-Length", "5", "Content-Type", "Application/JSON; charset=utf-8"))
                .isNull();
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; b=x",
                "application/jsonp", "application/json-patch+json"}) {
            assertThat(status(guard, "Host", host, "Content-Length", "5", "Content-Type", type)).as(type).isEqualTo(415);
        }
        assertThat(status(guard, "Host", host, "Content-Length", "5")).as("no type").isEqualTo(415);
        assertThat(status(guard, "Host", host, "Transfer-Encoding", "chunked", "Content-Type", "text/plain"))
                .isEqualTo(415);
        assertThat(guard.check(headers("Host", host, "Content-Length", "5")).body())
                .contains("\"field\":\"Content-Type\"");
    }

    @Test
    void publicNamesAreNamesWithoutPortOrScheme() {
        assertThatThrownBy(() -> new HttpBinding("127.0.0.1", 8080, List.of("wallbox.local:8080")))
                .hasMessageContaining("http.publicNames");
        assertThatThrownBy(() -> new HttpBinding("127.0.0.1", 8080, List.of("http://wallbox.local")))
                .hasMessageContaining("http.publicNames");
        assertThatThrownBy(() -> new HttpBinding(" ", 8080)).hasMessageContaining("http.bind");
    }
}

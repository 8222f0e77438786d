package io.reactiveocpp.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code PUT /api/config/SecurityProfile} is guarded as ChangeConfiguration is: no downgrade, prerequisites first. */
class SecurityProfileApiTest {

    @TempDir
    Path dir;
    private TestStation station;

    @AfterEach
    void stop() {
        station.close();
    }

    private TestStation start(Map<String, String> keys) throws InterruptedException {
        station = TestStation.start(dir, TestStation.DEFAULT_PASSWORD, keys)
                .as(OperatorAuth.USER, TestStation.DEFAULT_PASSWORD);
        return station;
    }

    @Test
    void profile1NeedsAnAuthorizationKey() throws Exception {
        start(Map.of());
        HttpResponse<String> response = station.put("/api/config/SecurityProfile", "{\"value\": \"1\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("SecurityProfile 1 needs an AuthorizationKey");
    }

    @Test
    void profile1CannotBeLoweredTo0() throws Exception {
        start(Map.of("SecurityProfile", "1"));
        HttpResponse<String> lower = station.put("/api/config/SecurityProfile", "{\"value\": \"0\"}");
        assertThat(lower.statusCode()).isEqualTo(400);
        assertThat(lower.body()).contains("cannot be lowered from 1 to 0 (no downgrade)");
        assertThat(station.runtime.configuration().value("SecurityProfile")).isEqualTo("1");
    }

    @Test
    void profile2WithoutACaIsRejected() throws Exception {
        start(Map.of());
        HttpResponse<String> response = station.put("/api/config/SecurityProfile", "{\"value\": \"2\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("needs a CA");
    }
}

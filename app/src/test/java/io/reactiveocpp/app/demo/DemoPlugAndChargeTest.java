package io.reactiveocpp.app.demo;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reactiveocpp.app.ChargePointRuntime;
import io.reactiveocpp.app.Settings;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.hal.Iso15118Stack.AuthorizationResult;
import io.reactiveocpp.hal.sim.SimulatedStation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --demo} with {@code ISO15118PnCEnabled}: the scripted EV is authorized by Plug &amp; Charge, no card. */
class DemoPlugAndChargeTest {

    @TempDir
    Path dir;

    @Test
    void theDemoShowsAPlugAndChargeSessionWhenEnabled() {
        try (DemoBackend demo = DemoBackend.start(0)) {
            Settings settings = new Settings("DEMO-PNC", demo.url(), dir, 0, "127.0.0.1", "sim", 1, "demo password",
                    "in-process", "reactive-ocpp", "test", Map.of("ISO15118PnCEnabled", "true"), 1, null).forDemo();
            ChargePointRuntime runtime = new ChargePointRuntime(settings, demo.url(), new SimpleMeterRegistry(), () -> { });
            try {
                runtime.start(Reason.POWER_LOSS);
                DemoScript.run(runtime, Duration.ofSeconds(1)).block(Duration.ofSeconds(60));
                SimulatedStation sim = (SimulatedStation) runtime.station();
                assertThat(sim.iso15118().answers().take(1).blockFirst(Duration.ofSeconds(1)).answer())
                        .isEqualTo(new AuthorizationResult(true, "Accepted"));
            } finally {
                runtime.close();
            }
        }
    }
}

package io.reactiveocpp.engine.diagnostics;

import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code configuration.txt}: every key, secrets removed. */
class ConfigurationTextTest {

    /** No key accepts a URL with user-info today (BackendUrl refuses it); the dump removes it should one ever do. */
    @Test
    void credentialsInAUrlAreRemovedAndTheRestKept() {
        assertThat(ConfigurationText.withoutUserInfo("http://operator:s3cret@127.0.0.1:3128"))
                .isEqualTo("http://***@127.0.0.1:3128");
        assertThat(ConfigurationText.withoutUserInfo("wss://127.0.0.1/ocpp")).isEqualTo("wss://127.0.0.1/ocpp");
    }

    @Test
    void everyKeyIsListedTheWriteOnlyOnesWithoutTheirValue() {
        Configuration config = new Configuration(new KeyCatalogue(1), new MemoryEngineStore());
        config.change("AuthorizationKey", "00112233445566778899aabbccddeeff");
        String text = ConfigurationText.of(config);

        assertThat(text.lines()).hasSize(config.catalogue().all().size());
        assertThat(text).contains("AuthorizationKey=" + ConfigurationText.REMOVED + "\n")
                .doesNotContain("00112233445566778899aabbccddeeff");
    }
}

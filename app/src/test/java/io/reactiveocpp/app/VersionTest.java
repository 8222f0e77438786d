package io.reactiveocpp.app;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The version comes from the build's filtered {@code version.properties}, never from a literal in the code. */
class VersionTest {

    @Test
    void theVersionIsTheOneTheBuildWroteIntoTheResource() throws IOException {
        String built;
        try (InputStream in = Version.class.getResourceAsStream(Version.RESOURCE)) {
            built = Version.parse(in);
        }
        assertThat(built).isNotEqualTo(Version.UNKNOWN);
        assertThat(Version.VERSION).isEqualTo(built);
    }

    @Test
    void dashDashVersionPrintsIt() {
        assertThat(new CommandLine(new Main()).getCommandSpec().version()).containsExactly(Version.VERSION);
    }

    @Test
    void aMissingUnfilteredOrOverlongResourceGivesUnknown() throws IOException {
        assertThat(Version.parse(null)).isEqualTo("unknown");
        assertThat(Version.parse(properties("version=${project.version}"))).isEqualTo("unknown");
        assertThat(Version.parse(properties("other=1"))).isEqualTo("unknown");
        assertThat(Version.parse(properties("version=" + "1".repeat(51)))).isEqualTo("unknown");
        assertThat(Version.parse(properties("version= 1.2.3 \n"))).isEqualTo("1.2.3");
    }

    private static InputStream properties(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}

package io.reactiveocpp.app.transfer;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class LocationsTest {

    @Test
    void redactHidesTheWholeUserInfo() {
        assertThat(Locations.redact(URI.create("ftp://bob:s3cret@host:2121/fw/a.bin?x=1")))
                .isEqualTo("ftp://***@host:2121/fw/a.bin?x=1");
        assertThat(Locations.redact(URI.create("https://token@host/a"))).isEqualTo("https://***@host/a");
        assertThat(Locations.redact(URI.create("http://host/a"))).isEqualTo("http://host/a");
    }

    @Test
    void credentialsArePercentDecoded() {
        Locations.Credentials credentials = Locations.credentials(URI.create("ftp://bo%40b:p%3Aw+d@host/"));

        assertThat(credentials).isEqualTo(new Locations.Credentials("bo@b", "p:w+d"));
        assertThat(Locations.credentials(URI.create("ftp://host/"))).isNull();
    }

    @Test
    void theChildOfALocationHasExactlyOneSlashBeforeTheName() {
        assertThat(Locations.child(URI.create("http://u:p@host/up"), "d.zip")).hasToString("http://host/up/d.zip");
        assertThat(Locations.child(URI.create("http://host/up/"), "d.zip")).hasToString("http://host/up/d.zip");
        assertThat(Locations.child(URI.create("http://host"), "d.zip")).hasToString("http://host/d.zip");
    }
}

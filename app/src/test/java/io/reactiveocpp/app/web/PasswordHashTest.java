package io.reactiveocpp.app.web;

import org.junit.jupiter.api.Test;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The admin password is kept as a salted PBKDF2-HMAC-SHA256 hash only. */
class PasswordHashTest {

    static final String PASSWORD = "correct horse battery";

    @Test
    void whatIsKeptIsASaltedHashNotThePassword() throws IllegalAccessException {
        PasswordHash hash = PasswordHash.create(PASSWORD);
        byte[] password = PASSWORD.getBytes(StandardCharsets.UTF_8);

        assertThat(hash.iterations()).isGreaterThanOrEqualTo(100_000);
        assertThat(hash.salt()).hasSize(16);
        assertThat(hash.hash()).hasSize(32).isNotEqualTo(password);
        assertThat(hash.toString()).startsWith("pbkdf2-sha256$").doesNotContain(PASSWORD);
        for (Field field : PasswordHash.class.getDeclaredFields()) {
            field.setAccessible(true);
            Object value = field.get(java.lang.reflect.Modifier.isStatic(field.getModifiers()) ? null : hash);
            assertThat(value).as(field.getName()).isNotEqualTo(PASSWORD).isNotEqualTo(password);
        }
    }

    @Test
    void everyHashHasItsOwnSalt() {
        PasswordHash a = PasswordHash.create(PASSWORD);
        PasswordHash b = PasswordHash.create(PASSWORD);
        assertThat(a.salt()).isNotEqualTo(b.salt());
        assertThat(a.hash()).isNotEqualTo(b.hash());
    }

    @Test
    void onlyTheRightPasswordMatches() {
        PasswordHash hash = PasswordHash.create(PASSWORD);
        assertThat(hash.matches(PASSWORD.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(hash.matches("correct horse batterY".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(hash.matches(new byte[0])).isFalse();
        assertThatThrownBy(() -> PasswordHash.create("")).hasMessageContaining("adminPassword");
    }

    @Test
    void theTextFormReadsBackToTheSameHash() {
        PasswordHash hash = PasswordHash.create(PASSWORD);
        PasswordHash read = PasswordHash.parse(hash + "\n");
        assertThat(read.iterations()).isEqualTo(hash.iterations());
        assertThat(read.salt()).isEqualTo(hash.salt());
        assertThat(read.hash()).isEqualTo(hash.hash());
        assertThat(read.matches(PASSWORD.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(read.toString()).isEqualTo(hash.toString());
    }

    @Test
    void aDamagedTextFormIsRefusedSayingWhichPart() {
        String salt = "AAECAwQFBgcICQoLDA0ODw";
        String hash = "ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoM";
        assertThat(PasswordHash.parse("pbkdf2-sha256$210000$" + salt + "$" + hash)).isNotNull();
        assertThatThrownBy(() -> PasswordHash.parse("")).hasMessageContaining("pbkdf2-sha256$iterations$salt$hash");
        assertThatThrownBy(() -> PasswordHash.parse("bcrypt$210000$" + salt + "$" + hash)).hasMessageContaining("form");
        assertThatThrownBy(() -> PasswordHash.parse("pbkdf2-sha256$many$" + salt + "$" + hash))
                .hasMessageContaining("iterations");
        assertThatThrownBy(() -> PasswordHash.parse("pbkdf2-sha256$1000$" + salt + "$" + hash))
                .hasMessageContaining("iterations").hasMessageContaining("100000");
        assertThatThrownBy(() -> PasswordHash.parse("pbkdf2-sha256$210000$!!$" + hash)).hasMessageContaining("salt");
        assertThatThrownBy(() -> PasswordHash.parse("pbkdf2-sha256$210000$c2FsdA$" + hash)).hasMessageContaining("salt");
        assertThatThrownBy(() -> PasswordHash.parse("pbkdf2-sha256$210000$" + salt + "$c2hvcnQ"))
                .hasMessageContaining("hash");
        assertThatThrownBy(() -> PasswordHash.parse("pbkdf2-sha256$210000$" + salt + "$" + hash + "$"))
                .hasMessageContaining("form");
    }

    @Test
    void theDerivationIsPbkdf2HmacSha256() throws Exception {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256, P "passwd", S "salt", c 1; the first 32 of its 64 bytes
        assertThat(HexFormat.of().formatHex(PasswordHash.derive("passwd".getBytes(StandardCharsets.US_ASCII),
                "salt".getBytes(StandardCharsets.US_ASCII), 1)))
                .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
        // and the JDK's independent implementation agrees at a realistic count
        byte[] salt = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
        byte[] jdk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, 20_000, 256)).getEncoded();
        assertThat(PasswordHash.derive(PASSWORD.getBytes(StandardCharsets.UTF_8), salt, 20_000)).isEqualTo(jdk);
    }
}

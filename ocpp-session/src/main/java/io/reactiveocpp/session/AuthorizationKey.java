package io.reactiveocpp.session;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The HTTP Basic password of the charge point ({@code AuthorizationKey}). It is a secret: {@link #toString()}
 * never shows it, and no getter returns it in text form.
 *
 * <p>Two sources, two forms (OCPP 1.6 security whitepaper, section 2.2): a key set by the central system
 * with ChangeConfiguration is the hexadecimal representation of a binary password of 16 to 40 bytes and is
 * decoded before use ({@link #fromOcppHex}); a password typed by the operator into the configuration file
 * is used as its UTF-8 text ({@link #fromText}).
 */
public final class AuthorizationKey {

    private final byte[] password;

    private AuthorizationKey(byte[] password) {
        this.password = password;
    }

    /**
     * The key as ChangeConfiguration carries it: an even number of hex digits, 32 to 80 of them (16 to 40
     * bytes). The exception message names the rule, never the value.
     */
    public static AuthorizationKey fromOcppHex(String hex) {
        if (hex == null || hex.length() % 2 != 0 || hex.length() < 32 || hex.length() > 80) {
            throw new IllegalArgumentException(
                    "AuthorizationKey must be 32 to 80 hexadecimal digits (a 16 to 40 byte password)");
        }
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            int high = Character.digit(hex.charAt(2 * i), 16);
            int low = Character.digit(hex.charAt(2 * i + 1), 16);
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException("AuthorizationKey must consist of hexadecimal digits only");
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        return new AuthorizationKey(bytes);
    }

    /** A password typed by the operator, used as its UTF-8 bytes. */
    public static AuthorizationKey fromText(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("AuthorizationKey must not be empty");
        }
        return new AuthorizationKey(password.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The {@code Authorization} header value for this charge point: {@code Basic base64(id ":" password)}.
     * RFC 7617 defines user-id and password as octets, so a binary password goes in unchanged.
     */
    public String basicAuthorization(String chargePointId) {
        byte[] id = chargePointId.getBytes(StandardCharsets.UTF_8);
        byte[] credentials = Arrays.copyOf(id, id.length + 1 + password.length);
        credentials[id.length] = ':';
        System.arraycopy(password, 0, credentials, id.length + 1, password.length);
        return "Basic " + Base64.getEncoder().encodeToString(credentials);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuthorizationKey && Arrays.equals(password, ((AuthorizationKey) other).password);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(password);
    }

    @Override
    public String toString() {
        return "AuthorizationKey[****]";
    }
}

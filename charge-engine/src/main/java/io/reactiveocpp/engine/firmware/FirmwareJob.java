package io.reactiveocpp.engine.firmware;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;

/**
 * One firmware update the backend asked for: UpdateFirmware ({@code requestId} {@code null}) or SignedUpdateFirmware
 * (with {@code requestId}, {@code signingCertificate} and {@code signature}). {@code retries} is how many times a
 * failed download is tried again (so {@code retries + 1} attempts), {@code retryInterval} the wait between them.
 * Kept in the store as one line of fields separated by the unit separator, so that it survives a restart.
 */
public record FirmwareJob(Integer requestId, URI location, Instant retrieveAt, Instant installAt, int retries,
                          int retryIntervalSeconds, String signingCertificate, String signature) {

    private static final String SEP = "\u001f";

    public FirmwareJob {
        if (location == null) {
            throw new IllegalArgumentException("location is required");
        }
        if (retrieveAt == null) {
            throw new IllegalArgumentException("retrieveDate is required");
        }
        if (retries < 0 || retryIntervalSeconds < 0) {
            throw new IllegalArgumentException("retries and retryInterval must not be negative");
        }
        if (requestId != null && (signingCertificate == null || signature == null)) {
            throw new IllegalArgumentException("a signed update needs signingCertificate and signature");
        }
    }

    /** A location the backend sent, parsed; the error names the field and never the credentials. */
    public static URI location(String text) {
        try {
            URI uri = new URI(text.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("location: not an absolute URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("location: not a URL (" + e.getReason() + ")");
        }
    }

    /** Whether this is a SignedUpdateFirmware. */
    public boolean signed() {
        return requestId != null;
    }

    /** The location without user-info (credentials), for logs and the status. */
    public String safeLocation() {
        return withoutUserInfo(location);
    }

    static String withoutUserInfo(URI uri) {
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return uri.getScheme() + "://" + uri.getHost();
        }
    }

    /** The name the download gets: the location's last path segment, made safe, or {@code firmware.bin}. */
    public String fileName() {
        String path = location.getPath();
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() || name.startsWith(".") ? "firmware.bin" : name;
    }

    String encode() {
        return String.join(SEP, requestId == null ? "" : requestId.toString(), location.toString(),
                retrieveAt.toString(), installAt == null ? "" : installAt.toString(), Integer.toString(retries),
                Integer.toString(retryIntervalSeconds), signingCertificate == null ? "" : signingCertificate,
                signature == null ? "" : signature);
    }

    static FirmwareJob decode(String text) {
        String[] f = text.split(SEP, -1);
        return new FirmwareJob(f[0].isEmpty() ? null : Integer.valueOf(f[0]), URI.create(f[1]), Instant.parse(f[2]),
                f[3].isEmpty() ? null : Instant.parse(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]),
                f[6].isEmpty() ? null : f[6], f[7].isEmpty() ? null : f[7]);
    }
}

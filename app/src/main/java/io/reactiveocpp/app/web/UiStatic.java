package io.reactiveocpp.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Config UI's stylesheet and script, read from the jar once. Served without a login (they hold nothing
 * secret) and cached by the browser for a day: the pages link them with {@link #VERSION}, a digest of their
 * content, in the query, so a changed file is fetched anew.
 */
final class UiStatic {

    private static final String BASE = "/io/reactiveocpp/app/web/ui/";
    private static final Map<String, String> TYPES = Map.of(
            "ui.css", "text/css; charset=utf-8",
            "ui.js", "text/javascript; charset=utf-8");
    private static final Map<String, Reply> FILES = load();
    /** A digest of the files' content, for the query of the pages' links. */
    static final String VERSION = digest();

    private UiStatic() {
    }

    /** {@code GET /ui/static/{name}}: the file, or 404. */
    static Reply get(String name) {
        Reply file = name == null ? null : FILES.get(name);
        return file != null ? file : Reply.error(404, "name", "no such file of the Config UI: " + name);
    }

    private static String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(FILES).values().forEach(file -> sha.update(file.body().getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static Map<String, Reply> load() {
        Map<String, Reply> files = new HashMap<>();
        TYPES.forEach((name, type) -> {
            try (InputStream in = UiStatic.class.getResourceAsStream(BASE + name)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks " + BASE + name);
                }
                files.put(name, new Reply(200, type, new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .withHeader("Cache-Control", "public, max-age=86400")
                        .withHeader("X-Content-Type-Options", "nosniff"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BASE + name + " from the jar", e);
            }
        });
        return Map.copyOf(files);
    }
}

package io.reactiveocpp.bench.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The service with both simulated connectors charging: after its boot, an EV plugged into each connector and a
 * card presented for it over the HTTP API ({@code /api/sim/...}); {@code VmRSS} read {@code millis} after that,
 * once {@code /api/status} shows both connectors {@code Charging}.
 */
final class ChargingRun {

    /** Launches the service with this data directory, HTTP port and admin password file. */
    interface Launcher {
        Child launch(Path dataDir, int port, Path passwordFile) throws IOException;
    }

    private static final String PASSWORD = "startup-race-password";

    private ChargingRun() {
    }

    static double rss(Launcher launcher, Path dataDir, long millis) throws Exception {
        Files.createDirectories(dataDir);
        Path passwordFile = Files.writeString(dataDir.resolve("admin-password.txt"), PASSWORD + "\n");
        int port = StartupRace.freePort();
        try (Child child = launcher.launch(dataDir.resolve("data"), port, passwordFile)) {
            child.millisToMarker(60);
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            awaitInterface(http, base);
            for (int connector = 1; connector <= 2; connector++) {
                post(http, base + "/api/sim/connectors/" + connector + "/plug", null);
                post(http, base + "/api/sim/rfid", "{\"idTag\":\"CARD" + connector + "\",\"connectorId\":" + connector + "}");
            }
            Thread.sleep(millis);
            String status = send(http, HttpRequest.newBuilder(URI.create(base + "/api/status")).GET(), 200);
            int charging = status.split("\"Charging\"", -1).length - 1;
            if (charging < 2) {
                throw new IllegalStateException("expected both connectors Charging, got " + status);
            }
            return child.rssMiB();
        }
    }

    /** The interface is bound once the boot is answered: asked until its port takes connections (30 s at most). */
    private static void awaitInterface(HttpClient http, String base) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try {
                send(http, HttpRequest.newBuilder(URI.create(base + "/health")).GET(), 200);
                return;
            } catch (java.net.ConnectException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    private static void post(HttpClient http, String url, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (json == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        send(http, request, 202);
    }

    private static String send(HttpClient http, HttpRequest.Builder request, int expected) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + auth).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.build().uri() + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}

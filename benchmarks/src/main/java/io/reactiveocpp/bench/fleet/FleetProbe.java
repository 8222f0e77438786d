package io.reactiveocpp.bench.fleet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link FleetRun} reads from a running fleet: its HTTP interface ({@code GET /api/fleet}, {@code /metrics},
 * HTTP Basic), {@code /proc/PID/{stat,status}} and {@code jcmd}. The bench's own code, no service code.
 */
final class FleetProbe {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;
    private final long pid;

    FleetProbe(int port, String password, long pid) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password)
                .getBytes(StandardCharsets.UTF_8));
        this.pid = pid;
    }

    /** The body of a GET, or {@code null} while the interface is not up. */
    String get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", authorization).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A top-level number of {@code GET /api/fleet}, or -1 while it cannot be read. */
    int report(String field) {
        String body = get("/api/fleet?slowest=0");
        if (body == null) {
            return -1;
        }
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(body);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The sum of every sample of {@code name} whose labels contain {@code labels} (empty: all). */
    static double sum(String metrics, String name, String labels) {
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                int space = line.lastIndexOf(' ');
                if (line.substring(0, space).contains(labels)) {
                    total += Double.parseDouble(line.substring(space + 1));
                }
            }
        }
        return total;
    }

    /** Cumulative counts by upper bound of one action's round-trip histogram. */
    static Map<Double, Double> buckets(String metrics, String action) {
        Map<Double, Double> buckets = new TreeMap<>();
        Pattern bucket = Pattern.compile("ocpp_call_roundtrip_seconds_bucket\\{action=\"" + action
                + "\",le=\"([^\"]+)\"} (\\S+)");
        Matcher m = bucket.matcher(metrics);
        while (m.find()) {
            double le = m.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(1));
            buckets.put(le, Double.parseDouble(m.group(2)));
        }
        return buckets;
    }

    /** The bucket bound (seconds) under which fraction {@code q} of the round trips between two scrapes fall. */
    static double quantile(Map<Double, Double> before, Map<Double, Double> after, double q) {
        double total = after.getOrDefault(Double.POSITIVE_INFINITY, 0.0)
                - before.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
        if (total <= 0) {
            return Double.NaN;
        }
        for (Map.Entry<Double, Double> e : after.entrySet()) {
            if (e.getValue() - before.getOrDefault(e.getKey(), 0.0) >= q * total) {
                return e.getKey();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** CPU seconds (user and system) the process used so far. */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime, stime in USER_HZ
    }

    /** A line of /proc/PID/status, e.g. {@code Threads}, as a number (kB for memory). */
    long status(String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.substring(key.length() + 1).trim().split("\\s+")[0]);
            }
        }
        throw new IllegalStateException("no " + key + " for " + pid);
    }

    /** Heap used after a full collection ({@code jcmd GC.run}, then {@code GC.heap_info}), MiB. */
    double heapAfterFullGcMiB() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!m.find()) {
            throw new IllegalStateException("no heap figure from jcmd for " + pid);
        }
        return Long.parseLong(m.group(1)) / 1024.0;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process process = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }
}

package jp.miyazaki.kyodo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bot (or the baseline) in its own JVM, so its start-up time and resident memory can be measured as an
 * operator would see them.
 */
final class ForkedBot implements AutoCloseable {

    static final String JVM_OPTIONS = "-Xmx256m -XX:+ExitOnOutOfMemoryError";
    /** Lets the benchmark read the bot's own Prometheus metrics. */
    private static final String SCRAPE_TOKEN = "bench-scrape-token";
    private static final Pattern HEAP_USED = Pattern.compile(
            "jvm_memory_used_bytes\\{area=\"heap\"[^}]*\\}\\s+([0-9.E+]+)");

    private final Process process;
    private final int port;
    private final double startSeconds;
    private final HttpClient http = HttpClient.newHttpClient();

    private ForkedBot(Process process, int port, double startSeconds) {
        this.process = process;
        this.port = port;
        this.startSeconds = startSeconds;
    }

    static ForkedBot start(String mainClass, int port, Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(JVM_OPTIONS.split(" ")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass, "--server.port=" + port,
                "--kyodo.metrics.token=" + SCRAPE_TOKEN));
        command.addAll(List.of(args));
        Files.createDirectories(log.getParent());
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        ForkedBot bot = new ForkedBot(process, port, 0);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!bot.healthy()) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the bot did not start; see " + log);
            }
            Thread.sleep(20);
        }
        return new ForkedBot(process, port, (System.nanoTime() - started) / 1e9);
    }

    double startSeconds() {
        return startSeconds;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Resident memory of the JVM process (VmRSS), in MiB. */
    double residentMib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** Heap in use, in MiB, from the app's own Prometheus metrics. */
    double heapUsedMib() throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                        .header("Authorization", "Bearer " + SCRAPE_TOKEN).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher used = HEAP_USED.matcher(metrics);
        double bytes = 0;
        while (used.find()) {
            bytes += Double.parseDouble(used.group(1));
        }
        return bytes / (1024.0 * 1024.0);
    }

    private boolean healthy() {
        try {
            return http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

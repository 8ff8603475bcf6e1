package jp.miyazaki.kyodo.bench;

import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.batch;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.text;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import jp.miyazaki.kyodo.KyodoBotApplication;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.LineWebhookRequests;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;

/**
 * How fast {@code /callback} acknowledges signed LINE requests: the whole app on loopback with a real Redis and
 * WireMock as LINE, 1,000 measured requests per scenario after a warm-up, each a one-event batch from one of 200
 * citizens. Also reports how long it took until every event's reply had reached the mock LINE.
 */
public final class WebhookBenchmark {

    private static final String SECRET = "8c570fa6dd201bb328f1c1eac23a96d8";
    private static final int WARM_UP = 1_000;
    private static final int MEASURED = 1_000;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger sequence = new AtomicInteger();
    private URI callback;

    public static void main(String[] args) throws Exception {
        new WebhookBenchmark().run(Path.of(args.length > 0 ? args[0] : "bench/results"));
        System.exit(0);
    }

    private void run(Path results) throws Exception {
        try (LineApiMock line = LineApiMock.startWithoutValidation()) {
            RedisTestServer redis = RedisTestServer.start();
            ConfigurableApplicationContext app = new SpringApplicationBuilder(KyodoBotApplication.class).run(
                    "--server.port=0", "--spring.data.redis.url=" + redis.url(),
                    "--kyodo.line.channel-secret=" + SECRET, "--kyodo.line.channel-token=bench",
                    "--kyodo.line.api-endpoint=" + line.baseUrl(), "--logging.level.jp.miyazaki.kyodo=WARN");
            try {
                callback = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")
                        + "/callback");
                measure(WARM_UP, 8);
                line.reset();
                List<Row> rows = new ArrayList<>();
                for (int clients : new int[] {1, 8, 32}) {
                    int repliesBefore = line.requests(LineApiMock.REPLY).size();
                    long started = System.nanoTime();
                    Row row = measure(MEASURED, clients);
                    while (line.requests(LineApiMock.REPLY).size() < repliesBefore + MEASURED) {
                        Thread.sleep(5);
                    }
                    rows.add(row.withAllAnsweredAfter((System.nanoTime() - started) / 1e6));
                }
                print(rows, System.out);
                write(rows, results.resolve("webhook.csv"));
            } finally {
                app.close();
                redis.stop();
            }
        }
    }

    private Row measure(int requests, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    int n = sequence.incrementAndGet();
                    byte[] body = batch(text("Ubench%026d".formatted(n % 200), "海岸清掃のボランティアを探しています",
                            System.currentTimeMillis())).getBytes(StandardCharsets.UTF_8);
                    HttpRequest request = HttpRequest.newBuilder(callback)
                            .header("x-line-signature", LineWebhookRequests.sign(SECRET, body))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    long sent = System.nanoTime();
                    try {
                        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - sent;
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        return new Row(clients, requests, errors.get(), requests / seconds, millis(latencies, 0.50),
                millis(latencies, 0.99), millis(latencies, 0.999), latencies[latencies.length - 1] / 1e6, 0);
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void print(List<Row> rows, PrintStream out) {
        out.println();
        out.println("Webhook acknowledgement (signed one-event batches, loopback, real Redis, WireMock as LINE)");
        out.printf("%-8s %9s %7s %10s %9s %9s %10s %9s %14s%n", "clients", "requests", "errors", "req/s",
                "p50 ms", "p99 ms", "p99.9 ms", "max ms", "all answered");
        for (Row row : rows) {
            out.printf(Locale.ROOT, "%-8d %9d %7d %10.0f %9.2f %9.2f %10.2f %9.2f %11.0f ms%n", row.clients,
                    row.requests, row.errors, row.throughput, row.p50, row.p99, row.p999, row.max, row.answeredMs);
        }
    }

    private static void write(List<Row> rows, Path csv) throws IOException {
        Files.createDirectories(csv.getParent());
        StringBuilder text = new StringBuilder("clients,requests,errors,req_per_s,p50_ms,p99_ms,p999_ms,max_ms,"
                + "all_answered_ms\n");
        for (Row row : rows) {
            text.append(String.format(Locale.ROOT, "%d,%d,%d,%.1f,%.3f,%.3f,%.3f,%.3f,%.0f%n", row.clients,
                    row.requests, row.errors, row.throughput, row.p50, row.p99, row.p999, row.max, row.answeredMs));
        }
        Files.writeString(csv, text);
    }

    private record Row(int clients, int requests, int errors, double throughput, double p50, double p99,
            double p999, double max, double answeredMs) {
        Row withAllAnsweredAfter(double ms) {
            return new Row(clients, requests, errors, throughput, p50, p99, p999, max, ms);
        }
    }
}

package jp.miyazaki.kyodo.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.KyodoBotApplication;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.broadcast.Broadcast;
import jp.miyazaki.kyodo.broadcast.BroadcastJobs;
import jp.miyazaki.kyodo.broadcast.BroadcastStatus;
import jp.miyazaki.kyodo.broadcast.RedisAudience;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.RedisClients;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;

/**
 * How long one notice to 100,000 subscribers takes: the whole app with a real Redis, the notice posted to the
 * staff API, and WireMock as LINE's multicast endpoint enforcing at most 200 requests in any sliding second
 * (429 beyond). 100,000 recipients are 200 multicasts of 500, so LINE's limit puts the floor at 1.0 s. Measures
 * from the API call until the job is done, and from sending start to finish, for the app's pace (200/s) and a
 * pace with headroom (190/s).
 */
public final class BroadcastBenchmark {

    private static final String SECRET = "8c570fa6dd201bb328f1c1eac23a96d8";
    private static final int SUBSCRIBERS = 100_000;
    private static final int RUNS = 3;
    private static final int LINE_LIMIT = 200;

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results");
        LineRateLimit limit = new LineRateLimit(LINE_LIMIT);
        WireMockServer line = new WireMockServer(options().dynamicPort().containerThreads(32).disableRequestJournal().extensions(limit));
        line.start();
        line.stubFor(post(urlPathEqualTo("/v2/bot/message/multicast")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}").withTransformers(LineRateLimit.NAME)));
        RedisTestServer redis = RedisTestServer.start();
        try {
            StringRedisTemplate data = RedisClients.template(redis);
            List<String> everyone = new ArrayList<>(SUBSCRIBERS);
            for (int n = 0; n < SUBSCRIBERS; n++) {
                everyone.add(String.format("U%032x", n));
            }
            for (int from = 0; from < SUBSCRIBERS; from += 10_000) {
                RedisAudience.subscribe(data, "kyodo:", everyone.subList(from, from + 10_000), "environment",
                        "aoshima");
            }
            List<Row> rows = new ArrayList<>();
            for (int pace : new int[] {200, 190}) {
                rows.addAll(measure(pace, line, limit, redis));
            }
            print(rows, System.out);
            write(rows, results.resolve("broadcast.csv"));
        } finally {
            line.stop();
            redis.stop();
        }
        System.exit(0);
    }

    private static List<Row> measure(int pace, WireMockServer line, LineRateLimit limit, RedisTestServer redis)
            throws InterruptedException {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(KyodoBotApplication.class,
                BenchAudience.class).run(
                "--server.port=0", "--spring.data.redis.url=" + redis.url(),
                "--kyodo.line.channel-secret=" + SECRET, "--kyodo.line.channel-token=bench",
                "--kyodo.line.api-endpoint=" + line.baseUrl(),
                "--kyodo.broadcast.requests-per-second=" + pace,
                "--kyodo.broadcast.poll-interval=50ms",
                "--logging.level.jp.miyazaki.kyodo=WARN", "--logging.level.jp.miyazaki.kyodo.broadcast=INFO");
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            app.getBean(StaffAccounts.class).create("bench" + pace, "benchmark password", StaffRole.STAFF, "bench",
                    Instant.now());
            AdminApi staff = AdminApi.basic(port, "bench" + pace, "benchmark password");
            BroadcastJobs jobs = app.getBean(BroadcastJobs.class);
            List<Row> rows = new ArrayList<>();
            for (int run = 0; run <= RUNS; run++) { // run 0 warms up
                Thread.sleep(1_100);
                limit.reset();
                long start = System.nanoTime();
                String body = staff.post("/api/admin/broadcasts", "{\"text\": \"ベンチマークのお知らせです。\", "
                        + "\"urgent\": true}").body();
                String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
                Broadcast job = jobs.find(id).orElseThrow();
                while (!job.status().finished()) {
                    Thread.sleep(5);
                    job = jobs.find(id).orElseThrow();
                }
                long total = (System.nanoTime() - start) / 1_000_000;
                if (job.status() != BroadcastStatus.DONE) {
                    throw new IllegalStateException("broadcast ended " + job.status() + ": " + job.reason());
                }
                if (run == 0) {
                    continue;
                }
                long sending = Duration.between(job.startedAt(), job.finishedAt()).toMillis();
                rows.add(new Row(pace, run, job.sent(), job.batches(), limit.accepted(), limit.refused(), total,
                        sending));
            }
            return rows;
        } finally {
            app.close();
        }
    }

    private static void print(List<Row> rows, PrintStream out) {
        out.printf("%-6s %4s %11s %8s %9s %6s %12s %12s %7s%n", "pace", "run", "recipients", "batches",
                "requests", "429s", "api→done", "send→done", "floor");
        for (Row row : rows) {
            out.printf(Locale.ROOT, "%-6s %4d %11d %8d %9d %6d %9d ms %9d ms %4.2f×%n", row.pace + "/s", row.run,
                    row.recipients, row.batches, row.requests, row.refused, row.totalMillis, row.sendingMillis,
                    row.totalMillis / 1000.0);
        }
        out.println("floor: 100,000 recipients = 200 multicasts at LINE's 200 requests/s = 1.0 s; "
                + "the last column is api→done divided by that floor");
    }

    private static void write(List<Row> rows, Path csv) throws IOException {
        Files.createDirectories(csv.getParent());
        StringBuilder text = new StringBuilder(
                "pace_per_s,run,recipients,batches,requests,rate_limited,api_to_done_ms,send_to_done_ms,floor_ms\n");
        for (Row row : rows) {
            text.append(String.format(Locale.ROOT, "%d,%d,%d,%d,%d,%d,%d,%d,1000%n", row.pace, row.run,
                    row.recipients, row.batches, row.requests, row.refused, row.totalMillis, row.sendingMillis));
        }
        Files.writeString(csv, text);
    }

    private record Row(int pace, int run, long recipients, int batches, long requests, long refused,
            long totalMillis, long sendingMillis) {
    }
}

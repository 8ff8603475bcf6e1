package jp.miyazaki.kyodo.bench;

import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.batch;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.text;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import jp.miyazaki.kyodo.KyodoBotApplication;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineWebhookRequests;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;

/**
 * The bot as an operator would run it: forked JVMs (the bot, then the fixed-answer {@link BaselineBot}) on
 * loopback with a real Redis and a light mock LINE. Measures start-up, memory idle and under load, webhook
 * acknowledgement at fixed open-loop rates, and whole turns (signed webhook sent → reply arrived at the mock) at
 * 200 turns/s and at the most the stack can take. Load is open-loop: latency counts from when a request was due,
 * so a stalled server cannot hide its queue.
 */
public final class SystemBenchmark {

    private static final String SECRET = KyodoIntegrationTest.CHANNEL_SECRET;
    private static final int CITIZENS = 200;
    private static final int[] ACK_RATES = {100, 200, 400, 800};
    private static final Duration STEP = Duration.ofSeconds(3);
    private static final int TURN_RATE = 200;
    private static final Duration TURN_STEP = Duration.ofSeconds(5);
    private static final int MAX_TURNS = 3_000;
    /** Rows marked * run with the mock LINE taking this long per reply, as the real one does. */
    private static final long LINE_LATENCY_MS = 50;
    private static final List<String> TEXTS = List.of("海岸清掃のボランティアを探しています", "今週末のイベントは？",
            "こんにちは", "子育ての講座はありますか", "青島でできる活動を教えて", "助成金の締め切りはいつですか");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService senders = Executors.newFixedThreadPool(256);
    private final AtomicLong sequence = new AtomicLong();

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results");
        new SystemBenchmark().run(results);
        System.exit(0);
    }

    private void run(Path results) throws Exception {
        String loadBefore = loadAverage();
        List<AckRow> acks = new ArrayList<>();
        List<TurnRow> turns = new ArrayList<>();
        List<MemoryRow> memory = new ArrayList<>();
        RedisTestServer redis = RedisTestServer.start();
        try (MockLine line = new MockLine()) {
            for (String stack : List.of("bot", "baseline")) {
                if (stack.equals("baseline")) {
                    redis.stop();
                    redis.restart();
                }
                String main = stack.equals("bot") ? KyodoBotApplication.class.getName() : BaselineBot.class.getName();
                try (ForkedBot bot = ForkedBot.start(main, RedisTestServer.freePort(),
                        results.resolve(stack + ".log"), "--spring.data.redis.url=" + redis.url(),
                        "--kyodo.line.channel-secret=" + SECRET, "--kyodo.line.channel-token=bench-token",
                        "--kyodo.line.api-endpoint=" + line.baseUrl(), "--logging.level.jp.miyazaki.kyodo=WARN")) {
                    Thread.sleep(2_000);
                    double idleHeap = bot.heapUsedMib();
                    double idleRss = bot.residentMib();
                    MemorySampler sampler = new MemorySampler(bot);
                    Thread sampling = new Thread(sampler, "memory-sampler");
                    sampling.setDaemon(true);
                    sampling.start();
                    openLoop(bot, line, 400, Duration.ofSeconds(5));
                    if (stack.equals("bot")) {
                        for (int rate : ACK_RATES) {
                            acks.add(AckRow.of(rate, openLoop(bot, line, rate, STEP)));
                        }
                    }
                    turns.add(TurnRow.of(stack, TURN_RATE + "/s", openLoop(bot, line, TURN_RATE, TURN_STEP)));
                    turns.add(TurnRow.of(stack, "max", flood(bot, line, MAX_TURNS)));
                    line.answerAfter(LINE_LATENCY_MS);
                    turns.add(TurnRow.of(stack, TURN_RATE + "/s*", openLoop(bot, line, TURN_RATE, TURN_STEP)));
                    line.answerAfter(0);
                    sampling.interrupt();
                    memory.add(new MemoryRow(stack, bot.startSeconds(), idleHeap, idleRss, sampler.maxHeap,
                            sampler.maxRss));
                }
            }
        } finally {
            redis.stop();
            senders.shutdownNow();
        }
        String loadAfter = loadAverage();
        String header = "load average before: " + loadBefore + "; after: " + loadAfter + "; "
                + Runtime.getRuntime().availableProcessors() + " cores; forked JVMs: " + ForkedBot.JVM_OPTIONS;
        print(header, acks, turns, memory);
        write(results, header, acks, turns, memory);
    }

    /** Requests at a fixed rate for a while, each due at its slot whether or not earlier ones were answered. */
    private Samples openLoop(ForkedBot bot, MockLine line, int rate, Duration duration) throws Exception {
        int count = (int) (rate * duration.toMillis() / 1000);
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        Samples samples = new Samples(count);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        for (int i = 0; i < count; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int slot = i;
            senders.execute(() -> send(bot, samples, slot, due));
        }
        return samples.finish(line, start);
    }

    /** As many turns as the stack takes: 64 senders back to back. */
    private Samples flood(ForkedBot bot, MockLine line, int count) throws Exception {
        Samples samples = new Samples(count);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        for (int c = 0; c < 64; c++) {
            senders.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    send(bot, samples, i, System.nanoTime());
                }
            });
        }
        return samples.finish(line, start);
    }

    private void send(ForkedBot bot, Samples samples, int slot, long due) {
        long n = sequence.incrementAndGet();
        String token = LineWebhookRequests.newId();
        byte[] body = batch(text("U%032x".formatted(n % CITIZENS), TEXTS.get((int) (n / CITIZENS % TEXTS.size())),
                System.currentTimeMillis(), LineWebhookRequests.newId(), token, "active", false))
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(bot.uri("/callback")).timeout(Duration.ofSeconds(10))
                .header("x-line-signature", LineWebhookRequests.sign(SECRET, body))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        samples.tokens[slot] = token;
        samples.due[slot] = due;
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            samples.acked[slot] = System.nanoTime();
            if (status != 200) {
                samples.errors.incrementAndGet();
            }
        } catch (IOException | InterruptedException e) {
            samples.acked[slot] = System.nanoTime();
            samples.errors.incrementAndGet();
        } finally {
            samples.done.incrementAndGet();
        }
    }

    /** Send and acknowledgement times of one run, and when each reply reached the mock LINE. */
    private static final class Samples {
        final String[] tokens;
        final long[] due;
        final long[] acked;
        final long[] replied;
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        double seconds;
        int lost;

        Samples(int count) {
            tokens = new String[count];
            due = new long[count];
            acked = new long[count];
            replied = new long[count];
        }

        Samples finish(MockLine line, long start) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            int answered = 0;
            while (System.nanoTime() < deadline) {
                answered = 0;
                if (done.get() == tokens.length) {
                    for (int i = 0; i < tokens.length; i++) {
                        Long at = line.arrivalOf(tokens[i]);
                        replied[i] = at == null ? 0 : at;
                        answered += at == null ? 0 : 1;
                    }
                    if (answered == tokens.length) {
                        break;
                    }
                }
                Thread.sleep(20);
            }
            lost = tokens.length - answered;
            long last = Arrays.stream(replied).max().orElse(start);
            seconds = (last - start) / 1e9;
            return this;
        }

        double[] ackMillis() {
            double[] ms = new double[due.length];
            for (int i = 0; i < due.length; i++) {
                ms[i] = (acked[i] - due[i]) / 1e6;
            }
            Arrays.sort(ms);
            return ms;
        }

        double[] turnMillis() {
            return Arrays.stream(indices()).filter(i -> replied[i] != 0)
                    .mapToDouble(i -> (replied[i] - due[i]) / 1e6).sorted().toArray();
        }

        double ackThroughput() {
            long first = Arrays.stream(due).min().orElse(0);
            long last = Arrays.stream(acked).max().orElse(0);
            return due.length / ((last - first) / 1e9);
        }

        private int[] indices() {
            return java.util.stream.IntStream.range(0, due.length).toArray();
        }
    }

    private record AckRow(int rate, int requests, double throughput, double p50, double p99, double p999,
            double max, int errors, int lost) {
        static AckRow of(int rate, Samples s) {
            double[] ms = s.ackMillis();
            return new AckRow(rate, ms.length, s.ackThroughput(), q(ms, .5), q(ms, .99), q(ms, .999),
                    ms[ms.length - 1], s.errors.get(), s.lost);
        }
    }

    private record TurnRow(String stack, String load, int turns, double turnsPerSecond, double p50, double p99,
            double p999, double max, int errors, int lost) {
        static TurnRow of(String stack, String load, Samples s) {
            double[] ms = s.turnMillis();
            return new TurnRow(stack, load, s.tokens.length, (s.tokens.length - s.lost) / s.seconds, q(ms, .5),
                    q(ms, .99), q(ms, .999), ms.length == 0 ? Double.NaN : ms[ms.length - 1], s.errors.get(),
                    s.lost);
        }
    }

    private record MemoryRow(String stack, double startSeconds, double idleHeap, double idleRss, double loadHeap,
            double loadRss) {
    }

    /** The highest heap and resident memory seen while the load runs. */
    private static final class MemorySampler implements Runnable {
        private final ForkedBot bot;
        volatile double maxHeap;
        volatile double maxRss;

        MemorySampler(ForkedBot bot) {
            this.bot = bot;
        }

        @Override
        public void run() {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    maxHeap = Math.max(maxHeap, bot.heapUsedMib());
                    maxRss = Math.max(maxRss, bot.residentMib());
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // A sample missed while the bot is busiest; the next one counts.
                }
            }
        }
    }

    private static double q(double[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(quantile * sorted.length) - 1))];
    }

    private static String loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    private static void print(String header, List<AckRow> acks, List<TurnRow> turns, List<MemoryRow> memory) {
        System.out.println();
        System.out.println(header);
        System.out.println();
        System.out.println("Webhook acknowledgement, open loop (bot; signed one-event batches; latency from due time)");
        System.out.printf("%-9s %8s %9s %8s %8s %9s %8s %7s %5s%n", "rate/s", "requests", "achieved", "p50 ms",
                "p99 ms", "p99.9 ms", "max ms", "errors", "lost");
        for (AckRow r : acks) {
            System.out.printf(Locale.ROOT, "%-9d %8d %9.0f %8.2f %8.2f %9.2f %8.2f %7d %5d%n", r.rate, r.requests,
                    r.throughput, r.p50, r.p99, r.p999, r.max, r.errors, r.lost);
        }
        System.out.println();
        System.out.println("Turns: signed webhook sent -> reply arrived at mock LINE");
        System.out.printf("%-9s %-6s %6s %8s %8s %8s %9s %8s %7s %5s%n", "stack", "load", "turns", "turns/s",
                "p50 ms", "p99 ms", "p99.9 ms", "max ms", "errors", "lost");
        for (TurnRow r : turns) {
            System.out.printf(Locale.ROOT, "%-9s %-6s %6d %8.0f %8.2f %8.2f %9.2f %8.2f %7d %5d%n", r.stack,
                    r.load, r.turns, r.turnsPerSecond, r.p50, r.p99, r.p999, r.max, r.errors, r.lost);
        }
        double bot = turns.stream().filter(r -> r.stack.equals("bot") && r.load.equals("max"))
                .mapToDouble(TurnRow::turnsPerSecond).findFirst().orElse(Double.NaN);
        double base = turns.stream().filter(r -> r.stack.equals("baseline") && r.load.equals("max"))
                .mapToDouble(TurnRow::turnsPerSecond).findFirst().orElse(Double.NaN);
        System.out.printf(Locale.ROOT, "bot / baseline at max: %.2f   (* = mock LINE answers each reply after %d ms)%n",
                bot / base, LINE_LATENCY_MS);
        System.out.println();
        System.out.println("Start-up and memory (forked JVM; RSS from /proc/<pid>/status)");
        System.out.printf("%-9s %9s %14s %13s %14s %13s%n", "stack", "start s", "idle heap MiB", "idle RSS MiB",
                "load heap MiB", "load RSS MiB");
        for (MemoryRow r : memory) {
            System.out.printf(Locale.ROOT, "%-9s %9.2f %14.0f %13.0f %14.0f %13.0f%n", r.stack, r.startSeconds,
                    r.idleHeap, r.idleRss, r.loadHeap, r.loadRss);
        }
    }

    private static void write(Path results, String header, List<AckRow> acks, List<TurnRow> turns,
            List<MemoryRow> memory) throws IOException {
        Files.createDirectories(results);
        StringBuilder ack = new StringBuilder("# " + header + "\nrate,requests,achieved,p50_ms,p99_ms,p999_ms,"
                + "max_ms,errors,lost\n");
        for (AckRow r : acks) {
            ack.append(String.format(Locale.ROOT, "%d,%d,%.1f,%.3f,%.3f,%.3f,%.3f,%d,%d%n", r.rate, r.requests,
                    r.throughput, r.p50, r.p99, r.p999, r.max, r.errors, r.lost));
        }
        Files.writeString(results.resolve("webhook-ack.csv"), ack);
        StringBuilder turn = new StringBuilder("# " + header + "\nstack,load,turns,turns_per_s,p50_ms,p99_ms,"
                + "p999_ms,max_ms,errors,lost\n");
        for (TurnRow r : turns) {
            turn.append(String.format(Locale.ROOT, "%s,%s,%d,%.1f,%.3f,%.3f,%.3f,%.3f,%d,%d%n", r.stack, r.load,
                    r.turns, r.turnsPerSecond, r.p50, r.p99, r.p999, r.max, r.errors, r.lost));
        }
        Files.writeString(results.resolve("turns.csv"), turn);
        StringBuilder mem = new StringBuilder("# " + header + "\nstack,start_s,idle_heap_mib,idle_rss_mib,"
                + "load_heap_mib,load_rss_mib\n");
        for (MemoryRow r : memory) {
            mem.append(String.format(Locale.ROOT, "%s,%.2f,%.1f,%.1f,%.1f,%.1f%n", r.stack, r.startSeconds,
                    r.idleHeap, r.idleRss, r.loadHeap, r.loadRss));
        }
        Files.writeString(results.resolve("memory.csv"), mem);
    }
}

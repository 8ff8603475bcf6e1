package jp.miyazaki.kyodo.bench;

import java.lang.management.ManagementFactory;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.KyodoBotApplication;
import jp.miyazaki.kyodo.catalog.SampleCatalogLoader;
import jp.miyazaki.kyodo.conversation.Conversation;
import jp.miyazaki.kyodo.dialog.UserInput;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;

/**
 * What one conversation turn costs, per message of {@link SystemBenchmark}'s six (each citizen sending them in the
 * same order): the CPU time of the thread that runs {@code Conversation.respond}, the whole process's CPU time
 * (Redis client threads, GC, JIT too), the bytes the thread allocates and the Redis commands issued
 * ({@code INFO commandstats} before and after). Allocation and commands do not depend on how busy the machine is;
 * CPU times do, somewhat. The app runs in this JVM with a real Redis, turns one after another after a warm-up;
 * {@code -Dkyodo.bench.warm-up} and {@code -Dkyodo.bench.rounds} set the rounds of 200 citizens.
 */
public final class TurnCostBenchmark {

    private static final List<String> TEXTS = List.of("海岸清掃のボランティアを探しています", "今週末のイベントは？",
            "こんにちは", "子育ての講座はありますか", "青島でできる活動を教えて", "助成金の締め切りはいつですか");
    private static final int CITIZENS = 200;
    private static final int WARM_UP_ROUNDS = Integer.getInteger("kyodo.bench.warm-up", 5);
    private static final int MEASURED_ROUNDS = Integer.getInteger("kyodo.bench.rounds", 5);

    public static void main(String[] args) throws Exception {
        try (LineApiMock line = LineApiMock.startWithoutValidation()) {
            RedisTestServer redis = RedisTestServer.start();
            ConfigurableApplicationContext app = new SpringApplicationBuilder(KyodoBotApplication.class).run(
                    "--server.port=0", "--spring.data.redis.url=" + redis.url(),
                    "--kyodo.line.channel-secret=" + KyodoIntegrationTest.CHANNEL_SECRET, "--kyodo.line.channel-token=bench",
                    "--kyodo.line.api-endpoint=" + line.baseUrl(), "--logging.level.jp.miyazaki.kyodo=WARN");
            try {
                app.getBean(SampleCatalogLoader.class).loadIfEmpty();
                run(app.getBean(Conversation.class), app.getBean(StringRedisTemplate.class));
            } finally {
                app.close();
                redis.stop();
            }
        }
        System.exit(0);
    }

    private static void run(Conversation conversation, StringRedisTemplate redis) throws InterruptedException {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (String text : TEXTS) {
                turns(conversation, text);
            }
        }
        Map<String, Long> idleBefore = commands(redis);
        Thread.sleep(2_000);
        long idle = total(delta(idleBefore, commands(redis)));
        Map<String, long[]> cpu = new LinkedHashMap<>();
        Map<String, long[]> processCpu = new LinkedHashMap<>();
        Map<String, long[]> allocated = new LinkedHashMap<>();
        Map<String, Map<String, Long>> issued = new LinkedHashMap<>();
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (String text : TEXTS) {
                Map<String, Long> before = commands(redis);
                long started = threads.getCurrentThreadCpuTime();
                long processStarted = process.getProcessCpuTime();
                long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
                turns(conversation, text);
                long spent = threads.getCurrentThreadCpuTime() - started;
                allocated.computeIfAbsent(text, t -> new long[1])[0] += threads.getCurrentThreadAllocatedBytes()
                        - allocatedBefore;
                processCpu.computeIfAbsent(text, t -> new long[1])[0] += process.getProcessCpuTime() - processStarted;
                Map<String, Long> during = delta(before, commands(redis));
                cpu.computeIfAbsent(text, t -> new long[1])[0] += spent;
                Map<String, Long> sum = issued.computeIfAbsent(text, t -> new TreeMap<>());
                during.forEach((command, calls) -> sum.merge(command, calls, Long::sum));
            }
        }
        long turns = (long) MEASURED_ROUNDS * CITIZENS;
        System.out.printf(Locale.ROOT, "%d turns per message measured after %d; Redis commands while idle for 2 s: %d%n",
                turns, (long) WARM_UP_ROUNDS * CITIZENS, idle);
        System.out.printf(Locale.ROOT, "%-40s %10s %10s %10s %10s  %s%n", "message", "thread µs", "process µs",
                "alloc KiB", "commands", "per turn, by command");
        for (String text : TEXTS) {
            Map<String, Long> byCommand = issued.get(text);
            StringBuilder detail = new StringBuilder();
            byCommand.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> detail.append(String.format(Locale.ROOT, "%s %.2f  ", e.getKey(),
                            e.getValue() / (double) turns)));
            System.out.printf(Locale.ROOT, "%-40s %10.0f %10.0f %10.1f %10.2f  %s%n", text,
                    cpu.get(text)[0] / 1e3 / turns, processCpu.get(text)[0] / 1e3 / turns,
                    allocated.get(text)[0] / 1024.0 / turns, total(byCommand) / (double) turns,
                    detail.toString().strip());
        }
        long all = turns * TEXTS.size();
        System.out.printf(Locale.ROOT, "%-40s %10.0f %10.0f %10.1f %10.2f%n", "mean of the six",
                cpu.values().stream().mapToLong(v -> v[0]).sum() / 1e3 / all,
                processCpu.values().stream().mapToLong(v -> v[0]).sum() / 1e3 / all,
                allocated.values().stream().mapToLong(v -> v[0]).sum() / 1024.0 / all,
                issued.values().stream().mapToLong(TurnCostBenchmark::total).sum() / (double) all);
    }

    private static void turns(Conversation conversation, String text) {
        for (int citizen = 0; citizen < CITIZENS; citizen++) {
            conversation.respond("U%032x".formatted(citizen), new UserInput.Text(text), ZonedDateTime.now(CityTime.ZONE));
        }
    }

    /** Calls per command so far, without INFO itself. */
    private static Map<String, Long> commands(StringRedisTemplate redis) {
        Properties info = redis.execute((RedisCallback<Properties>) c -> c.serverCommands().info("commandstats"));
        Map<String, Long> calls = new TreeMap<>();
        info.forEach((key, value) -> {
            String name = key.toString().replace("cmdstat_", "");
            String stats = value.toString();
            if (!name.equals("info") && stats.startsWith("calls=")) {
                calls.put(name, Long.parseLong(stats.substring(6, stats.indexOf(','))));
            }
        });
        return calls;
    }

    private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new TreeMap<>();
        after.forEach((command, calls) -> {
            long more = calls - before.getOrDefault(command, 0L);
            if (more > 0) {
                delta.put(command, more);
            }
        });
        return delta;
    }

    private static long total(Map<String, Long> calls) {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }
}

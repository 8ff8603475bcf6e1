package jp.miyazaki.kyodo.testsupport;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A primary, a replica and three sentinels (quorum 2), all real redis-server processes, started and waited for
 * until every sentinel sees the other two and the replica; the bot reaches it with Spring Boot's own
 * SPRING_DATA_REDIS_SENTINEL_* variables ({@link #variables}).
 */
public final class SentinelSet implements AutoCloseable {

    public static final String MASTER = "kyodo";

    private final RedisProcess primary;
    private final RedisProcess replica;
    private final List<RedisProcess> sentinels;

    private SentinelSet(RedisProcess primary, RedisProcess replica, List<RedisProcess> sentinels) {
        this.primary = primary;
        this.replica = replica;
        this.sentinels = sentinels;
    }

    public static SentinelSet start(Path dir) {
        RedisProcess primary = RedisProcess.server(dir);
        RedisProcess replica = RedisProcess.server(dir, "--replicaof", "127.0.0.1", String.valueOf(primary.port()));
        List<RedisProcess> sentinels = Stream.generate(() -> RedisProcess.sentinel(dir, MASTER, primary.port(), 2))
                .limit(3).toList();
        await().atMost(Duration.ofSeconds(20)).until(() -> sentinels.stream().allMatch(sentinel ->
                sentinel.callSentinel(commands -> commands.master(MASTER)).entrySet().stream()
                        .filter(e -> e.getKey().equals("num-other-sentinels") || e.getKey().equals("num-slaves"))
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.toSet())
                        .containsAll(List.of("num-other-sentinels=2", "num-slaves=1"))));
        return new SentinelSet(primary, replica, sentinels);
    }

    /** The environment that points the bot at this set. */
    public Map<String, String> variables() {
        return Map.of("SPRING_DATA_REDIS_SENTINEL_MASTER", MASTER, "SPRING_DATA_REDIS_SENTINEL_NODES",
                sentinels.stream().map(RedisProcess::address).collect(Collectors.joining(",")));
    }

    public RedisProcess primary() {
        return primary;
    }

    public RedisProcess replica() {
        return replica;
    }

    public List<RedisProcess> sentinels() {
        return sentinels;
    }

    @Override
    public void close() {
        Stream.concat(sentinels.stream(), Stream.of(replica, primary)).forEach(RedisProcess::close);
    }
}

package jp.miyazaki.kyodo.broadcast;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.session.RedisSettings;

/**
 * Keeps multicasts under LINE's per-channel rate across every instance: each request takes the next free slot
 * on one shared timeline in Redis ({@code multicast-pacing}, slots 1/rate apart, by Redis's own clock) and waits
 * for it. Requests are spread evenly instead of bursting, so LINE's limit is never crossed, and two instances
 * sending at once share the rate instead of doubling it.
 */
@Component
public class MulticastPacing {

    /** Takes the next free slot; returns how many microseconds to wait for it. */
    private static final RedisScript<Long> TAKE_SLOT = RedisScript.of("""
            local now = redis.call('time')
            local micros = tonumber(now[1]) * 1000000 + tonumber(now[2])
            local free = tonumber(redis.call('get', KEYS[1]) or '0')
            local slot = math.max(micros, free)
            redis.call('set', KEYS[1], string.format('%.0f', slot + tonumber(ARGV[1])), 'px', 60000)
            return slot - micros
            """, Long.class);

    private final StringRedisTemplate redis;
    private final String key;
    private final long intervalMicros;

    public MulticastPacing(StringRedisTemplate redis, RedisSettings settings, BroadcastProperties properties) {
        this.redis = redis;
        this.key = settings.keyPrefix() + "multicast-pacing";
        this.intervalMicros = 1_000_000L / properties.requestsPerSecond();
    }

    /** Blocks until this request's turn. */
    public void awaitTurn() throws InterruptedException {
        Long wait = redis.execute(TAKE_SLOT, List.of(key), Long.toString(intervalMicros));
        if (wait != null && wait > 0) {
            TimeUnit.MICROSECONDS.sleep(wait);
        }
    }
}

package jp.miyazaki.kyodo.session;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Leases on Redis keys, shared by every instance: whoever holds a key's lease does that key's work (a citizen's
 * events, a broadcast job). A lease expires on its own if its holder dies; only the holder, by its random token,
 * can renew or release it.
 */
@Component
public class Leases {

    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            Long.class);
    private static final RedisScript<Long> RENEW = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) "
                    + "else return 0 end",
            Long.class);

    private final StringRedisTemplate redis;

    public Leases(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Takes the lease on {@code key} for {@code duration} if nobody holds it. */
    public Optional<Lease> tryAcquire(String key, Duration duration) {
        String token = UUID.randomUUID().toString();
        Boolean taken = redis.opsForValue().setIfAbsent(key, token, duration);
        return Boolean.TRUE.equals(taken) ? Optional.of(new Lease(key, token, duration)) : Optional.empty();
    }

    /** A held lease. */
    public final class Lease implements AutoCloseable {

        private final String key;
        private final String token;
        private final Duration duration;

        private Lease(String key, String token, Duration duration) {
            this.key = key;
            this.token = token;
            this.duration = duration;
        }

        /** Extends the lease; false when it was lost (expired and taken by another instance). */
        public boolean renew() {
            Long renewed = redis.execute(RENEW, List.of(key), token, Long.toString(duration.toMillis()));
            return renewed != null && renewed == 1L;
        }

        @Override
        public void close() {
            redis.execute(RELEASE, List.of(key), token);
        }
    }
}

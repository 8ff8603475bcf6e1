package jp.miyazaki.kyodo.broadcast;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.session.RedisSettings;

/**
 * Leases on named pieces of scheduled work ({@code work-lock:{name}}), shared by every instance so a job runs on
 * one of them at a time. A lease expires by itself if its holder dies; only its holder can renew or release it.
 */
@Component
public class RedisLease {

    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            Long.class);
    private static final RedisScript<Long> RENEW = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) "
                    + "else return 0 end",
            Long.class);

    private final StringRedisTemplate redis;
    private final String prefix;
    private final String runs;

    public RedisLease(StringRedisTemplate redis, RedisSettings settings) {
        this.redis = redis;
        this.prefix = settings.keyPrefix() + "work-lock:";
        this.runs = settings.keyPrefix() + "work-run:";
    }

    public Optional<Held> tryAcquire(String name, Duration lease) {
        String token = UUID.randomUUID().toString();
        Boolean taken = redis.opsForValue().setIfAbsent(prefix + name, token, lease);
        return Boolean.TRUE.equals(taken) ? Optional.of(new Held(prefix + name, token, lease)) : Optional.empty();
    }

    /**
     * Claims one run of periodic work for a time slot ({@code work-run:{name}:{slot}}), once across instances;
     * the claim is kept for {@code keptFor} so a late instance cannot run the slot again.
     */
    public boolean claimRun(String name, long slot, Duration keptFor) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(runs + name + ":" + slot, "1", keptFor));
    }

    /** A held lease. */
    public final class Held implements AutoCloseable {

        private final String key;
        private final String token;
        private final Duration lease;

        private Held(String key, String token, Duration lease) {
            this.key = key;
            this.token = token;
            this.lease = lease;
        }

        /** Extends the lease; false when it was lost. */
        public boolean renew() {
            Long renewed = redis.execute(RENEW, List.of(key), token, Long.toString(lease.toMillis()));
            return renewed != null && renewed == 1L;
        }

        @Override
        public void close() {
            redis.execute(RELEASE, List.of(key), token);
        }
    }
}

package jp.miyazaki.kyodo.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * A lease on one citizen's conversation, shared by every instance through Redis, so two instances never handle
 * the same citizen's events at once. A lease expires on its own if its holder dies; only the holder (by its
 * random token) can renew or release it.
 */
@Component
public class UserLock {

    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            Long.class);
    private static final RedisScript<Long> RENEW = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) "
                    + "else return 0 end",
            Long.class);

    private final StringRedisTemplate redis;
    private final SessionProperties properties;
    private final String prefix;

    public UserLock(StringRedisTemplate redis, SessionProperties properties, RedisSettings settings) {
        this.redis = redis;
        this.properties = properties;
        this.prefix = settings.keyPrefix() + "lock:";
    }

    /** Takes the citizen's lease if nobody holds it. */
    public Optional<Lease> tryAcquire(String userId) {
        String key = prefix + userId;
        String token = UUID.randomUUID().toString();
        Boolean taken = redis.opsForValue().setIfAbsent(key, token, properties.lockLease());
        return Boolean.TRUE.equals(taken) ? Optional.of(new Lease(key, token)) : Optional.empty();
    }

    /** A held lease. */
    public final class Lease implements AutoCloseable {

        private final String key;
        private final String token;

        private Lease(String key, String token) {
            this.key = key;
            this.token = token;
        }

        /** Extends the lease; false when it was lost (expired and taken by another instance). */
        public boolean renew() {
            Long renewed = redis.execute(RENEW, List.of(key), token,
                    Long.toString(properties.lockLease().toMillis()));
            return renewed != null && renewed == 1L;
        }

        @Override
        public void close() {
            redis.execute(RELEASE, List.of(key), token);
        }
    }
}

package jp.miyazaki.kyodo.shared;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A counter in Redis that every write of one kind of data raises, so each instance learns cheaply that the data
 * changed elsewhere: one GET of one key, which works on Redis Cluster too.
 */
public final class VersionCounter {

    private final StringRedisTemplate redis;
    private final String key;

    public VersionCounter(StringRedisTemplate redis, String key) {
        this.redis = redis;
        this.key = key;
    }

    public long current() {
        String version = redis.opsForValue().get(key);
        return version == null ? 0 : Long.parseLong(version);
    }

    public void raise() {
        redis.opsForValue().increment(key);
    }
}

package jp.miyazaki.kyodo.broadcast;

import java.time.Duration;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.session.Leases;
import jp.miyazaki.kyodo.session.RedisSettings;

/**
 * Leases on named pieces of scheduled work ({@code work-lock:{name}}), shared by every instance so a job runs on
 * one of them at a time. A lease expires by itself if its holder dies; only its holder can renew or release it.
 */
@Component
public class RedisLease {

    private final StringRedisTemplate redis;
    private final Leases leases;
    private final String prefix;
    private final String runs;

    public RedisLease(StringRedisTemplate redis, Leases leases, RedisSettings settings) {
        this.redis = redis;
        this.leases = leases;
        this.prefix = settings.keyPrefix() + "work-lock:";
        this.runs = settings.keyPrefix() + "work-run:";
    }

    public Optional<Leases.Lease> tryAcquire(String name, Duration lease) {
        return leases.tryAcquire(prefix + name, lease);
    }

    /**
     * Claims one run of periodic work for a time slot ({@code work-run:{name}:{slot}}), once across instances;
     * the claim is kept for {@code keptFor} so a late instance cannot run the slot again.
     */
    public boolean claimRun(String name, long slot, Duration keptFor) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(runs + name + ":" + slot, "1", keptFor));
    }
}

package jp.miyazaki.kyodo.admin;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.session.RedisSettings;

/**
 * Slows down guessing passwords, across instances. Failures are counted per username and per client address
 * within a window ({@code login-failures:user:{name}}, {@code login-failures:address:{ip}}); past the free
 * attempts every failure closes the door for an exponentially growing time ({@code login-blocked:…}), during
 * which even the right password is refused. A successful login clears the username's count.
 */
@Component
public class LoginThrottle {

    /** Counts a failure and, past the free attempts, blocks for base · 2^(failures − free), capped. */
    private static final RedisScript<Long> FAIL = RedisScript.of("""
            local failures = redis.call('incr', KEYS[1])
            if failures == 1 then redis.call('pexpire', KEYS[1], ARGV[1]) end
            local over = failures - tonumber(ARGV[2])
            if over <= 0 then return 0 end
            local delay = math.min(tonumber(ARGV[3]) * math.pow(2, math.min(over - 1, 30)), tonumber(ARGV[4]))
            redis.call('set', KEYS[2], '1', 'px', math.floor(delay))
            return math.floor(delay)
            """, Long.class);

    private final StringRedisTemplate redis;
    private final AdminProperties.LoginThrottling settings;
    private final String failures;
    private final String blocked;

    public LoginThrottle(StringRedisTemplate redis, AdminProperties properties, RedisSettings redisSettings) {
        this.redis = redis;
        this.settings = properties.loginThrottling();
        this.failures = redisSettings.keyPrefix() + "login-failures:";
        this.blocked = redisSettings.keyPrefix() + "login-blocked:";
    }

    /** How long this username or address must still wait before trying again, if at all. */
    public Optional<Duration> waitFor(String username, String address) {
        long wait = Math.max(remaining("user:" + username), address == null ? -1 : remaining("address:" + address));
        return wait > 0 ? Optional.of(Duration.ofMillis(wait)) : Optional.empty();
    }

    public void failed(String username, String address) {
        count("user:" + username, settings.freeAttempts());
        if (address != null) {
            count("address:" + address, settings.freeAttemptsPerAddress());
        }
    }

    public void succeeded(String username) {
        redis.delete(List.of(failures + "user:" + username, blocked + "user:" + username));
    }

    private void count(String who, int freeAttempts) {
        redis.execute(FAIL, List.of(failures + who, blocked + who),
                Long.toString(settings.window().toMillis()), Integer.toString(freeAttempts),
                Long.toString(settings.baseDelay().toMillis()), Long.toString(settings.maxDelay().toMillis()));
    }

    private long remaining(String who) {
        Long ttl = redis.getExpire(blocked + who, java.util.concurrent.TimeUnit.MILLISECONDS);
        return ttl == null ? -1 : ttl;
    }
}

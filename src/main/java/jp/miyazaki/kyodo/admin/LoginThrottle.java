package jp.miyazaki.kyodo.admin;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.observability.Pseudonym;
import jp.miyazaki.kyodo.session.RedisSettings;

/**
 * Slows down guessing passwords, across instances. Failures are counted per account and per client address
 * within a window ({@code login-failures:{user:name}}, {@code login-failures:{address:ip}}). Past the free
 * attempts every failure closes a door for an exponentially growing time: the address's door
 * ({@code login-blocked:{address:ip}}, all accounts) or the account's door at that address only
 * ({@code login-blocked:{user:name}@ip}), so guessing someone's password never locks them out from elsewhere.
 * While a door is closed even the right password is refused; it opens when its time is up. The client address is
 * the one Tomcat found: the peer, or {@code X-Forwarded-For} when the peer is a trusted proxy.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

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

    /** How long this account at this address, or this address, must still wait before trying again, if at all. */
    public Optional<Duration> waitFor(String username, String address) {
        long wait = Math.max(remaining(accountAt(username, address)), remaining(address(address)));
        return wait > 0 ? Optional.of(Duration.ofMillis(wait)) : Optional.empty();
    }

    public void failed(String username, String address) {
        log.info("failed sign-in for staff account {} from {}", Pseudonym.of(username), Pseudonym.of(address));
        long accountDelay = count(account(username), accountAt(username, address), settings.freeAttempts());
        if (accountDelay > 0) {
            log.warn("sign-ins for staff account {} from {} locked for {} ms after repeated failures",
                    Pseudonym.of(username), Pseudonym.of(address), accountDelay);
        }
        long addressDelay = count(address(address), address(address), settings.freeAttemptsPerAddress());
        if (addressDelay > 0) {
            log.warn("sign-ins from {} locked for {} ms after repeated failures", Pseudonym.of(address), addressDelay);
        }
    }

    public void succeeded(String username, String address) {
        redis.delete(List.of(failures + account(username), blocked + accountAt(username, address)));
    }

    /*
     * A failure count and the door it closes share a hash tag (the account, or the address), so the script that
     * counts and closes touches one slot on Redis Cluster.
     */
    private static String account(String username) {
        return "{user:" + username + "}";
    }

    private static String accountAt(String username, String address) {
        return account(username) + "@" + address;
    }

    private static String address(String address) {
        return "{address:" + address + "}";
    }

    private long count(String counted, String door, int freeAttempts) {
        Long delay = redis.execute(FAIL, List.of(failures + counted, blocked + door),
                Long.toString(settings.window().toMillis()), Integer.toString(freeAttempts),
                Long.toString(settings.baseDelay().toMillis()), Long.toString(settings.maxDelay().toMillis()));
        return delay == null ? 0 : delay;
    }

    private long remaining(String door) {
        Long ttl = redis.getExpire(blocked + door, TimeUnit.MILLISECONDS);
        return ttl == null ? -1 : ttl;
    }
}

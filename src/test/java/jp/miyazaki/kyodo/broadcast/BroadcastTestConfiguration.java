package jp.miyazaki.kyodo.broadcast;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.session.RedisSettings;

/**
 * What the lead wires later, played by test data: the audience from Redis, and a clock tests can move. Not
 * annotated, so the app's component scan never adds it to other tests' contexts; tests import it or pass it as a
 * source.
 */
public class BroadcastTestConfiguration {

    /** Noon in Miyazaki: outside quiet hours. */
    public static final Instant NOON_JST = Instant.parse("2026-12-01T03:00:00Z");
    public static final MutableClock CLOCK = new MutableClock(NOON_JST);

    @Bean
    @Primary
    Audience testAudience(StringRedisTemplate redis, RedisSettings settings) {
        return new RedisAudience(redis, settings.keyPrefix());
    }

    @Bean
    Clock testClock() {
        return CLOCK;
    }
}

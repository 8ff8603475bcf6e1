package jp.miyazaki.kyodo.bench;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.broadcast.Audience;
import jp.miyazaki.kyodo.broadcast.RedisAudience;
import jp.miyazaki.kyodo.session.RedisSettings;

/** The benchmark's subscribers, from Redis test data; the real clock. Passed as a source, never scanned. */
class BenchAudience {

    @Bean
    @Primary
    Audience subscribers(StringRedisTemplate redis, RedisSettings settings) {
        return new RedisAudience(redis, settings.keyPrefix());
    }
}

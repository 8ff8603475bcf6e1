package jp.miyazaki.kyodo.unanswered;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.nlu.UnansweredLog;

/** Keeps the unanswered-message log on Redis; the NLU configuration picks it up and records into it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UnansweredProperties.class)
public class UnansweredConfiguration {

    @Bean
    UnansweredLog unansweredLog(StringRedisTemplate redis, UnansweredProperties properties) {
        return new RedisUnansweredLog(redis, properties.key(), properties.capacity());
    }
}

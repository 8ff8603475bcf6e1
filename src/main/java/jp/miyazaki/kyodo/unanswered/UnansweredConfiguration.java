package jp.miyazaki.kyodo.unanswered;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.util.StringUtils;

import jp.miyazaki.kyodo.nlu.UnansweredLog;

/** Keeps the unanswered-message log on Redis; the NLU configuration picks it up and records into it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UnansweredProperties.class)
public class UnansweredConfiguration {

    @Bean
    UnansweredLog unansweredLog(StringRedisTemplate redis, UnansweredProperties properties,
            @Value("${kyodo.redis.key-prefix:kyodo:}") String keyPrefix) {
        String key = StringUtils.hasText(properties.key()) ? properties.key() : keyPrefix + "nlu:unanswered";
        return new RedisUnansweredLog(redis, key, properties.capacity());
    }
}

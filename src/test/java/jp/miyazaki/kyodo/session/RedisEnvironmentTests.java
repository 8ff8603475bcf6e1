package jp.miyazaki.kyodo.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class RedisEnvironmentTests {

    private final RedisEnvironment environmentPostProcessor = new RedisEnvironment();

    @Test
    void redisUrlStandsForSpringBootsUrlProperty() {
        MockEnvironment environment = new MockEnvironment().withProperty("REDIS_URL", "rediss://bot:pw@redis:6380/2");

        environmentPostProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.data.redis.url")).isEqualTo("rediss://bot:pw@redis:6380/2");
    }

    @Test
    void springBootsOwnPropertyWinsAndAnEmptyRedisUrlIsNoUrl() {
        MockEnvironment both = new MockEnvironment().withProperty("REDIS_URL", "redis://a:6379")
                .withProperty("spring.data.redis.url", "redis://b:6379");
        MockEnvironment empty = new MockEnvironment().withProperty("REDIS_URL", "");

        environmentPostProcessor.postProcessEnvironment(both, new SpringApplication());
        environmentPostProcessor.postProcessEnvironment(empty, new SpringApplication());

        assertThat(both.getProperty("spring.data.redis.url")).isEqualTo("redis://b:6379");
        assertThat(empty.containsProperty("spring.data.redis.url")).isFalse();
    }
}

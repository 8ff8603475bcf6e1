package jp.miyazaki.kyodo.session;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Before any bean exists: {@code REDIS_URL} (the name operators and platforms use) stands for Spring Boot's
 * {@code spring.data.redis.url} when that is not set itself (a property source, because
 * {@code url: ${REDIS_URL:}} in application.yml would make Boot parse an empty URL); and production without a
 * Redis is refused here, so the operator reads one line and no bean-creation chain.
 */
public class RedisEnvironment implements EnvironmentPostProcessor {

    static final String VARIABLE = "REDIS_URL";
    static final String PROPERTY = "spring.data.redis.url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty(VARIABLE);
        if (StringUtils.hasText(url) && !environment.containsProperty(PROPERTY)) {
            environment.getPropertySources().addLast(new MapPropertySource(VARIABLE, Map.of(PROPERTY, url)));
        }
        boolean lineChannel = StringUtils.hasText(environment.getProperty("kyodo.line.channel-secret"))
                && StringUtils.hasText(environment.getProperty("kyodo.line.channel-token"));
        if (lineChannel && !RedisConfigured.in(environment)
                && !environment.getProperty("kyodo.redis.embedded-allowed", Boolean.class, false)) {
            throw new ProductionWithoutRedis();
        }
    }
}

package jp.miyazaki.kyodo.session;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when none of Spring Boot's ways to name a Redis is set: then the bot starts its embedded one. */
final class RedisConfigured {

    /** Boot's properties that each point at a Redis (a URL, a host, a Sentinel master, Cluster nodes). */
    static final List<String> PROPERTIES = List.of("spring.data.redis.url", "spring.data.redis.host",
            "spring.data.redis.sentinel.master", "spring.data.redis.cluster.nodes");

    private RedisConfigured() {
    }

    static boolean in(Environment environment) {
        return PROPERTIES.stream().anyMatch(name -> StringUtils.hasText(environment.getProperty(name)));
    }

    static final class Not extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return in(context.getEnvironment())
                    ? ConditionOutcome.noMatch("a Redis is configured")
                    : ConditionOutcome.match("none of " + PROPERTIES + " is set");
        }
    }
}

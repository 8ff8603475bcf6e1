package jp.miyazaki.kyodo.session;

import io.lettuce.core.ClientOptions;

import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Redis the Spring Boot way: Boot's auto-configuration builds the Lettuce connection from
 * {@code spring.data.redis.*} (a URL, Sentinel, Cluster, username, password, TLS). With none of them set, an
 * embedded redis-server is started first and Boot is pointed at it through its connection details (with a LINE
 * channel only when allowed, see {@link RedisEnvironment}). Commands are
 * refused at once while disconnected, so an unreachable Redis turns into a clear 503 rather than a hung webhook.
 */
@Configuration(proxyBeanMethods = false)
public class RedisConfiguration {

    @Bean
    LettuceClientOptionsBuilderCustomizer refuseCommandsWhileDisconnected() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(RedisConfigured.Not.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedRedis embeddedRedis(RedisSettings settings) {
            return EmbeddedRedis.start(settings.embeddedDir());
        }

        @Bean
        DataRedisConnectionDetails embeddedRedisConnection(EmbeddedRedis redis) {
            return new DataRedisConnectionDetails() {
                @Override
                public Standalone getStandalone() {
                    return Standalone.of("127.0.0.1", redis.port());
                }
            };
        }
    }
}

package jp.miyazaki.kyodo.session;

import java.time.Duration;
import java.util.Optional;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.util.StringUtils;

/**
 * One Redis connection for the whole app: {@code REDIS_URL} when set, otherwise an embedded redis-server started
 * here. Commands time out quickly so an unreachable Redis turns into a clear 503 rather than a hung webhook.
 */
@Configuration(proxyBeanMethods = false)
public class RedisConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${kyodo.redis.url:}' == ''")
    EmbeddedRedis embeddedRedis(RedisSettings settings) {
        return EmbeddedRedis.start(settings.embeddedDir());
    }

    @Bean
    LettuceConnectionFactory redisConnectionFactory(RedisSettings settings,
            ObjectProvider<EmbeddedRedis> embedded) {
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration();
        boolean tls = false;
        Optional<EmbeddedRedis> local = Optional.ofNullable(embedded.getIfAvailable());
        if (local.isPresent()) {
            server.setHostName("127.0.0.1");
            server.setPort(local.get().port());
        } else {
            RedisURI uri = RedisURI.create(settings.url());
            server.setHostName(uri.getHost());
            server.setPort(uri.getPort());
            server.setDatabase(uri.getDatabase());
            if (StringUtils.hasText(uri.getUsername())) {
                server.setUsername(uri.getUsername());
            }
            if (uri.getPassword() != null && uri.getPassword().length > 0) {
                server.setPassword(uri.getPassword());
            }
            tls = uri.isSsl();
        }
        Duration timeout = settings.commandTimeout();
        LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
                .commandTimeout(timeout)
                .clientOptions(ClientOptions.builder()
                        .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                        .build());
        if (tls) {
            client.useSsl();
        }
        return new LettuceConnectionFactory(server, client.build());
    }
}

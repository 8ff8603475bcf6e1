package jp.miyazaki.kyodo.testsupport;

import java.nio.file.Path;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.session.RedisSettings;

/** Plain Spring Data Redis clients on the test server, for tests that need no application context. */
public final class RedisClients {

    private RedisClients() {
    }

    public static StringRedisTemplate template(RedisTestServer server) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", server.port()));
        factory.afterPropertiesSet();
        factory.start();
        StringRedisTemplate template = new StringRedisTemplate(factory);
        template.afterPropertiesSet();
        return template;
    }

    public static RedisSettings settings(String keyPrefix) {
        return new RedisSettings(Path.of("target/unused"), keyPrefix, false);
    }
}

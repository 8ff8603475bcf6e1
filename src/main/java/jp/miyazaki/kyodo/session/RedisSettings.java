package jp.miyazaki.kyodo.session;

import java.nio.file.Path;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The bot's own Redis settings; where Redis is comes from Spring Boot's {@code spring.data.redis.*}
 * ({@code REDIS_URL} included, see {@link RedisEnvironment}). With none of those set, a real redis-server from the
 * embedded-redis jar is started, keeping its data under {@code embeddedDir}; with a LINE channel that is refused
 * unless {@code embeddedAllowed} ({@code KYODO_EMBEDDED_REDIS=true}). {@code keyPrefix} lets several bots share
 * one server.
 */
@Validated
@ConfigurationProperties("kyodo.redis")
public record RedisSettings(@NotNull Path embeddedDir, @NotBlank String keyPrefix, boolean embeddedAllowed) {
}

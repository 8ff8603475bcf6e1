package jp.miyazaki.kyodo.session;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Where Redis is. {@code url} unset starts a real redis-server from the embedded-redis jar, keeping its data
 * under {@code embeddedDir}; {@code keyPrefix} lets several bots share one server.
 */
@Validated
@ConfigurationProperties("kyodo.redis")
public record RedisSettings(String url, @NotNull Path embeddedDir, @NotBlank String keyPrefix,
        @NotNull Duration commandTimeout) {

    public boolean embedded() {
        return !StringUtils.hasText(url);
    }
}

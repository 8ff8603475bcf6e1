package jp.miyazaki.kyodo.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/** The prefix of every key this bot writes, so several bots can share one Redis server. */
@Validated
@ConfigurationProperties("kyodo.redis")
public record RedisKeyProperties(@NotBlank @DefaultValue("kyodo:") String keyPrefix) {

    public static final RedisKeyProperties DEFAULT = new RedisKeyProperties("kyodo:");

    /** The full key for the parts after the prefix, joined with colons. */
    public String key(String... parts) {
        return keyPrefix + String.join(":", parts);
    }
}

package jp.miyazaki.kyodo.shared;

import java.util.Objects;

/**
 * Builds the keys of the domain features under the configured prefix ({@code kyodo.redis.key-prefix}, default
 * {@code kyodo:}), so several bots can share one Redis server.
 */
public record RedisKeys(String keyPrefix) {

    public static final RedisKeys DEFAULT = new RedisKeys("kyodo:");

    public RedisKeys {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
    }

    /** The full key for the parts after the prefix, joined with colons. */
    public String key(String... parts) {
        return keyPrefix + String.join(":", parts);
    }
}

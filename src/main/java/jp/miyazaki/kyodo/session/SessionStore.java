package jp.miyazaki.kyodo.session;

import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Conversation state per citizen, as JSON under {@code {prefix}session:{userId}} with an idle TTL: every save
 * starts the timeout again, and a conversation left alone simply disappears from Redis.
 */
@Component
public class SessionStore {

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final SessionProperties properties;
    private final String prefix;

    public SessionStore(StringRedisTemplate redis, JsonMapper json, SessionProperties properties,
            RedisSettings settings) {
        this.redis = redis;
        this.json = json;
        this.properties = properties;
        this.prefix = settings.keyPrefix() + "session:";
    }

    public <T> Optional<T> load(String userId, Class<T> type) {
        String stored = redis.opsForValue().get(key(userId));
        return stored == null ? Optional.empty() : Optional.of(json.readValue(stored, type));
    }

    public void save(String userId, Object state) {
        redis.opsForValue().set(key(userId), json.writeValueAsString(state), properties.idleTimeout());
    }

    public void delete(String userId) {
        redis.delete(key(userId));
    }

    String key(String userId) {
        return prefix + userId;
    }
}

package jp.miyazaki.kyodo.citizen;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.session.RedisSettings;

/**
 * Whether a citizen still follows the bot. Unfollowing (blocking) marks them inactive so no notice is pushed to
 * them; following again makes them active. Kept in the citizen's profile hash, reachable from the user id.
 */
@Component
public class FollowStatus {

    private final StringRedisTemplate redis;
    private final String prefix;

    public FollowStatus(StringRedisTemplate redis, RedisSettings settings) {
        this.redis = redis;
        this.prefix = settings.keyPrefix() + "user:";
    }

    public void followed(String userId, Instant at) {
        redis.opsForHash().putAll(prefix + userId, Map.of("active", "true", "followedAt", at.toString()));
        redis.opsForHash().delete(prefix + userId, "unfollowedAt");
    }

    public void unfollowed(String userId, Instant at) {
        redis.opsForHash().putAll(prefix + userId, Map.of("active", "false", "unfollowedAt", at.toString()));
    }

    public boolean isActive(String userId) {
        return !"false".equals(redis.opsForHash().get(prefix + userId, "active"));
    }
}

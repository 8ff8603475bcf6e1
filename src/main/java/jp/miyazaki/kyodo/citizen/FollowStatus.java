package jp.miyazaki.kyodo.citizen;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.session.RedisSettings;

/**
 * Whether a citizen still follows the bot. Unfollowing (blocking) marks them inactive so no notice is pushed to
 * them; following again makes them active. Kept in the citizen's profile hash, reachable from the user id.
 */
@Component
public class FollowStatus {

    private static final int CHUNK = 5_000;
    private static final byte[] ACTIVE = "active".getBytes(StandardCharsets.UTF_8);

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

    /**
     * The citizens among {@code userIds} who still follow the bot, in their order. A chunk of citizens is checked
     * in one pipeline, so a broadcast's 100,000 recipients take a few round trips rather than 100,000; a pipeline
     * rather than one script over many keys, because on Redis Cluster the profiles are in different hash slots.
     */
    public List<String> activeAmong(List<String> userIds) {
        List<String> active = new ArrayList<>(userIds.size());
        for (int from = 0; from < userIds.size(); from += CHUNK) {
            List<String> chunk = userIds.subList(from, Math.min(userIds.size(), from + CHUNK));
            List<Object> flags = redis.executePipelined((RedisCallback<Object>) connection -> {
                chunk.forEach(userId -> connection.hashCommands().hGet(
                        (prefix + userId).getBytes(StandardCharsets.UTF_8), ACTIVE));
                return null;
            });
            for (int n = 0; n < chunk.size(); n++) {
                if (!"false".equals(flags.get(n))) {
                    active.add(chunk.get(n));
                }
            }
        }
        return active;
    }
}

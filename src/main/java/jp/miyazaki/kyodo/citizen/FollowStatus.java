package jp.miyazaki.kyodo.citizen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.session.RedisSettings;

/**
 * Whether a citizen still follows the bot. Unfollowing (blocking) marks them inactive so no notice is pushed to
 * them; following again makes them active. Kept in the citizen's profile hash, reachable from the user id.
 */
@Component
public class FollowStatus {

    private static final int CHUNK = 5_000;
    /** The 1-based positions of the keys whose citizen unfollowed. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final RedisScript<List<Long>> UNFOLLOWED_AMONG = (RedisScript) RedisScript.of("""
            local unfollowed = {}
            for i, key in ipairs(KEYS) do
                if redis.call('hget', key, 'active') == 'false' then unfollowed[#unfollowed + 1] = i end
            end
            return unfollowed
            """, List.class);

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
     * The citizens among {@code userIds} who still follow the bot, in their order. Redis checks a chunk of
     * citizens in one script, so checking a broadcast's 100,000 recipients takes a few round trips rather than
     * 100,000. (Under Redis Cluster the profile keys would need a shared hash tag for this.)
     */
    public List<String> activeAmong(List<String> userIds) {
        List<String> active = new ArrayList<>(userIds.size());
        for (int from = 0; from < userIds.size(); from += CHUNK) {
            List<String> chunk = userIds.subList(from, Math.min(userIds.size(), from + CHUNK));
            List<Long> unfollowed = redis.execute(UNFOLLOWED_AMONG,
                    chunk.stream().map(userId -> prefix + userId).toList());
            Set<Long> skip = unfollowed == null ? Set.of() : Set.copyOf(unfollowed);
            for (int n = 0; n < chunk.size(); n++) {
                if (!skip.contains((long) n + 1)) {
                    active.add(chunk.get(n));
                }
            }
        }
        return active;
    }
}

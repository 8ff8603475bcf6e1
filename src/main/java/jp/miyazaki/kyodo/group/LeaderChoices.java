package jp.miyazaki.kyodo.group;

import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.shared.RedisKeys;

/**
 * Which group a leader of several groups acts for, as they last chose in the 団体メニュー. The key carries the user
 * id, so "delete my data" takes it with the rest.
 *
 * <pre>
 * group:acting:{userId}   the chosen group's id
 * </pre>
 */
public class LeaderChoices {

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    public LeaderChoices(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    public void choose(String userId, String groupId) {
        redis.opsForValue().set(key(userId), groupId);
    }

    public Optional<String> chosen(String userId) {
        return Optional.ofNullable(redis.opsForValue().get(key(userId)));
    }

    private String key(String userId) {
        return keys.key("group", "acting", userId);
    }
}

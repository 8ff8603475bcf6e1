package jp.miyazaki.kyodo.broadcast;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A stand-in for the subscription feature's audience, from test data in Redis: one set of user ids per category
 * ({@code test-audience:category:{id}}), per district and for everyone who accepted notices.
 */
public final class RedisAudience implements Audience {

    private final StringRedisTemplate redis;
    private final String prefix;

    public RedisAudience(StringRedisTemplate redis, String keyPrefix) {
        this.redis = redis;
        this.prefix = keyPrefix + "test-audience:";
    }

    /** Subscribes citizens to notices on {@code category} in {@code district}. */
    public static void subscribe(StringRedisTemplate redis, String keyPrefix, Collection<String> userIds,
            String category, String district) {
        String[] ids = userIds.toArray(String[]::new);
        redis.opsForSet().add(keyPrefix + "test-audience:all", ids);
        redis.opsForSet().add(keyPrefix + "test-audience:category:" + category, ids);
        redis.opsForSet().add(keyPrefix + "test-audience:district:" + district, ids);
    }

    @Override
    public List<String> recipients(Segment segment) {
        Set<String> everyone = members("all");
        Set<String> chosen = new HashSet<>(everyone);
        if (!segment.categories().isEmpty()) {
            chosen.retainAll(union("category:", segment.categories()));
        }
        if (!segment.districts().isEmpty()) {
            chosen.retainAll(union("district:", segment.districts()));
        }
        return chosen.stream().sorted().toList();
    }

    @Override
    public long count(Segment segment) {
        return recipients(segment).size();
    }

    private Set<String> union(String kind, Set<String> ids) {
        return ids.stream().flatMap(id -> members(kind + id).stream()).collect(Collectors.toSet());
    }

    private Set<String> members(String key) {
        return Objects.requireNonNullElse(redis.opsForSet().members(prefix + key), Set.of());
    }
}

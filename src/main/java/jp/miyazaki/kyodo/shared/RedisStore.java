package jp.miyazaki.kyodo.shared;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import tools.jackson.databind.json.JsonMapper;

/**
 * The Redis a feature's store keeps its data in: the template, the keys under the configured prefix, and the
 * records kept as JSON (in string values or hash fields) read, written and compare-and-set updated alike, so each
 * store says only which key holds what.
 *
 * @param redis for what is not a JSON record: sets, sorted sets, deletes
 * @param json  how the records are written
 * @param keys  the configured key prefix
 */
public record RedisStore(StringRedisTemplate redis, JsonMapper json, RedisKeys keys) {

    private static final RedisScript<Long> REPLACE_IF_UNCHANGED = RedisScript.of("""
            if redis.call('get', KEYS[1]) ~= ARGV[1] then return 0 end
            redis.call('set', KEYS[1], ARGV[2])
            return 1""", Long.class);

    private static final int UPDATE_ATTEMPTS = 10;

    /** The full key for the parts after the prefix, joined with colons. */
    public String key(String... parts) {
        return keys.key(parts);
    }

    /** The next number of the counter at the key of {@code parts} (1 the first time). */
    public long next(String... parts) {
        return Objects.requireNonNull(redis.opsForValue().increment(keys.key(parts)));
    }

    public <T> Optional<T> read(String key, Class<T> type) {
        return Optional.ofNullable(redis.opsForValue().get(key)).map(text -> json.readValue(text, type));
    }

    /** The records under {@code keys} in their order, in one round trip; missing ones are left out. */
    public <T> List<T> readAll(Collection<String> keys, Class<T> type) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> texts = redis.opsForValue().multiGet(keys);
        return texts == null ? List.of() : texts.stream().filter(Objects::nonNull)
                .map(text -> json.readValue(text, type)).toList();
    }

    public void write(String key, Object value) {
        redis.opsForValue().set(key, json.writeValueAsString(value));
    }

    /** Writes the record to expire after {@code kept}. */
    public void write(String key, Object value, Duration kept) {
        redis.opsForValue().set(key, json.writeValueAsString(value), kept);
    }

    public <T> Optional<T> readField(String key, String field, Class<T> type) {
        return Optional.ofNullable(redis.opsForHash().get(key, field)).map(text -> json.readValue((String) text, type));
    }

    /** Every record in the hash at {@code key}, in no particular order. */
    public <T> List<T> readFields(String key, Class<T> type) {
        return redis.opsForHash().values(key).stream().map(text -> json.readValue((String) text, type)).toList();
    }

    public void writeField(String key, String field, Object value) {
        redis.opsForHash().put(key, field, json.writeValueAsString(value));
    }

    /**
     * Replaces the record with {@code change} of it, only if it is still the one read (a compare-and-set script,
     * since Spring Data Redis refuses WATCH on Redis Cluster), reading and changing it again on a clash, so two
     * writers at once both count. {@code change} answers empty to leave the record as it is; the answer is empty
     * then and when there is no record.
     */
    public <T> Optional<T> update(String key, Class<T> type, Function<T, Optional<T>> change) {
        for (int attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
            String before = redis.opsForValue().get(key);
            if (before == null) {
                return Optional.empty();
            }
            Optional<T> changed = change.apply(json.readValue(before, type));
            if (changed.isEmpty()) {
                return changed;
            }
            Long replaced = redis.execute(REPLACE_IF_UNCHANGED, List.of(key), before,
                    json.writeValueAsString(changed.get()));
            if (replaced != null && replaced == 1L) {
                return changed;
            }
        }
        throw new IllegalStateException(key + " kept changing under " + UPDATE_ATTEMPTS + " attempts");
    }
}

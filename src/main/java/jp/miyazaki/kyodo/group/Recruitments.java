package jp.miyazaki.kyodo.group;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.shared.RedisJson;
import jp.miyazaki.kyodo.shared.RedisKeys;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recruitments in Redis.
 * <pre>
 * {p}group:recruitment:seq          counter for ids (R00012)
 * {p}group:recruitment:{id}         JSON Recruitment
 * {p}group:recruitments             ZSET id → posted (epoch ms)
 * </pre>
 */
public class Recruitments {

    private final StringRedisTemplate redis;
    private final RedisJson records;
    private final RedisKeys keys;

    public Recruitments(StringRedisTemplate redis, JsonMapper json, RedisKeys keys) {
        this.redis = redis;
        this.records = new RedisJson(redis, json);
        this.keys = keys;
    }

    public String nextId() {
        return "R%05d".formatted(Objects.requireNonNull(
                redis.opsForValue().increment(keys.key("group", "recruitment", "seq"))));
    }

    public void save(Recruitment recruitment) {
        records.write(key(recruitment.id()), recruitment);
        redis.opsForZSet().add(keys.key("group", "recruitments"), recruitment.id(),
                recruitment.createdAt().toEpochMilli());
    }

    public Optional<Recruitment> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return records.read(key(id.strip()), Recruitment.class);
    }

    /** Every recruitment, oldest first (staff work through the pending ones in order). */
    public List<Recruitment> list() {
        Set<String> ids = redis.opsForZSet().range(keys.key("group", "recruitments"), 0, -1);
        return ids == null ? List.of() : records.readAll(ids.stream().map(this::key).toList(), Recruitment.class);
    }

    public List<Recruitment> withStatus(RecruitmentStatus status) {
        return list().stream().filter(r -> r.status() == status).toList();
    }

    private String key(String id) {
        return keys.key("group", "recruitment", id);
    }
}

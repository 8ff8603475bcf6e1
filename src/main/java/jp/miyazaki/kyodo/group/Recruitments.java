package jp.miyazaki.kyodo.group;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.miyazaki.kyodo.shared.RedisStore;

/**
 * Recruitments in Redis.
 * <pre>
 * {p}group:recruitment:seq          counter for ids (R00012)
 * {p}group:recruitment:{id}         JSON Recruitment
 * {p}group:recruitments             ZSET id → posted (epoch ms)
 * </pre>
 */
public class Recruitments {

    private final RedisStore store;

    public Recruitments(RedisStore store) {
        this.store = store;
    }

    public String nextId() {
        return "R%05d".formatted(store.next("group", "recruitment", "seq"));
    }

    public void save(Recruitment recruitment) {
        store.write(key(recruitment.id()), recruitment);
        store.redis().opsForZSet().add(store.key("group", "recruitments"), recruitment.id(),
                recruitment.createdAt().toEpochMilli());
    }

    public Optional<Recruitment> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return store.read(key(id.strip()), Recruitment.class);
    }

    /** Every recruitment, oldest first (staff work through the pending ones in order). */
    public List<Recruitment> list() {
        Set<String> ids = store.redis().opsForZSet().range(store.key("group", "recruitments"), 0, -1);
        return ids == null ? List.of() : store.readAll(ids.stream().map(this::key).toList(), Recruitment.class);
    }

    public List<Recruitment> withStatus(RecruitmentStatus status) {
        return list().stream().filter(r -> r.status() == status).toList();
    }

    private String key(String id) {
        return store.key("group", "recruitment", id);
    }
}

package jp.miyazaki.kyodo.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import jp.miyazaki.kyodo.shared.RedisKeys;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consultation requests in Redis.
 * <pre>
 * {p}consultation:seq                 counter for ids (C000001, …)
 * {p}consultation:{id}                JSON Consultation
 * {p}consultations                    ZSET id → created (epoch ms), the staff inbox
 * {p}consultation:user:{userId}       SET ids of the user's requests
 * </pre>
 */
public class Consultations {

    private static final RedisScript<Long> REPLACE_IF_UNCHANGED = RedisScript.of("""
            if redis.call('get', KEYS[1]) ~= ARGV[1] then return 0 end
            redis.call('set', KEYS[1], ARGV[2])
            return 1""", Long.class);

    private static final int UPDATE_ATTEMPTS = 10;

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final RedisKeys keys;
    private final Clock clock;

    public Consultations(StringRedisTemplate redis, JsonMapper json, RedisKeys keys, Clock clock) {
        this.redis = redis;
        this.json = json;
        this.keys = keys;
        this.clock = clock;
    }

    public Consultation create(String userId, ConsultationTopic topic, String description, String contactPreference,
            String contact) {
        return create(userId, topic, description, contactPreference, contact, topic.expertise().orElse(null), null);
    }

    /** A request that says which expertise it needs and where the group is active (either may be {@code null}). */
    public Consultation create(String userId, ConsultationTopic topic, String description, String contactPreference,
            String contact, Expertise field, String district) {
        long number = Objects.requireNonNull(redis.opsForValue().increment(keys.key("consultation", "seq")));
        Instant now = clock.instant();
        Consultation consultation = new Consultation("C%06d".formatted(number), userId, topic, description,
                contactPreference, contact, ConsultationStatus.NEW, null, now, now, field, district, null);
        save(consultation);
        redis.opsForZSet().add(keys.key("consultations"), consultation.id(), now.toEpochMilli());
        redis.opsForSet().add(keys.key("consultation", "user", userId), consultation.id());
        return consultation;
    }

    public Optional<Consultation> find(String id) {
        return Optional.ofNullable(redis.opsForValue().get(keys.key("consultation", id)))
                .map(text -> json.readValue(text, Consultation.class));
    }

    /** The staff inbox, newest first. */
    public List<Consultation> list() {
        Set<String> ids = redis.opsForZSet().reverseRange(keys.key("consultations"), 0, -1);
        return (ids == null ? Set.<String>of() : ids).stream().map(this::find).flatMap(Optional::stream).toList();
    }

    public List<Consultation> ofUser(String userId) {
        Set<String> ids = redis.opsForSet().members(keys.key("consultation", "user", userId));
        return (ids == null ? Set.<String>of() : ids).stream().map(this::find).flatMap(Optional::stream)
                .sorted((a, b) -> a.createdAt().compareTo(b.createdAt())).toList();
    }

    public Optional<Consultation> changeStatus(String id, ConsultationStatus status, String assignee) {
        return update(id, c -> c.withStatus(status, assignee == null ? c.assignee() : assignee, clock.instant()));
    }

    /** Adds an answer the citizen received to the thread and marks the request answered. */
    public Optional<Consultation> recordAnswer(String id, String staff, String text) {
        return update(id, c -> c.withAnswer(staff, text, clock.instant()));
    }

    /**
     * Replaces the request with {@code change} of it, only if it is still the one read (a compare-and-set script,
     * tried again on a clash), so two staff members answering at once both stay in the thread. {@code change} may
     * throw to refuse; empty when there is no such request.
     */
    public Optional<Consultation> update(String id, UnaryOperator<Consultation> change) {
        String key = keys.key("consultation", id);
        for (int attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
            String before = redis.opsForValue().get(key);
            if (before == null) {
                return Optional.empty();
            }
            Consultation changed = change.apply(json.readValue(before, Consultation.class));
            Long replaced = redis.execute(REPLACE_IF_UNCHANGED, List.of(key), before,
                    json.writeValueAsString(changed));
            if (replaced != null && replaced == 1L) {
                return Optional.of(changed);
            }
        }
        throw new IllegalStateException("consultation " + id + " kept changing under " + UPDATE_ATTEMPTS
                + " attempts");
    }

    /**
     * Records that staff matched the request with an expert, unless it is already matched or closed; answers
     * the matched request, or empty when it was not open for matching. The record is replaced only if it is still
     * the one read (a compare-and-set script; Spring Data Redis refuses WATCH on Redis Cluster), so two staff
     * members pressing at once match it once.
     */
    public Optional<Consultation> matchExpert(String id, String expertId) {
        String key = keys.key("consultation", id);
        String before = redis.opsForValue().get(key);
        Optional<Consultation> current = Optional.ofNullable(before)
                .map(text -> json.readValue(text, Consultation.class));
        if (current.isEmpty() || current.get().expertId() != null
                || current.get().status() == ConsultationStatus.CLOSED) {
            return Optional.empty();
        }
        String after = json.writeValueAsString(current.get().withExpert(expertId, clock.instant()));
        Long replaced = redis.execute(REPLACE_IF_UNCHANGED, List.of(key), before, after);
        return replaced != null && replaced == 1L ? find(id) : Optional.empty();
    }

    /** Deletes every request of the user. */
    public int forget(String userId) {
        List<Consultation> theirs = ofUser(userId);
        for (Consultation consultation : theirs) {
            redis.opsForZSet().remove(keys.key("consultations"), consultation.id());
            redis.delete(keys.key("consultation", consultation.id()));
        }
        redis.delete(keys.key("consultation", "user", userId));
        return theirs.size();
    }

    private void save(Consultation consultation) {
        redis.opsForValue().set(keys.key("consultation", consultation.id()), json.writeValueAsString(consultation));
    }
}

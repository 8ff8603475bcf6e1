package jp.miyazaki.kyodo.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.shared.RedisJson;
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

    private final StringRedisTemplate redis;
    private final RedisJson records;
    private final RedisKeys keys;
    private final Clock clock;

    public Consultations(StringRedisTemplate redis, JsonMapper json, RedisKeys keys, Clock clock) {
        this.redis = redis;
        this.records = new RedisJson(redis, json);
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
        return records.read(keys.key("consultation", id), Consultation.class);
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
     * Replaces the request with {@code change} of it, only if it is still the one read (tried again on a clash),
     * so two staff members answering at once both stay in the thread. {@code change} may throw to refuse; empty
     * when there is no such request.
     */
    public Optional<Consultation> update(String id, UnaryOperator<Consultation> change) {
        return records.update(keys.key("consultation", id), Consultation.class, c -> Optional.of(change.apply(c)));
    }

    /**
     * Records that staff matched the request with an expert, unless it is already matched or closed; answers
     * the matched request, or empty when it was not open for matching. Replaced only if still the one read, so
     * two staff members pressing at once match it once.
     */
    public Optional<Consultation> matchExpert(String id, String expertId) {
        return records.update(keys.key("consultation", id), Consultation.class,
                c -> c.expertId() != null || c.status() == ConsultationStatus.CLOSED ? Optional.empty()
                        : Optional.of(c.withExpert(expertId, clock.instant())));
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
        records.write(keys.key("consultation", consultation.id()), consultation);
    }
}

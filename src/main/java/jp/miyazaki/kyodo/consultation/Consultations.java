package jp.miyazaki.kyodo.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import jp.miyazaki.kyodo.shared.RedisStore;

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

    private final RedisStore store;
    private final Clock clock;

    public Consultations(RedisStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Consultation create(String userId, ConsultationTopic topic, String description, String contactPreference,
            String contact) {
        return create(userId, topic, description, contactPreference, contact, topic.expertise().orElse(null), null);
    }

    /** A request that says which expertise it needs and where the group is active (either may be {@code null}). */
    public Consultation create(String userId, ConsultationTopic topic, String description, String contactPreference,
            String contact, Expertise field, String district) {
        long number = store.next("consultation", "seq");
        Instant now = clock.instant();
        Consultation consultation = new Consultation("C%06d".formatted(number), userId, topic, description,
                contactPreference, contact, ConsultationStatus.NEW, null, now, now, field, district, null);
        save(consultation);
        store.redis().opsForZSet().add(store.key("consultations"), consultation.id(), now.toEpochMilli());
        store.redis().opsForSet().add(store.key("consultation", "user", userId), consultation.id());
        return consultation;
    }

    public Optional<Consultation> find(String id) {
        return store.read(store.key("consultation", id), Consultation.class);
    }

    /** The staff inbox, newest first. */
    public List<Consultation> list() {
        Set<String> ids = store.redis().opsForZSet().reverseRange(store.key("consultations"), 0, -1);
        return (ids == null ? Set.<String>of() : ids).stream().map(this::find).flatMap(Optional::stream).toList();
    }

    public List<Consultation> ofUser(String userId) {
        Set<String> ids = store.redis().opsForSet().members(store.key("consultation", "user", userId));
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
        return store.update(store.key("consultation", id), Consultation.class, c -> Optional.of(change.apply(c)));
    }

    /**
     * Records that staff matched the request with an expert, unless it is already matched or closed; answers
     * the matched request, or empty when it was not open for matching. Replaced only if still the one read, so
     * two staff members pressing at once match it once.
     */
    public Optional<Consultation> matchExpert(String id, String expertId) {
        return store.update(store.key("consultation", id), Consultation.class,
                c -> c.expertId() != null || c.status() == ConsultationStatus.CLOSED ? Optional.empty()
                        : Optional.of(c.withExpert(expertId, clock.instant())));
    }

    /** Deletes every request of the user. */
    public int forget(String userId) {
        List<Consultation> theirs = ofUser(userId);
        for (Consultation consultation : theirs) {
            store.redis().opsForZSet().remove(store.key("consultations"), consultation.id());
            store.redis().delete(store.key("consultation", consultation.id()));
        }
        store.redis().delete(store.key("consultation", "user", userId));
        return theirs.size();
    }

    private void save(Consultation consultation) {
        store.write(store.key("consultation", consultation.id()), consultation);
    }
}

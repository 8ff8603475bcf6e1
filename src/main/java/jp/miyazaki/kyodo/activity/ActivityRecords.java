package jp.miyazaki.kyodo.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jp.miyazaki.kyodo.shared.RedisStore;

/**
 * Activity records in Redis. The citizen's own keys carry the user id; the per-activity set of who was present
 * is shared and undone by {@link #forget}.
 * <pre>
 * {p}activity:user:{userId}             HASH opportunityId → JSON ActivityRecord
 * {p}activity:milestones:{userId}       SET milestones already thanked (activities:5, hours:50)
 * {p}activity:{opportunityId}:present   SET user ids marked present
 * {p}activity:{opportunityId}:marking   HASH by, at (who marked last, when)
 * {p}activity:marked                    ZSET opportunityId → start (epoch s): marked activities, by date
 * {p}activity:thanks                    ZSET opportunityId → when the last thanks fall due (epoch ms)
 * </pre>
 */
public class ActivityRecords {

    private final RedisStore store;

    public ActivityRecords(RedisStore store) {
        this.store = store;
    }

    void write(String userId, ActivityRecord record) {
        store.writeField(userKey(userId), record.opportunityId(), record);
        store.redis().opsForSet().add(presentKey(record.opportunityId()), userId);
    }

    void remove(String userId, String opportunityId) {
        store.redis().opsForHash().delete(userKey(userId), opportunityId);
        store.redis().opsForSet().remove(presentKey(opportunityId), userId);
    }

    /** Adds the milestone to those the citizen was thanked for; false when it already was. */
    boolean reach(String userId, String milestone) {
        Long added = store.redis().opsForSet().add(store.key("activity", "milestones", userId), milestone);
        return added != null && added > 0;
    }

    void marked(String opportunityId, Instant start, String markedBy, Instant at, Instant thanksDue) {
        store.redis().opsForHash().putAll(store.key("activity", opportunityId, "marking"),
                Map.of("by", markedBy, "at", at.toString()));
        store.redis().opsForZSet().add(store.key("activity", "marked"), opportunityId, start.getEpochSecond());
        Double due = store.redis().opsForZSet().score(store.key("activity", "thanks"), opportunityId);
        if (due == null || due < thanksDue.toEpochMilli()) {
            store.redis().opsForZSet().add(store.key("activity", "thanks"), opportunityId, thanksDue.toEpochMilli());
        }
    }

    /** User ids marked present at the activity. */
    public Set<String> present(String opportunityId) {
        Set<String> members = store.redis().opsForSet().members(presentKey(opportunityId));
        return members == null ? Set.of() : members;
    }

    public Optional<ActivityRecord> find(String userId, String opportunityId) {
        return store.readField(userKey(userId), opportunityId, ActivityRecord.class);
    }

    /** The citizen's records, most recent first. */
    public List<ActivityRecord> ofUser(String userId) {
        List<ActivityRecord> records = new ArrayList<>(store.readFields(userKey(userId), ActivityRecord.class));
        records.sort(Comparator.comparing(ActivityRecord::date).thenComparing(ActivityRecord::title).reversed());
        return records;
    }

    /** Activities marked whose start lies in [from, to). */
    public List<String> markedBetween(Instant from, Instant to) {
        Set<String> ids = store.redis().opsForZSet().rangeByScore(store.key("activity", "marked"),
                from.getEpochSecond(), to.getEpochSecond() - 1);
        return ids == null ? List.of() : List.copyOf(ids);
    }

    /** Activities whose last thanks fall due at {@code from} or later. */
    List<String> thanksDueFrom(Instant from) {
        Set<String> ids = store.redis().opsForZSet().rangeByScore(store.key("activity", "thanks"), from.toEpochMilli(),
                Double.POSITIVE_INFINITY);
        return ids == null ? List.of() : List.copyOf(ids);
    }

    /** Every present citizen's record of the activity, without the user ids. */
    public List<ActivityRecord> recordsOf(String opportunityId) {
        return present(opportunityId).stream().flatMap(userId -> find(userId, opportunityId).stream()).toList();
    }

    /**
     * Records of activities that started in [from, to), by citizen (user ids stay inside: callers get one list
     * per citizen, most recent first).
     */
    public List<List<ActivityRecord>> byCitizen(Instant from, Instant to) {
        Map<String, List<ActivityRecord>> citizens = new TreeMap<>();
        for (String opportunityId : markedBetween(from, to)) {
            for (String userId : present(opportunityId)) {
                find(userId, opportunityId).ifPresent(record ->
                        citizens.computeIfAbsent(userId, id -> new ArrayList<>()).add(record));
            }
        }
        return citizens.values().stream().map(list -> list.stream()
                .sorted(Comparator.comparing(ActivityRecord::date).reversed()).toList()).toList();
    }

    /**
     * Takes the citizen out of every activity's present set; their own keys (records, milestones, survey
     * answers) carry the user id and go with the erasure's scan. Returns how many records they had.
     */
    public int forget(String userId) {
        Set<Object> opportunityIds = Objects.requireNonNullElse(store.redis().opsForHash().keys(userKey(userId)),
                Set.of());
        for (Object opportunityId : opportunityIds) {
            store.redis().opsForSet().remove(presentKey((String) opportunityId), userId);
        }
        return opportunityIds.size();
    }

    private String userKey(String userId) {
        return store.key("activity", "user", userId);
    }

    private String presentKey(String opportunityId) {
        return store.key("activity", opportunityId, "present");
    }
}

package jp.miyazaki.kyodo.broadcast;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.session.RedisSettings;

/**
 * Broadcast jobs in Redis. A job is a hash ({@code {broadcast}:<id>}); when sending starts its recipients are cut
 * into batches, each a hash ({@code {broadcast}:<id>:batch:<n>}) with its user ids, the language of its text,
 * its own retry key and its state (pending, sent, failed), all written before the job is marked sending, so the
 * retry key of every batch is stored before that batch is sent. Unfinished jobs are in {@code {broadcast}:due}
 * scored by when they are due; every job is in {@code {broadcast}:all} by creation time (job ids are UUIDs, so
 * never {@code due} or {@code all}). State changes are single Lua scripts, so a crash never leaves a batch
 * counted twice or a cancelled job marked sending.
 */
@Component
public class BroadcastJobs {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    /** Marks a scheduled job as sending with its recipient counts; 0 when it is no longer scheduled. */
    private static final RedisScript<Long> START = RedisScript.of("""
            if redis.call('hget', KEYS[1], 'status') ~= 'scheduled' then return 0 end
            redis.call('hset', KEYS[1], 'status', 'sending', 'recipients', ARGV[1], 'skipped', 0,
                'batches', ARGV[2], 'startedAt', ARGV[3], 'sent', 0, 'failed', 0)
            return 1
            """, Long.class);

    /**
     * Settles a pending batch: counts its reached (or failed) recipients on the job, and takes those who had
     * unfollowed out of the recipients into the skipped; 0 when it was already settled.
     */
    private static final RedisScript<Long> SETTLE = RedisScript.of("""
            if redis.call('hget', KEYS[2], 'state') ~= 'pending' then return 0 end
            redis.call('hset', KEYS[2], 'state', ARGV[1])
            redis.call('hincrby', KEYS[1], ARGV[2], ARGV[3])
            redis.call('hincrby', KEYS[1], 'recipients', -tonumber(ARGV[4]))
            redis.call('hincrby', KEYS[1], 'skipped', ARGV[4])
            return 1
            """, Long.class);

    /** Ends an unfinished job with a status (and reason); 0 when it had already ended. */
    private static final RedisScript<Long> FINISH = RedisScript.of("""
            local status = redis.call('hget', KEYS[1], 'status')
            if status ~= 'scheduled' and status ~= 'sending' then return 0 end
            redis.call('hset', KEYS[1], 'status', ARGV[1], 'finishedAt', ARGV[2], 'reason', ARGV[3])
            redis.call('zrem', KEYS[2], ARGV[4])
            return 1
            """, Long.class);

    private static final Duration RECIPIENTS_KEPT = Duration.ofDays(1);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final String prefix;
    private final String due;
    private final String all;

    public BroadcastJobs(StringRedisTemplate redis, JsonMapper json, RedisSettings settings) {
        this.redis = redis;
        this.json = json;
        // One hash tag for every broadcast key: FINISH touches a job and the due set, SETTLE a job and its batch.
        this.prefix = settings.keyPrefix() + "{broadcast}:";
        this.due = prefix + "due";
        this.all = prefix + "all";
    }

    /**
     * Stores a new job, scheduled for {@code dueAt}, sent for {@code department}; {@code englishText} (or null) is
     * what citizens who read English get instead of {@code text}.
     */
    public Broadcast create(String text, String englishText, String opportunityId, Segment segment, boolean urgent,
            String createdBy, String department, Instant createdAt, Instant dueAt) {
        String id = UUID.randomUUID().toString();
        Map<String, String> fields = new HashMap<>();
        fields.put("status", BroadcastStatus.SCHEDULED.id());
        fields.put("text", text);
        fields.put("englishText", englishText == null ? "" : englishText);
        fields.put("opportunityId", opportunityId == null ? "" : opportunityId);
        fields.put("categories", json.writeValueAsString(segment.categories()));
        fields.put("districts", json.writeValueAsString(segment.districts()));
        fields.put("urgent", Boolean.toString(urgent));
        fields.put("createdAt", createdAt.toString());
        fields.put("createdBy", createdBy);
        fields.put("department", department == null ? "" : department);
        fields.put("dueAt", dueAt.toString());
        redis.opsForHash().putAll(prefix + id, fields);
        redis.opsForZSet().add(all, id, createdAt.toEpochMilli());
        redis.opsForZSet().add(due, id, dueAt.toEpochMilli());
        return find(id).orElseThrow();
    }

    public Optional<Broadcast> find(String id) {
        Map<Object, Object> raw = redis.opsForHash().entries(prefix + id);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> f = new HashMap<>();
        raw.forEach((key, value) -> f.put((String) key, (String) value));
        return Optional.of(new Broadcast(id, BroadcastStatus.of(f.get("status")), f.get("text"),
                blankToNull(f.get("englishText")), blankToNull(f.get("opportunityId")),
                new Segment(Set.copyOf(json.readValue(f.get("categories"), STRINGS)),
                        Set.copyOf(json.readValue(f.get("districts"), STRINGS))),
                Boolean.parseBoolean(f.get("urgent")), instant(f.get("createdAt")), f.get("createdBy"),
                blankToNull(f.get("department")),
                instant(f.get("dueAt")), instant(f.get("startedAt")), instant(f.get("finishedAt")),
                number(f.get("recipients")), number(f.get("skipped")), number(f.get("sent")),
                number(f.get("failed")), (int) number(f.get("batches")), blankToNull(f.get("reason"))));
    }

    /** The newest jobs first. */
    public List<Broadcast> latest(int limit) {
        Set<String> ids = Objects.requireNonNullElse(redis.opsForZSet().reverseRange(all, 0, limit - 1L), Set.of());
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Unfinished jobs due by {@code now}, oldest first. */
    public List<String> dueBy(Instant now, int limit) {
        Set<String> ids = redis.opsForZSet().rangeByScore(due, Double.NEGATIVE_INFINITY, now.toEpochMilli(), 0,
                limit);
        return ids == null ? List.of() : List.copyOf(ids);
    }

    /**
     * Writes the batches (user ids, language and a fresh retry key each, all pending), then marks the job sending —
     * only if it is still scheduled. Batches written by an attempt that crashed before the mark are overwritten by
     * the next attempt; none of them can have been sent, since nothing is sent before the mark.
     */
    public boolean start(String id, List<Addressed> batches, Instant at) {
        // One round trip for all batches: 100,000 recipients are 200 of them.
        redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings("unchecked")
            public <K, V> Object execute(RedisOperations<K, V> operations) {
                for (int n = 0; n < batches.size(); n++) {
                    ((RedisOperations<String, String>) operations).opsForHash().putAll(batchKey(id, n), Map.of(
                            "to", json.writeValueAsString(batches.get(n).userIds()),
                            "language", batches.get(n).language(),
                            "retryKey", UUID.randomUUID().toString(),
                            "state", "pending"));
                }
                return null;
            }
        });
        long recipients = batches.stream().mapToLong(batch -> batch.userIds().size()).sum();
        Long started = redis.execute(START, List.of(prefix + id), Long.toString(recipients),
                Integer.toString(batches.size()), at.toString());
        return started != null && started == 1L;
    }

    /** The batches of a sending job that are still pending, in order. */
    public List<Batch> pendingBatches(String id, int batches) {
        List<Batch> pending = new ArrayList<>();
        List<Object> stored = redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings("unchecked")
            public <K, V> Object execute(RedisOperations<K, V> operations) {
                for (int n = 0; n < batches; n++) {
                    ((RedisOperations<String, String>) operations).opsForHash().entries(batchKey(id, n));
                }
                return null;
            }
        });
        for (int n = 0; n < batches; n++) {
            Map<?, ?> raw = (Map<?, ?>) stored.get(n);
            if ("pending".equals(raw.get("state"))) {
                // Batches stored before broadcasts had an English text have no language: they are Japanese.
                pending.add(new Batch(n, Objects.requireNonNullElse((String) raw.get("language"),
                        CitizenLanguage.JAPANESE),
                        json.readValue((String) raw.get("to"), STRINGS),
                        UUID.fromString((String) raw.get("retryKey"))));
            }
        }
        return pending;
    }

    /** Records that LINE accepted a batch (or had already) for {@code reached} of its citizens; the rest had unfollowed. */
    public boolean sent(String id, Batch batch, int reached) {
        return settle(id, batch, "sent", "sent", reached);
    }

    /** Records a batch that LINE did not accept, or whose citizens had all unfollowed ({@code reached} 0). */
    public boolean failed(String id, Batch batch, int reached) {
        return settle(id, batch, "failed", "failed", reached);
    }

    private boolean settle(String id, Batch batch, String state, String counter, int reached) {
        Long settled = redis.execute(SETTLE, List.of(prefix + id, batchKey(id, batch.number())), state, counter,
                Integer.toString(reached), Integer.toString(batch.userIds().size() - reached));
        return settled != null && settled == 1L;
    }

    /** Ends the job; false when it had already ended. */
    public boolean finish(String id, BroadcastStatus status, String reason, Instant at) {
        return ended(id, finishScript(id, status, reason, at) == 1L);
    }

    /**
     * Cancels a job that is scheduled, or stops one being sent before its remaining batches go out; false when
     * it had already ended.
     */
    public boolean cancel(String id, Instant at) {
        return ended(id, finishScript(id, BroadcastStatus.CANCELLED, "cancelled by staff", at) == 1L);
    }

    /**
     * The batches hold citizens' user ids and are needed only to finish sending; once the job has ended they
     * are kept for a day (for questions about it), then forgotten.
     */
    private boolean ended(String id, boolean ended) {
        if (ended) {
            Object batches = redis.opsForHash().get(prefix + id, "batches");
            int count = batches == null ? 0 : Integer.parseInt((String) batches);
            for (int n = 0; n < count; n++) {
                redis.expire(batchKey(id, n), RECIPIENTS_KEPT);
            }
        }
        return ended;
    }

    public BroadcastStatus status(String id) {
        Object status = redis.opsForHash().get(prefix + id, "status");
        return status == null ? BroadcastStatus.CANCELLED : BroadcastStatus.of((String) status);
    }

    private long finishScript(String id, BroadcastStatus status, String reason, Instant at) {
        Long outcome = redis.execute(FINISH, List.of(prefix + id, due), status.id(), at.toString(),
                reason == null ? "" : reason, id);
        return outcome == null ? 0 : outcome;
    }

    private String batchKey(String id, int n) {
        return prefix + id + ":batch:" + n;
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static Instant instant(String value) {
        return value == null || value.isEmpty() ? null : Instant.parse(value);
    }

    private static long number(String value) {
        return value == null ? 0 : Long.parseLong(value);
    }

    /** The recipients of one multicast before it is stored, and the language of the text they get. */
    public record Addressed(String language, List<String> userIds) {
    }

    /** One multicast: its position, the language of its text, its recipients and the retry key stored with it. */
    public record Batch(int number, String language, List<String> userIds, UUID retryKey) {
    }
}

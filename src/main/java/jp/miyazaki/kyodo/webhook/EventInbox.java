package jp.miyazaki.kyodo.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.session.RedisSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each citizen's events waiting to be handled, in Redis so that every instance sees them and none is lost when
 * an instance dies: a sorted set per citizen ({@code <prefix>inbox:{<userId>}}, scored by LINE's timestamp) plus
 * the set of citizens with waiting events. Accepting an event also claims its {@code webhookEventId}
 * ({@code <prefix>dedupe:{<userId>}:<eventId>}, the same hash slot) in one atomic script, so a redelivered or
 * duplicated event is never queued twice. The set of waiting citizens is in another slot (Redis Cluster), so it is
 * kept apart from the script: a citizen is marked before an event is queued and unmarked only after their inbox
 * was seen empty ({@link #stillWaiting}), so a waiting event is never unmarked.
 */
@Component
class EventInbox {

    private static final RedisScript<Long> ACCEPT = RedisScript.of("""
            if redis.call('set', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
              redis.call('zadd', KEYS[2], ARGV[2], ARGV[3])
              return 1
            end
            return 0""", Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final WebhookProperties properties;
    private final String prefix;
    private final String pendingKey;

    EventInbox(StringRedisTemplate redis, JsonMapper json, WebhookProperties properties, RedisSettings settings) {
        this.redis = redis;
        this.json = json;
        this.properties = properties;
        this.prefix = settings.keyPrefix();
        this.pendingKey = prefix + "inbox-pending";
    }

    /**
     * Queues the event unless its id was seen before. {@code position} breaks ties between events of one batch
     * with the same timestamp. Returns false for a duplicate.
     */
    boolean accept(InboundEvent event, int position) {
        String member = "%04d|%s".formatted(position, json.writeValueAsString(event));
        redis.opsForSet().add(pendingKey, event.userId());
        Long accepted = redis.execute(ACCEPT,
                List.of(prefix + "dedupe:{" + event.userId() + "}:" + event.eventId(), inboxKey(event.userId())),
                Long.toString(properties.dedupeFor().toSeconds()), Long.toString(event.timestamp()), member);
        if (properties.replicasToConfirm() > 0) {
            confirmReplicated(inboxKey(event.userId()));
        }
        return accepted != null && accepted == 1L;
    }

    /**
     * Waits until the configured number of replicas hold everything written so far (on the primary that owns
     * {@code key}); fails, so LINE is answered 503 and redelivers, when they do not in time.
     */
    private void confirmReplicated(String key) {
        byte[][] args = {Integer.toString(properties.replicasToConfirm()).getBytes(StandardCharsets.US_ASCII),
                Long.toString(properties.replicaTimeout().toMillis()).getBytes(StandardCharsets.US_ASCII)};
        Long replicas = redis.execute((RedisCallback<Long>) connection -> connection instanceof RedisClusterConnection
                cluster ? cluster.execute("WAIT", key.getBytes(StandardCharsets.UTF_8), List.of(args))
                : (Long) connection.execute("WAIT", args));
        if (replicas == null || replicas < properties.replicasToConfirm()) {
            throw new NotReplicated(replicas == null ? 0 : replicas, properties.replicasToConfirm());
        }
    }

    /** An accepted event not yet on enough replicas; it stays queued, and LINE's redelivery is a duplicate. */
    static final class NotReplicated extends DataAccessResourceFailureException {

        NotReplicated(long replicas, int wanted) {
            super("event on " + replicas + " of " + wanted + " replicas");
        }
    }

    /** The citizen's oldest waiting event. */
    Optional<Waiting> oldest(String userId) {
        Set<String> first = redis.opsForZSet().range(inboxKey(userId), 0, 0);
        if (first == null || first.isEmpty()) {
            return Optional.empty();
        }
        String member = first.iterator().next();
        InboundEvent event = json.readValue(member.substring(member.indexOf('|') + 1), InboundEvent.class);
        return Optional.of(new Waiting(member, event));
    }

    void remove(Waiting waiting) {
        redis.opsForZSet().remove(inboxKey(waiting.event().userId()), waiting.member());
    }

    /**
     * Whether the citizen has events waiting; if not, takes them off the waiting set. Marked again if an event
     * arrived meanwhile (its accept marked before queueing, so either it is seen here or its mark comes after this
     * removal).
     */
    boolean stillWaiting(String userId) {
        if (hasWaiting(userId)) {
            return true;
        }
        redis.opsForSet().remove(pendingKey, userId);
        if (hasWaiting(userId)) {
            redis.opsForSet().add(pendingKey, userId);
            return true;
        }
        return false;
    }

    private boolean hasWaiting(String userId) {
        Long size = redis.opsForZSet().zCard(inboxKey(userId));
        return size != null && size > 0;
    }

    /** Citizens with events waiting, for the sweeper. */
    Set<String> citizensWaiting() {
        Set<String> members = redis.opsForSet().members(pendingKey);
        return members == null ? Set.of() : members;
    }

    private String inboxKey(String userId) {
        return prefix + "inbox:{" + userId + "}";
    }

    /** An event as stored, so exactly that entry can be removed once handled. */
    record Waiting(String member, InboundEvent event) {
    }
}

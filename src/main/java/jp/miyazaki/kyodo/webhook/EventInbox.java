package jp.miyazaki.kyodo.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;

import jp.miyazaki.kyodo.session.RedisSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each citizen's events waiting to be handled, in Redis so that every instance sees them and none is lost when
 * an instance dies: a sorted set per citizen ({@code <prefix>inbox:{<userId>}}, scored by LINE's timestamp) plus
 * the set of citizens with waiting events. Accepting an event also claims its {@code webhookEventId}
 * ({@code <prefix>dedupe:{<userId>}:<eventId>}, the same hash slot) in one atomic script, so a redelivered or
 * duplicated event is never queued twice. The set of waiting citizens is in another slot (Redis Cluster), so it is
 * kept apart from the script: a citizen is marked before an event is queued and unmarked only after their inbox
 * was seen empty ({@link #stillWaiting}), so a waiting event is never unmarked. With
 * {@code kyodo.webhook.replicas-to-confirm} an accepted event is also waited for on the replicas (Redis WAIT), so
 * a failover cannot lose an event LINE was told was taken.
 */
@Component
class EventInbox {

    private static final Duration NO_REPLICA_RECHECK = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);
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
    /** Until when (System.nanoTime) the primary is taken to have no replica to wait for. */
    private volatile long noReplicaUntil;

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
            confirmReplicated();
        }
        return accepted != null && accepted == 1L;
    }

    /**
     * Waits until the configured number of replicas hold everything written so far; fails, so LINE is answered 503 and redelivers, when connected replicas do not in time. A
     * primary with no replica at all (the survivor of a failover, until a new replica joins) has nothing to wait
     * for: it accepts, says so in the log, and looks again after {@link #NO_REPLICA_RECHECK}.
     */
    private void confirmReplicated() {
        if (System.nanoTime() < noReplicaUntil) {
            return;
        }
        int wanted = properties.replicasToConfirm();
        long replicas = redis.execute((RedisCallback<Long>) connection -> waitFor(connection, wanted));
        if (replicas >= wanted) {
            return;
        }
        if (connectedReplicas() == 0) {
            log.warn("The Redis primary has no replica: events are accepted without a copy for the next {} s",
                    NO_REPLICA_RECHECK.toSeconds());
            noReplicaUntil = System.nanoTime() + NO_REPLICA_RECHECK.toNanos();
            return;
        }
        throw new NotReplicated(replicas, wanted);
    }

    /**
     * Redis {@code WAIT} on the connection the inbox was written with; a cluster's replicas are per node, so there
     * it is not waited for (documented: replica confirmation is for a primary with replicas under Sentinel).
     */
    private long waitFor(RedisConnection connection, int wanted) {
        if (connection instanceof RedisClusterConnection) {
            return wanted;
        }
        try {
            Long acknowledged = ((RedisClusterAsyncCommands<?, ?>) connection.getNativeConnection())
                    .waitForReplication(wanted, properties.replicaTimeout().toMillis())
                    .get(properties.replicaTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            return acknowledged == null ? 0 : acknowledged;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReplicated(0, wanted);
        } catch (ExecutionException | TimeoutException e) {
            throw new NotReplicated(0, wanted);
        }
    }

    /** Replicas connected to the primary, from {@code INFO replication}; unknown counts as connected. */
    private long connectedReplicas() {
        Properties info = redis.execute((RedisCallback<Properties>) connection -> connection
                instanceof RedisClusterConnection ? null : connection.serverCommands().info("replication"));
        String connected = info == null ? null : info.getProperty("connected_slaves");
        return connected == null ? Long.MAX_VALUE : Long.parseLong(connected.strip());
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

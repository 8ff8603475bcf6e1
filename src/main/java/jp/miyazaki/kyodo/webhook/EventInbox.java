package jp.miyazaki.kyodo.webhook;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.session.RedisSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each citizen's events waiting to be handled, in Redis so that every instance sees them and none is lost when
 * an instance dies: a sorted set per citizen ({@code {prefix}inbox:{userId}}, scored by LINE's timestamp) plus the
 * set of citizens with waiting events. Accepting an event also claims its {@code webhookEventId}, in one atomic
 * script, so a redelivered or duplicated event is never queued twice and nothing is half-written.
 */
@Component
class EventInbox {

    private static final RedisScript<Long> ACCEPT = RedisScript.of("""
            if redis.call('set', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
              redis.call('zadd', KEYS[2], ARGV[2], ARGV[3])
              redis.call('sadd', KEYS[3], ARGV[4])
              return 1
            end
            return 0""", Long.class);
    private static final RedisScript<Long> REMOVE = RedisScript.of("""
            redis.call('zrem', KEYS[1], ARGV[1])
            if redis.call('zcard', KEYS[1]) == 0 then redis.call('srem', KEYS[2], ARGV[2]) end
            return 1""", Long.class);

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
        Long accepted = redis.execute(ACCEPT,
                List.of(prefix + "dedupe:" + event.eventId(), inboxKey(event.userId()), pendingKey),
                Long.toString(properties.dedupeFor().toSeconds()), Long.toString(event.timestamp()), member,
                event.userId());
        return accepted != null && accepted == 1L;
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
        String userId = waiting.event().userId();
        redis.execute(REMOVE, List.of(inboxKey(userId), pendingKey), waiting.member(), userId);
    }

    boolean hasWaiting(String userId) {
        Long size = redis.opsForZSet().zCard(inboxKey(userId));
        return size != null && size > 0;
    }

    /** Citizens with events waiting, for the sweeper. */
    Set<String> citizensWaiting() {
        Set<String> members = redis.opsForSet().members(pendingKey);
        return members == null ? Set.of() : members;
    }

    private String inboxKey(String userId) {
        return prefix + "inbox:" + userId;
    }

    /** An event as stored, so exactly that entry can be removed once handled. */
    record Waiting(String member, InboundEvent event) {
    }
}

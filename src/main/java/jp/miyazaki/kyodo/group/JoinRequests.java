package jp.miyazaki.kyodo.group;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.privacy.PersonalIndex;
import jp.miyazaki.kyodo.shared.RedisJson;
import jp.miyazaki.kyodo.shared.RedisKeys;
import tools.jackson.databind.json.JsonMapper;

/**
 * Join requests. Each is the citizen's own data, so its key holds their user id and "delete my data" finds it;
 * the staff list is a sorted set of {@code requestId|userId}, which {@link #remove} cleans. A request has done its
 * job once the group has it, so it is kept for {@link #KEPT} only.
 * <pre>
 * {p}group:join:seq                      counter for ids (J00012)
 * {p}group:join:{userId}:{requestId}     JSON JoinRequest
 * {p}group:joins                         ZSET requestId|userId → created (epoch ms)
 * </pre>
 */
public class JoinRequests implements PersonalIndex {

    /** How long a join request (name, message, contact) is kept. */
    public static final Duration KEPT = Duration.ofDays(90);

    private final StringRedisTemplate redis;
    private final RedisJson records;
    private final RedisKeys keys;

    public JoinRequests(StringRedisTemplate redis, JsonMapper json, RedisKeys keys) {
        this.redis = redis;
        this.records = new RedisJson(redis, json);
        this.keys = keys;
    }

    /** A new request id (J00012). */
    public String nextId() {
        return "J%05d".formatted(Objects.requireNonNull(redis.opsForValue().increment(keys.key("group", "join", "seq"))));
    }

    public void save(String userId, JoinRequest request) {
        records.write(key(userId, request.id()), request, KEPT);
        redis.opsForZSet().add(indexKey(), request.id() + "|" + userId, request.createdAt().toEpochMilli());
        redis.opsForZSet().removeRangeByScore(indexKey(), 0, request.createdAt().minus(KEPT).toEpochMilli());
    }

    /** Every request, newest first. */
    public List<JoinRequest> list() {
        Set<String> members = redis.opsForZSet().reverseRange(indexKey(), 0, -1);
        List<JoinRequest> requests = new ArrayList<>();
        for (String member : members == null ? Set.<String>of() : members) {
            int bar = member.indexOf('|');
            if (bar >= 0) {
                records.read(key(member.substring(bar + 1), member.substring(0, bar)), JoinRequest.class)
                        .ifPresent(requests::add);
            }
        }
        return requests;
    }

    /** The requests for one group, newest first. */
    public List<JoinRequest> ofGroup(String groupId) {
        return list().stream().filter(r -> r.groupId().equals(groupId)).toList();
    }

    /** Newer than {@code since}: whether the citizen already asked this group lately (a double tap). */
    public boolean askedSince(String userId, String groupId, Instant since) {
        Set<String> members = redis.opsForZSet().rangeByScore(indexKey(), since.toEpochMilli(), Double.MAX_VALUE);
        return members != null && members.stream().filter(m -> m.endsWith("|" + userId))
                .flatMap(m -> records.read(key(userId, m.substring(0, m.indexOf('|'))), JoinRequest.class).stream())
                .anyMatch(r -> r.groupId().equals(groupId));
    }

    @Override
    public void remove(String userId) {
        Set<String> members = redis.opsForZSet().range(indexKey(), 0, -1);
        if (members != null) {
            members.stream().filter(m -> m.endsWith("|" + userId))
                    .forEach(m -> redis.opsForZSet().remove(indexKey(), m));
        }
    }

    private String key(String userId, String requestId) {
        return keys.key("group", "join", userId, requestId);
    }

    private String indexKey() {
        return keys.key("group", "joins");
    }
}

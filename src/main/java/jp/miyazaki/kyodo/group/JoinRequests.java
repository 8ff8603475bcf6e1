package jp.miyazaki.kyodo.group;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.miyazaki.kyodo.privacy.PersonalIndex;
import jp.miyazaki.kyodo.shared.RedisStore;

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

    private final RedisStore store;

    public JoinRequests(RedisStore store) {
        this.store = store;
    }

    /** A new request id (J00012). */
    public String nextId() {
        return "J%05d".formatted(store.next("group", "join", "seq"));
    }

    public void save(String userId, JoinRequest request) {
        store.write(key(userId, request.id()), request, KEPT);
        store.redis().opsForZSet().add(indexKey(), request.id() + "|" + userId, request.createdAt().toEpochMilli());
        store.redis().opsForZSet().removeRangeByScore(indexKey(), 0, request.createdAt().minus(KEPT).toEpochMilli());
    }

    /** Every request, newest first. */
    public List<JoinRequest> list() {
        Set<String> members = store.redis().opsForZSet().reverseRange(indexKey(), 0, -1);
        List<JoinRequest> requests = new ArrayList<>();
        for (String member : members == null ? Set.<String>of() : members) {
            int bar = member.indexOf('|');
            if (bar >= 0) {
                store.read(key(member.substring(bar + 1), member.substring(0, bar)), JoinRequest.class)
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
        Set<String> members = store.redis().opsForZSet().rangeByScore(indexKey(), since.toEpochMilli(),
                Double.MAX_VALUE);
        return members != null && members.stream().filter(m -> m.endsWith("|" + userId))
                .flatMap(m -> store.read(key(userId, m.substring(0, m.indexOf('|'))), JoinRequest.class).stream())
                .anyMatch(r -> r.groupId().equals(groupId));
    }

    @Override
    public void remove(String userId) {
        Set<String> members = store.redis().opsForZSet().range(indexKey(), 0, -1);
        if (members != null) {
            members.stream().filter(m -> m.endsWith("|" + userId))
                    .forEach(m -> store.redis().opsForZSet().remove(indexKey(), m));
        }
    }

    private String key(String userId, String requestId) {
        return store.key("group", "join", userId, requestId);
    }

    private String indexKey() {
        return store.key("group", "joins");
    }
}

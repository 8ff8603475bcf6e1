package jp.miyazaki.kyodo.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.shared.RedisKeys;

/**
 * Answers to the thank-you survey: one per citizen and activity (a second answer replaces the first), under
 * {@code {p}activity:feedback:{opportunityId}:{userId}} (HASH rating, comment, at), so erasing the citizen
 * erases them. Staff only ever get them without the user id.
 */
public class Feedback {

    public static final int MAX_COMMENT = 200;

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    public Feedback(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** One anonymous answer. {@code comment} is empty when none was given. */
    public record Answer(String opportunityId, int rating, String comment, Instant at) {
    }

    /** Stores the rating (1–5), replacing an earlier answer of the citizen, comment included. */
    public void rate(String userId, String opportunityId, int rating, Instant at) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating is 1 to 5");
        }
        String key = key(opportunityId, userId);
        redis.delete(key);
        redis.opsForHash().putAll(key, Map.of("rating", Integer.toString(rating), "at", at.toString()));
    }

    /** Adds the optional comment to the citizen's answer; false when there is no answer to add it to. */
    public boolean comment(String userId, String opportunityId, String comment) {
        String key = key(opportunityId, userId);
        if (!Boolean.TRUE.equals(redis.hasKey(key))) {
            return false;
        }
        String text = comment.strip();
        redis.opsForHash().put(key, "comment", text.length() > MAX_COMMENT ? text.substring(0, MAX_COMMENT) : text);
        return true;
    }

    /** The answers about these activities, without who gave them. */
    public Map<String, List<Answer>> answers(Set<String> opportunityIds) {
        Map<String, List<Answer>> answers = new HashMap<>();
        String prefix = keys.key("activity", "feedback", "");
        ScanOptions options = ScanOptions.scanOptions().match(prefix + "*").count(500).build();
        try (Cursor<String> cursor = redis.scan(options)) {
            while (cursor.hasNext()) {
                String key = cursor.next();
                int lastColon = key.lastIndexOf(':');
                String opportunityId = key.substring(prefix.length(), Math.max(prefix.length(), lastColon));
                if (!opportunityIds.contains(opportunityId)) {
                    continue;
                }
                List<Object> fields = redis.opsForHash().multiGet(key, List.of("rating", "comment", "at"));
                if (fields.get(0) == null) {
                    continue;
                }
                answers.computeIfAbsent(opportunityId, id -> new ArrayList<>()).add(new Answer(opportunityId,
                        Integer.parseInt((String) fields.get(0)), fields.get(1) == null ? "" : (String) fields.get(1),
                        fields.get(2) == null ? null : Instant.parse((String) fields.get(2))));
            }
        }
        return answers;
    }

    private String key(String opportunityId, String userId) {
        return keys.key("activity", "feedback", opportunityId, userId);
    }
}

package jp.miyazaki.kyodo.line;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Message;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.session.RedisSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * In local mode there is no LINE channel to push to, so pushes and multicasts (notices, reminders, staff
 * answers) are kept here, per citizen, for the simulator to show: the last 50 for a day under
 * {@code {prefix}local-outbox:{userId}}, reachable from the user id like all personal data.
 */
@Component
public class LocalOutbox {

    private static final int KEPT = 50;
    private static final Duration KEPT_FOR = Duration.ofDays(1);

    private final StringRedisTemplate redis;
    private final LineMessageJson lineJson;
    private final JsonMapper json;
    private final String prefix;

    public LocalOutbox(StringRedisTemplate redis, LineMessageJson lineJson, JsonMapper json, RedisSettings settings) {
        this.redis = redis;
        this.lineJson = lineJson;
        this.json = json;
        this.prefix = settings.keyPrefix() + "local-outbox:";
    }

    void keep(String userId, List<Message> messages) {
        String key = prefix + userId;
        redis.opsForList().rightPush(key, lineJson.document(messages));
        redis.opsForList().trim(key, -KEPT, -1);
        redis.expire(key, KEPT_FOR);
    }

    /** Everything pushed to the citizen since the last call, oldest first, as LINE message objects. */
    public List<JsonNode> take(String userId) {
        String key = prefix + userId;
        List<String> documents = redis.opsForList().range(key, 0, -1);
        if (documents == null || documents.isEmpty()) {
            return List.of();
        }
        redis.opsForList().trim(key, documents.size(), -1);
        List<JsonNode> messages = new ArrayList<>();
        for (String document : documents) {
            json.readTree(document).path("messages").forEach(messages::add);
        }
        return messages;
    }
}

package jp.miyazaki.kyodo.unanswered;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import jp.miyazaki.kyodo.nlu.UnansweredLog;
import jp.miyazaki.kyodo.nlu.UnansweredUtterance;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A capped Redis list of JSON entries, newest first: {@code LPUSH} then {@code LTRIM} in one script, so the
 * list never grows beyond {@code capacity} however many instances write to it. A script rather than MULTI, which
 * Spring Data Redis refuses on Redis Cluster.
 */
public final class RedisUnansweredLog implements UnansweredLog {

    private static final RedisScript<Long> PUSH_CAPPED = RedisScript.of("""
            redis.call('lpush', KEYS[1], ARGV[1])
            redis.call('ltrim', KEYS[1], 0, tonumber(ARGV[2]))
            return 1""", Long.class);

    private static final Logger log = LoggerFactory.getLogger(RedisUnansweredLog.class);

    private final StringRedisTemplate redis;
    private final String key;
    private final int capacity;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    public RedisUnansweredLog(StringRedisTemplate redis, String key, int capacity) {
        this.redis = redis;
        this.key = key;
        this.capacity = capacity;
    }

    @Override
    public void record(UnansweredUtterance utterance) {
        String entry = json.writeValueAsString(utterance);
        redis.execute(PUSH_CAPPED, List.of(key), entry, Long.toString(capacity - 1L));
    }

    @Override
    public List<UnansweredUtterance> recent(int limit) {
        List<String> entries = redis.opsForList().range(key, 0, Math.max(0, limit - 1));
        List<UnansweredUtterance> utterances = new ArrayList<>();
        if (entries == null) {
            return utterances;
        }
        for (String entry : entries) {
            try {
                utterances.add(json.readValue(entry, UnansweredUtterance.class));
            } catch (JacksonException e) {
                log.warn("Skipping an unreadable entry in the unanswered log");
            }
        }
        return utterances;
    }
}

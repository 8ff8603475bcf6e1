package jp.miyazaki.kyodo.unanswered;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.nlu.IntentScore;
import jp.miyazaki.kyodo.nlu.UnansweredUtterance;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;

class RedisUnansweredLogTests {

    private static final String KEY = "test:nlu:unanswered";
    private static LettuceConnectionFactory connections;
    private static StringRedisTemplate redis;

    @BeforeAll
    static void connect() {
        connections = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", RedisTestServer.shared().port()));
        connections.afterPropertiesSet();
        connections.start();
        redis = new StringRedisTemplate(connections);
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @BeforeEach
    void clear() {
        redis.delete(KEY);
    }

    private static UnansweredUtterance utterance(String text, int second) {
        return new UnansweredUtterance(text,
                List.of(new IntentScore("fallback", 0.7), new IntentScore("activity.search", 0.2)),
                Instant.parse("2026-12-01T01:00:00Z").plusSeconds(second));
    }

    @Test
    void keepsEntriesNewestFirstWithRankingAndTime() {
        RedisUnansweredLog log = new RedisUnansweredLog(redis, KEY, 10);
        log.record(utterance("明日の天気は?", 1));
        log.record(utterance("ラーメン屋どこ", 2));

        List<UnansweredUtterance> recent = log.recent(10);

        assertThat(recent).containsExactly(utterance("ラーメン屋どこ", 2), utterance("明日の天気は?", 1));
        assertThat(redis.opsForList().size(KEY)).isEqualTo(2);
    }

    @Test
    void capsTheListAtItsCapacity() {
        RedisUnansweredLog log = new RedisUnansweredLog(redis, KEY, 3);
        for (int i = 0; i < 5; i++) {
            log.record(utterance("message " + i, i));
        }
        assertThat(redis.opsForList().size(KEY)).isEqualTo(3);
        assertThat(log.recent(10)).extracting(UnansweredUtterance::maskedText)
                .containsExactly("message 4", "message 3", "message 2");
        assertThat(log.recent(1)).hasSize(1);
    }

    @Test
    void skipsEntriesItCannotRead() {
        RedisUnansweredLog log = new RedisUnansweredLog(redis, KEY, 10);
        log.record(utterance("ok", 1));
        redis.opsForList().leftPush(KEY, "not json");
        assertThat(log.recent(10)).extracting(UnansweredUtterance::maskedText).containsExactly("ok");
    }
}

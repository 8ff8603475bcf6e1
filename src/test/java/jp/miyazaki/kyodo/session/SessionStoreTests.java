package jp.miyazaki.kyodo.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.dialog.DialogState;
import jp.miyazaki.kyodo.nlu.DateRange;
import jp.miyazaki.kyodo.nlu.IntentScore;
import jp.miyazaki.kyodo.nlu.Slots;
import jp.miyazaki.kyodo.nlu.Token;
import jp.miyazaki.kyodo.nlu.Understanding;
import jp.miyazaki.kyodo.testsupport.RedisClients;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;
import tools.jackson.databind.json.JsonMapper;

class SessionStoreTests {

    private static final StringRedisTemplate REDIS = RedisClients.template(RedisTestServer.shared());

    private final SessionStore sessions = new SessionStore(REDIS, JsonMapper.builder().findAndAddModules().build(),
            new SessionProperties(Duration.ofSeconds(1), Duration.ofSeconds(5)),
            RedisClients.settings("session-test:"));

    @BeforeEach
    void clean() {
        REDIS.delete(REDIS.keys("session-test:*"));
    }

    @Test
    void savesAndLoadsAConversationAsJsonUnderThePrefix() {
        DialogState state = new DialogState("signup", "contact", Map.of("opportunity", "OPP-3"),
                Instant.parse("2026-12-01T01:00:00Z"));

        sessions.save("U1", state);

        assertThat(sessions.load("U1", DialogState.class)).contains(state);
        assertThat(REDIS.opsForValue().get("session-test:session:U1")).contains("\"flow\":\"signup\"");
        assertThat(sessions.load("U2", DialogState.class)).isEmpty();
    }

    @Test
    void keepsAMessageAskedAboutWithItsWholeUnderstanding() {
        Understanding understood = new Understanding(new IntentScore("group.search", 0.53),
                List.of(new IntentScore("group.search", 0.53), new IntentScore("activity.search", 0.46)),
                new Slots("environment", "青島", new DateRange(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6)),
                        "volunteer", null, null),
                List.of(new Token("環境", "環境", "カンキョウ", "名詞")));
        DialogState state = DialogState.fresh(Instant.parse("2026-12-01T01:00:00Z")).clarifying(
                new DialogState.Clarifying("今週末の青島の環境の団体のボランティア", understood,
                        List.of("group.search", "activity.search"), Instant.parse("2026-12-01T01:00:00Z")));

        sessions.save("U1", state);

        assertThat(sessions.load("U1", DialogState.class)).contains(state);
    }

    @Test
    void forgetsAConversationLeftIdleForTheTimeout() {
        sessions.save("U1", DialogState.fresh(Instant.now()));

        assertThat(REDIS.getExpire("session-test:session:U1")).isBetween(0L, 1L);
        await().atMost(Duration.ofSeconds(3)).until(() -> sessions.load("U1", DialogState.class).isEmpty());
    }

    @Test
    void everySaveStartsTheIdleTimeoutAgain() throws InterruptedException {
        sessions.save("U1", DialogState.fresh(Instant.now()));
        Thread.sleep(700);
        sessions.save("U1", DialogState.fresh(Instant.now()));
        Thread.sleep(700);

        assertThat(sessions.load("U1", DialogState.class)).isPresent();
    }

    @Test
    void deletesAConversation() {
        sessions.save("U1", DialogState.fresh(Instant.now()));

        sessions.delete("U1");

        assertThat(REDIS.hasKey("session-test:session:U1")).isFalse();
    }
}

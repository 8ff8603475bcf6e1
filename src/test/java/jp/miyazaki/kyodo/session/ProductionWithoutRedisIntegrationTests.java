package jp.miyazaki.kyodo.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.RunningBot;

/**
 * With a LINE channel (production) and no Redis configured, every instance would keep its own embedded Redis and
 * split the citizens' data: the app refuses to start and says, in one line without a stack trace, to set
 * REDIS_URL. KYODO_EMBEDDED_REDIS=true is the explicit way to run so anyway.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionWithoutRedisIntegrationTests {

    private static LineApiMock line;

    @BeforeAll
    static void start() {
        line = LineApiMock.start();
    }

    @AfterAll
    static void stop() {
        line.close();
    }

    @Test
    void refusesToStartWithALineChannelAndNoRedis(CapturedOutput output) {
        assertThatThrownBy(() -> RunningBot.start(Map.of(), line,
                "--kyodo.redis.embedded-dir=target/embedded-redis-refused"))
                .isInstanceOf(ProductionWithoutRedis.class);

        assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
                .containsOnlyOnce("set REDIS_URL (or SPRING_DATA_REDIS_SENTINEL_MASTER")
                .doesNotContain("\tat ", "Exception encountered", "Started embedded Redis");
    }

    @Test
    void startsOnItsEmbeddedRedisWhenThatIsAskedForExplicitly() {
        try (RunningBot bot = RunningBot.start(Map.of("KYODO_EMBEDDED_REDIS", "true"), line,
                "--kyodo.redis.embedded-dir=target/embedded-redis-allowed")) {
            assertThat(bot.bean(EmbeddedRedis.class).port()).isPositive();
            assertThat(bot.send("GET", "/actuator/health", new byte[0], "").body()).contains("\"status\":\"UP\"");
        }
    }
}

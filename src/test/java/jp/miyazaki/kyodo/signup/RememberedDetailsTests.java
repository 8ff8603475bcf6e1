package jp.miyazaki.kyodo.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.catalog.TestRedis;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;
import jp.miyazaki.kyodo.shared.RedisKeys;
import jp.miyazaki.kyodo.signup.RememberedDetails.Details;

class RememberedDetailsTests {

    private static final String USER = "U0remembered0000000000000000000001";
    private static final String KEY = "kyodo:signup:remembered:" + USER;

    private StringRedisTemplate redis;
    private RememberedDetails remembered;

    @BeforeEach
    void setUp() {
        redis = TestRedis.flushed();
        remembered = new RememberedDetails(redis, RedisKeys.DEFAULT,
                Clock.fixed(Instant.parse("2026-11-26T01:00:00Z"), ZoneOffset.UTC), ShippedFlows.wording());
    }

    @Test
    void keepsWhatTheCitizenLetItKeepWithoutExpiry() {
        remembered.remember(USER, new Details("宮崎 花子", "09012345678"));

        assertThat(remembered.find(USER)).hasValue(new Details("宮崎 花子", "09012345678"));
        assertThat(remembered.declined(USER)).isFalse();
        assertThat(redis.getExpire(KEY)).as("no expiry").isEqualTo(-1L);
    }

    @Test
    void aNoIsRememberedForNinetyDaysAndForgettingIsANo() {
        remembered.decline(USER);
        assertThat(remembered.declined(USER)).isTrue();
        assertThat(Duration.ofSeconds(redis.getExpire(KEY, TimeUnit.SECONDS)))
                .isBetween(RememberedDetails.ASK_AGAIN_AFTER.minusMinutes(1), RememberedDetails.ASK_AGAIN_AFTER);

        remembered.remember(USER, new Details("宮崎 花子", "hanako@example.jp"));
        assertThat(remembered.declined(USER)).as("a yes replaces the no").isFalse();
        assertThat(redis.getExpire(KEY)).isEqualTo(-1L);

        assertThat(remembered.forget(USER)).isTrue();
        assertThat(remembered.find(USER)).isEmpty();
        assertThat(redis.opsForHash().keys(KEY)).containsExactly("declined");
        assertThat(remembered.forget(USER)).as("nothing left to forget").isFalse();
    }

    @Test
    void showsOnlyPartOfTheContact() {
        assertThat(remembered.shown("ja", new Details("宮崎 花子", "090-1234-5678"))).isEqualTo("末尾5678の電話番号");
        assertThat(remembered.shown("en", new Details("Hanako", "09012345678")))
                .isEqualTo("the phone number ending in 5678");
        assertThat(remembered.shown("ja", new Details("宮崎 花子", "hanako@example.jp"))).isEqualTo("h…@example.jp");
    }
}

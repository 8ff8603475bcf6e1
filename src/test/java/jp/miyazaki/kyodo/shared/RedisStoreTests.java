package jp.miyazaki.kyodo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.catalog.TestRedis;

class RedisStoreTests {

    record Tally(String name, int count) {
    }

    private StringRedisTemplate redis;
    private RedisStore records;

    @BeforeEach
    void setUp() {
        redis = TestRedis.flushed();
        records = TestRedis.store(redis);
    }

    @Test
    void readsWhatWasWrittenAndNothingWhereNothingIs() {
        records.write("kyodo:tally:a", new Tally("a", 1));
        records.write("kyodo:tally:b", new Tally("b", 2), Duration.ofMinutes(5));

        assertThat(records.read("kyodo:tally:a", Tally.class)).contains(new Tally("a", 1));
        assertThat(records.read("kyodo:tally:none", Tally.class)).isEmpty();
        assertThat(redis.getExpire("kyodo:tally:b")).isPositive();
        assertThat(records.readAll(List.of("kyodo:tally:b", "kyodo:tally:none", "kyodo:tally:a"), Tally.class))
                .containsExactly(new Tally("b", 2), new Tally("a", 1));
        assertThat(records.readAll(List.of(), Tally.class)).isEmpty();
    }

    @Test
    void anUpdateThatClashesIsMadeAgainOnWhatTheOtherWriterLeft() {
        records.write("kyodo:tally:a", new Tally("a", 1));
        AtomicInteger calls = new AtomicInteger();

        Optional<Tally> updated = records.update("kyodo:tally:a", Tally.class, tally -> {
            if (calls.getAndIncrement() == 0) {
                records.write("kyodo:tally:a", new Tally("a", 10));
            }
            return Optional.of(new Tally("a", tally.count() + 1));
        });

        assertThat(calls).hasValue(2);
        assertThat(updated).contains(new Tally("a", 11));
        assertThat(records.read("kyodo:tally:a", Tally.class)).contains(new Tally("a", 11));
    }

    @Test
    void aRefusedOrMissingRecordIsLeftAsItIs() {
        records.write("kyodo:tally:a", new Tally("a", 1));

        assertThat(records.update("kyodo:tally:a", Tally.class, tally -> Optional.empty())).isEmpty();
        assertThat(records.read("kyodo:tally:a", Tally.class)).contains(new Tally("a", 1));
        assertThat(records.update("kyodo:tally:none", Tally.class, tally -> Optional.of(new Tally("x", 0))))
                .isEmpty();
        assertThat(redis.hasKey("kyodo:tally:none")).isFalse();
    }
}

package jp.miyazaki.kyodo.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.TestRedis;
import jp.miyazaki.kyodo.shared.RedisKeys;

class SubscriptionsTests {

    private StringRedisTemplate redis;
    private Subscriptions subscriptions;

    @BeforeEach
    void setUp() {
        redis = TestRedis.flushed();
        subscriptions = new Subscriptions(redis, TestRedis.JSON, RedisKeys.DEFAULT, Clock.systemUTC());
    }

    @Test
    void followAddsAndShowsWhatIsFollowed() {
        subscriptions.follow("U1", List.of(Category.DISASTER), List.of());
        Subscription after = subscriptions.follow("U1", List.of(Category.ENVIRONMENT), List.of("青島"));

        assertThat(after.noticesAccepted()).isTrue();
        assertThat(after.categories()).containsExactly(Category.DISASTER, Category.ENVIRONMENT);
        assertThat(subscriptions.find("U1")).contains(after);
    }

    @Test
    void segmentsReachOnlyConsentingActiveUsersWithOverlappingInterests() {
        subscriptions.follow("disasterAoshima", List.of(Category.DISASTER), List.of("青島"));
        subscriptions.follow("disasterAnywhere", List.of(Category.DISASTER), List.of());
        subscriptions.follow("everything", List.of(), List.of());
        subscriptions.follow("environmentKiyotake", List.of(Category.ENVIRONMENT), List.of("清武"));
        subscriptions.follow("blocked", List.of(Category.DISASTER), List.of());
        subscriptions.deactivate("blocked");
        subscriptions.follow("stopped", List.of(Category.DISASTER), List.of());
        subscriptions.stop("stopped");
        subscriptions.register("onlyProfile", "青島", List.of(Category.DISASTER));

        assertThat(subscriptions.recipients(new Segment(List.of(Category.DISASTER), List.of("青島"))))
                .containsExactlyInAnyOrder("disasterAoshima", "disasterAnywhere", "everything");
        assertThat(subscriptions.recipients(new Segment(List.of(Category.DISASTER), List.of("清武"))))
                .containsExactlyInAnyOrder("disasterAnywhere", "everything");
        assertThat(subscriptions.recipients(new Segment(List.of(), List.of("清武"))))
                .containsExactlyInAnyOrder("disasterAnywhere", "everything", "environmentKiyotake");
        assertThat(subscriptions.recipients(Segment.EVERYONE))
                .containsExactlyInAnyOrder("disasterAoshima", "disasterAnywhere", "everything",
                        "environmentKiyotake");
    }

    @Test
    void followingTheAccountAgainReactivates() {
        subscriptions.follow("U1", List.of(Category.SPORTS), List.of());
        subscriptions.deactivate("U1");
        assertThat(subscriptions.recipients(Segment.EVERYONE)).isEmpty();
        assertThat(subscriptions.find("U1")).hasValueSatisfying(s -> assertThat(s.active()).isFalse());

        subscriptions.activate("U1");

        assertThat(subscriptions.recipients(new Segment(List.of(Category.SPORTS), List.of()))).containsExactly("U1");
    }

    @Test
    void changeReplacesAndForgetLeavesNothing() {
        subscriptions.follow("U1", List.of(Category.SPORTS), List.of("北"));
        subscriptions.change("U1", List.of(Category.CULTURE), List.of());
        assertThat(subscriptions.recipients(new Segment(List.of(Category.SPORTS), List.of()))).isEmpty();
        assertThat(subscriptions.recipients(new Segment(List.of(Category.CULTURE), List.of("北")))).containsExactly("U1");

        subscriptions.register("U1", "北", List.of(Category.CULTURE));
        subscriptions.forget("U1");

        assertThat(subscriptions.find("U1")).isEmpty();
        assertThat(subscriptions.profile("U1")).isEmpty();
        assertThat(redis.keys("kyodo:*")).allSatisfy(key ->
                assertThat(redis.opsForSet().isMember(key, "U1")).isFalse());
        assertThat(redis.keys("kyodo:*U1*")).isEmpty();
    }
}

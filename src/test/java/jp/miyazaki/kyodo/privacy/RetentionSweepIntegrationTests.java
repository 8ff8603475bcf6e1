package jp.miyazaki.kyodo.privacy;

import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.batch;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.follow;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.text;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.unfollow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.DataType;

import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.shared.RedisKeys;
import jp.miyazaki.kyodo.signup.SignUpOutcome;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * The retention rules applied by the sweep, checked by scanning every key and value in Redis afterwards.
 */
class RetentionSweepIntegrationTests extends KyodoIntegrationTest {

    private static final String CITIZEN = "U0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f";
    private static final String NAME = "宮崎 花子";
    private static final String PHONE = "090-1234-5678";

    @Autowired
    private RedisKeys keys;
    @Autowired
    private PersonalData personalData;
    @Autowired
    private SignUps signUps;
    @Autowired
    private CatalogRepository catalog;
    @Autowired
    private RetentionProperties properties;

    @Test
    void anUnfollowedCitizenIsErasedCompletelyOnceTheGracePeriodHasPassed() {
        Opportunity upcoming = upcomingOpportunity();
        deliverSigned(batch(follow(CITIZEN, System.currentTimeMillis())));
        deliverSigned(batch(text(CITIZEN, "今週末のボランティアを探しています", System.currentTimeMillis())));
        await().atMost(Duration.ofSeconds(10)).until(() -> LINE.requests(LineApiMock.REPLY).size() == 2);
        assertThat(signUps.signUp(upcoming.id(), CITIZEN, NAME, PHONE, 1, false).kind())
                .isEqualTo(SignUpOutcome.Kind.CONFIRMED);
        deliverSigned(batch(unfollow(CITIZEN, System.currentTimeMillis())));
        await().atMost(Duration.ofSeconds(10)).until(() -> redis.opsForHash()
                .get(keys.key("user", CITIZEN), "unfollowedAt") != null);

        assertThat(sweepAt(Instant.now().plus(properties.unfollowGrace()).minus(Duration.ofHours(1)))
                .citizensErased()).as("still within the grace period").isZero();
        assertThat(whereRedisMentions(CITIZEN)).isNotEmpty();

        assertThat(sweepAt(Instant.now().plus(properties.unfollowGrace()).plus(Duration.ofHours(1)))
                .citizensErased()).isEqualTo(1);
        assertThat(whereRedisMentions(CITIZEN)).as("keys or values still naming the citizen").isEmpty();
        assertThat(whereRedisMentions(PHONE)).isEmpty();
        assertThat(signUps.count(upcoming.id())).isZero();
    }

    @Test
    void aCitizenWhoFollowedAgainIsKept() {
        deliverSigned(batch(unfollow(CITIZEN, System.currentTimeMillis() - 1_000)));
        deliverSigned(batch(follow(CITIZEN, System.currentTimeMillis())));
        await().atMost(Duration.ofSeconds(10)).until(() -> "true".equals(redis.opsForHash()
                .get(keys.key("user", CITIZEN), "active")));

        assertThat(sweepAt(Instant.now().plus(properties.unfollowGrace()).plus(Duration.ofDays(1)))
                .citizensErased()).isZero();
        assertThat(whereRedisMentions(CITIZEN)).isNotEmpty();
    }

    @Test
    void signUpNamesAndContactsGoAfterTheActivityWhileCountsStay() {
        Opportunity upcoming = upcomingOpportunity();
        signUps.signUp(upcoming.id(), CITIZEN, NAME, PHONE, 2, false);
        long signedUp = signUps.count(upcoming.id());
        int taken = signUps.taken(upcoming.id());
        Instant ended = upcoming.end().toInstant();

        assertThat(sweepAt(ended.plus(properties.signUpContactsKeptFor()).minus(Duration.ofHours(1)))
                .signUpContactsRemoved()).isZero();
        assertThat(whereRedisMentions(PHONE)).isNotEmpty();

        assertThat(sweepAt(ended.plus(properties.signUpContactsKeptFor()).plus(Duration.ofHours(1)))
                .signUpContactsRemoved()).isEqualTo(1);
        assertThat(whereRedisMentions(PHONE)).isEmpty();
        assertThat(whereRedisMentions(NAME)).isEmpty();
        assertThat(signUps.count(upcoming.id())).isEqualTo(signedUp);
        assertThat(signUps.taken(upcoming.id())).isEqualTo(taken);
        assertThat(signUps.ofUser(CITIZEN)).singleElement()
                .satisfies(signUp -> assertThat(signUp.reference()).isNotBlank());
    }

    @Test
    void onlyOneInstanceSweepsPerInterval() {
        RetentionSweep one = sweeper(Clock.systemUTC());
        RetentionSweep other = sweeper(Clock.systemUTC());
        assertThat(one.takeLock()).isTrue();
        assertThat(other.takeLock()).isFalse();
        assertThat(one.takeLock()).isFalse();
    }

    private RetentionSweep.Result sweepAt(Instant now) {
        return sweeper(Clock.fixed(now, ZoneOffset.UTC)).sweep();
    }

    private RetentionSweep sweeper(Clock clock) {
        return new RetentionSweep(redis, keys, personalData, signUps, catalog, properties, clock);
    }

    private Opportunity upcomingOpportunity() {
        return catalog.listOpportunities().stream().filter(o -> o.start().toInstant().isAfter(Instant.now()))
                .filter(o -> o.capacity() >= 3).min(Comparator.comparing(Opportunity::start)).orElseThrow();
    }

    /** Every key whose name or value (of any type) contains the text. */
    private List<String> whereRedisMentions(String text) {
        List<String> found = new ArrayList<>();
        Set<String> all = redis.keys("*");
        for (String key : all) {
            DataType type = redis.type(key);
            String content = switch (type) {
                case STRING -> redis.opsForValue().get(key);
                case HASH -> redis.opsForHash().entries(key).toString();
                case SET -> String.valueOf(redis.opsForSet().members(key));
                case ZSET -> String.valueOf(redis.opsForZSet().range(key, 0, -1));
                case LIST -> String.valueOf(redis.opsForList().range(key, 0, -1));
                case STREAM -> String.valueOf(redis.opsForStream().range(key,
                        org.springframework.data.domain.Range.unbounded()));
                default -> "";
            };
            if (key.contains(text) || (content != null && content.contains(text))) {
                found.add(key);
            }
        }
        return found;
    }
}

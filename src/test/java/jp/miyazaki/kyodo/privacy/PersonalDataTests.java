package jp.miyazaki.kyodo.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.activity.ActivityRecords;
import jp.miyazaki.kyodo.activity.Attendance;
import jp.miyazaki.kyodo.activity.Feedback;
import jp.miyazaki.kyodo.activity.Milestones;
import jp.miyazaki.kyodo.activity.RecognitionProperties;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.OpportunityKind;
import jp.miyazaki.kyodo.catalog.TestRedis;
import jp.miyazaki.kyodo.consultation.ConsultationTopic;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.shared.RedisKeys;
import jp.miyazaki.kyodo.signup.SignUpStatus;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.signup.WaitlistPromoted;
import jp.miyazaki.kyodo.subscription.Segment;
import jp.miyazaki.kyodo.subscription.Subscriptions;

class PersonalDataTests {

    private static final String USER = "U4af4980629deadbeef";

    private final List<Object> events = new ArrayList<>();
    private StringRedisTemplate redis;
    private SignUps signUps;
    private Subscriptions subscriptions;
    private Consultations consultations;
    private PersonalData personalData;
    private ActivityRecords activityRecords;
    private Attendance attendance;
    private Feedback feedback;

    @BeforeEach
    void setUp() {
        redis = TestRedis.flushed();
        CatalogRepository catalog = TestRedis.catalog(redis);
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(3);
        catalog.save(new Opportunity("o1", OpportunityKind.VOLUNTEER, "ビーチクリーン", "", Category.ENVIRONMENT,
                "青島", "青島海水浴場", start, start.plusHours(2), 1, "団体", "0985-00-0000", false));
        catalog.save(new Opportunity("o2", OpportunityKind.EVENT, "防災訓練", "", Category.DISASTER,
                "赤江", "赤江小学校", start, start.plusHours(2), 10, "団体", "0985-00-0000", false));
        signUps = new SignUps(redis, RedisKeys.DEFAULT, catalog, events::add, Clock.systemUTC(), ShippedFlows.wording());
        subscriptions = new Subscriptions(redis, TestRedis.JSON, RedisKeys.DEFAULT, Clock.systemUTC());
        consultations = new Consultations(TestRedis.store(redis), Clock.systemUTC());
        activityRecords = new ActivityRecords(TestRedis.store(redis));
        RecognitionProperties recognition = new RecognitionProperties(
                new RecognitionProperties.Milestones(List.of(1), List.of()), LocalTime.of(10, 0));
        attendance = new Attendance(catalog, signUps, activityRecords, new Milestones(activityRecords, recognition),
                recognition, CityTime.ZONE, Clock.offset(Clock.systemUTC(), Duration.ofDays(4)), ShippedFlows.wording());
        feedback = new Feedback(redis, RedisKeys.DEFAULT);
        personalData = new PersonalData(redis, RedisKeys.DEFAULT, signUps, subscriptions, consultations,
                activityRecords, List.of());
    }

    private void storeEverything(String userId, String phone) {
        signUps.signUp("o1", userId, "宮崎 花子", phone, 1, true);
        signUps.signUp("o2", userId, "宮崎 花子", "hanako@example.jp", 2, false);
        subscriptions.follow(userId, List.of(Category.DISASTER), List.of("青島"));
        subscriptions.register(userId, "青島", List.of(Category.ENVIRONMENT));
        consultations.create(userId, ConsultationTopic.INCORPORATION, "NPOを作りたい", "LINE", "");
        redis.opsForValue().set("kyodo:session:" + userId, "{\"flow\":\"signup\"}");
        redis.opsForValue().set("kyodo:reminder:" + userId, "x");
    }

    /** Both were at o2: activity records, a milestone, survey answers, and each in o2's present set. */
    private void bothAttended() {
        attendance.mark("o2", signUps.ofOpportunity("o2").stream().map(s -> s.reference())
                .collect(java.util.stream.Collectors.toSet()), "staff");
        for (String userId : List.of(USER, "Uother")) {
            feedback.rate(userId, "o2", 4, java.time.Instant.now());
            feedback.comment(userId, "o2", "楽しかったです");
        }
    }

    @Test
    void showsWhatIsStored() {
        storeEverything(USER, "090-1234-5678");

        StoredData stored = personalData.of(USER);

        assertThat(stored.profile()).isPresent();
        assertThat(stored.subscription()).hasValueSatisfying(s -> assertThat(s.categories())
                .containsExactly(Category.DISASTER));
        assertThat(stored.signUps()).hasSize(2);
        assertThat(stored.consultations()).isEqualTo(1);
        assertThat(stored.conversation()).isTrue();
        assertThat(stored.otherKeys()).isEqualTo(1);
        assertThat(stored.activityRecords()).isZero();
    }

    @Test
    void deletingLeavesNoKeyAndNoTraceOfTheUserAndFreesTheirPlaces() {
        storeEverything(USER, "090-1234-5678");
        storeEverything("Uother", "090-9999-0000");
        bothAttended();
        assertThat(activityRecords.present("o2")).containsExactlyInAnyOrder(USER, "Uother");
        assertThat(redis.keys("*activity*" + USER + "*")).hasSize(3);
        // Uother waits for o1, where USER holds the only place.
        assertThat(signUps.find("o1", "Uother")).hasValueSatisfying(s ->
                assertThat(s.status()).isEqualTo(SignUpStatus.WAITLISTED));

        assertThat(personalData.of(USER).activityRecords()).isEqualTo(1);
        assertThat(personalData.of(USER).otherKeys()).as("activity keys are described, not other").isEqualTo(1);

        Erasure erasure = personalData.erase(USER);

        assertThat(erasure.signUpsCancelled()).isEqualTo(2);
        assertThat(erasure.consultationsDeleted()).isEqualTo(1);
        assertThat(personalData.of(USER).isEmpty()).isTrue();
        assertThat(events).singleElement().isInstanceOfSatisfying(WaitlistPromoted.class,
                event -> assertThat(event.userIds()).containsExactly("Uother"));
        assertThat(signUps.find("o1", "Uother")).hasValueSatisfying(s ->
                assertThat(s.status()).isEqualTo(SignUpStatus.CONFIRMED));
        assertThat(signUps.taken("o2")).isEqualTo(2);
        assertThat(subscriptions.recipients(Segment.EVERYONE)).containsExactly("Uother");

        // Nothing in Redis names the user any more: not a key, not a member, not a field, not a value.
        for (String key : redis.keys("*")) {
            assertThat(key).doesNotContain(USER);
            assertThat(dump(key)).as(key).doesNotContain(USER).doesNotContain("090-1234-5678");
        }
        assertThat(redis.keys("*Uother*")).isNotEmpty();
        assertThat(activityRecords.present("o2")).containsExactly("Uother");
        assertThat(feedback.answers(java.util.Set.of("o2")).get("o2")).hasSize(1);
    }

    private String dump(String key) {
        return switch (redis.type(key).code()) {
            case "string" -> String.valueOf(redis.opsForValue().get(key));
            case "set" -> String.valueOf(redis.opsForSet().members(key));
            case "zset" -> String.valueOf(redis.opsForZSet().range(key, 0, -1));
            case "hash" -> String.valueOf(new java.util.TreeMap<Object, Object>(Map.copyOf(redis.opsForHash().entries(key))));
            case "list" -> String.valueOf(redis.opsForList().range(key, 0, -1));
            default -> "";
        };
    }
}

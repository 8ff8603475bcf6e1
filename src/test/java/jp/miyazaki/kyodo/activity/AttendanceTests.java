package jp.miyazaki.kyodo.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.broadcast.MutableClock;
import jp.miyazaki.kyodo.broadcast.Reminder;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.OpportunityKind;
import jp.miyazaki.kyodo.catalog.TestRedis;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.shared.RedisKeys;
import jp.miyazaki.kyodo.signup.SignUps;

/** Marking attendance on a real Redis: records, re-marking, refusals, milestones and the thanks they trigger. */
class AttendanceTests {
    /** Saturday 28 November 2026, 9:00–11:30 in Miyazaki. */
    static final OffsetDateTime BEACH = OffsetDateTime.parse("2026-11-28T09:00:00+09:00");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T03:00:00Z"));
    private StringRedisTemplate redis;
    private CatalogRepository catalog;
    private SignUps signUps;
    private ActivityRecords records;
    private Attendance attendance;
    private ThanksReminders thanks;

    @BeforeEach
    void setUp() {
        redis = TestRedis.flushed();
        catalog = TestRedis.catalog(redis);
        catalog.save(opportunity("beach", "青島ビーチクリーン", Category.ENVIRONMENT, "青島", BEACH, 150));
        catalog.save(opportunity("drill", "赤江の防災訓練", Category.DISASTER, "赤江", BEACH.plusDays(1), 120));
        catalog.save(opportunity("later", "年末の清掃", Category.ENVIRONMENT, "青島", BEACH.plusDays(30), 60));
        signUps = new SignUps(redis, RedisKeys.DEFAULT, catalog, event -> { }, clock, ShippedFlows.wording());
        RecognitionProperties properties = new RecognitionProperties(
                new RecognitionProperties.Milestones(List.of(2, 20), List.of(4)), LocalTime.of(10, 0));
        records = new ActivityRecords(TestRedis.store(redis));
        attendance = new Attendance(catalog, signUps, records, new Milestones(records, properties), properties,
                CityTime.ZONE, clock, ShippedFlows.wording());
        thanks = new ThanksReminders(records, attendance, ShippedFlows.wording(), userId -> "ja");
    }

    static Opportunity opportunity(String id, String title, Category category, String district,
            OffsetDateTime start, int minutes) {
        return new Opportunity(id, OpportunityKind.VOLUNTEER, title, "", category, district, district + "公民館",
                start, start.plusMinutes(minutes), 10, "青島まちづくり協議会", "0985-00-0000", false);
    }

    private String signUp(String opportunityId, String userId, String name, int people) {
        return signUps.signUp(opportunityId, userId, name, "090-1234-5678", people, false).signUp().orElseThrow()
                .reference();
    }

    @Test
    void refusesToMarkBeforeTheActivityHasStarted() {
        signUp("beach", "Uhanako", "宮崎 花子", 1);
        clock.set(BEACH.toInstant().minusSeconds(60));

        assertThatThrownBy(() -> attendance.mark("beach", Set.of(), "staff"))
                .isInstanceOfSatisfying(AttendanceRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(AttendanceRefused.Reason.NOT_STARTED);
                    assertThat(refused.getMessage()).contains("活動が始まってから");
                });
        assertThat(records.ofUser("Uhanako")).isEmpty();
        assertThatThrownBy(() -> attendance.mark("nothing", Set.of(), "staff"))
                .isInstanceOfSatisfying(AttendanceRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AttendanceRefused.Reason.NOT_FOUND));
    }

    @Test
    void marksExactlyThoseNamedAndMarkingAgainReplacesTheEarlierMarking() {
        String hanako = signUp("beach", "Uhanako", "宮崎 花子", 2);
        String taro = signUp("beach", "Utaro", "青島 太郎", 1);
        clock.set(BEACH.toInstant().plus(Duration.ofHours(3)));

        AttendanceMarked first = attendance.mark("beach", Set.of(hanako), "hinata");

        assertThat(first).isEqualTo(new AttendanceMarked("beach", 1, 1, 2, 0, "青島ビーチクリーン"));
        assertThat(attendance.roll("beach")).containsExactly(new RollEntry(hanako, "宮崎 花子", 2, true),
                new RollEntry(taro, "青島 太郎", 1, false));
        assertThat(records.ofUser("Uhanako")).singleElement().satisfies(record -> {
            assertThat(record.title()).isEqualTo("青島ビーチクリーン");
            assertThat(record.category()).isEqualTo("environment");
            assertThat(record.district()).isEqualTo("青島");
            assertThat(record.date()).hasToString("2026-11-28");
            assertThat(record.hours()).isEqualTo(2.5);
            assertThat(record.name()).isEqualTo("宮崎 花子");
        });

        AttendanceMarked again = attendance.mark("beach", Set.of(taro.toLowerCase()), "hinata");

        assertThat(again.present()).isEqualTo(1);
        assertThat(records.ofUser("Uhanako")).isEmpty();
        assertThat(records.ofUser("Utaro")).hasSize(1);
        assertThat(records.present("beach")).containsExactly("Utaro");
    }

    @Test
    void refusesReferencesThatAreNotConfirmedSignUpsOfTheActivity() {
        signUp("beach", "Uhanako", "宮崎 花子", 1);
        String elsewhere = signUp("drill", "Utaro", "青島 太郎", 1);
        clock.set(BEACH.toInstant().plus(Duration.ofDays(2)));

        assertThatThrownBy(() -> attendance.mark("beach", Set.of(elsewhere, "S99999"), "staff"))
                .isInstanceOfSatisfying(AttendanceRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(AttendanceRefused.Reason.UNKNOWN_REFERENCE);
                    assertThat(refused.getMessage()).contains("S99999").contains(elsewhere);
                });
        assertThat(records.present("beach")).isEmpty();
    }

    @Test
    void crossingMilestonesSendsOneThankYouCardOncePerMilestone() {
        String beach = signUp("beach", "Uhanako", "宮崎 花子", 1);
        String drill = signUp("drill", "Uhanako", "宮崎 花子", 1);
        clock.set(BEACH.toInstant().plus(Duration.ofDays(2)));

        assertThat(attendance.mark("beach", Set.of(beach), "staff").milestones()).isZero();
        AttendanceMarked second = attendance.mark("drill", Set.of(drill), "staff");

        assertThat(second.milestones()).as("2 activities and 4.5 hours").isEqualTo(2);
        ActivityRecord record = records.find("Uhanako", "drill").orElseThrow();
        assertThat(record.milestones()).containsExactly("activities:2", "hours:4");
        Reply reply = thanks.thanks(record, "ja");
        assertThat(reply.parts()).hasSize(2);
        assertThat(reply.parts().get(0)).isInstanceOfSatisfying(Reply.Cards.class, cards -> {
            assertThat(cards.cards()).singleElement().satisfies(card -> {
                assertThat(card.title()).isEqualTo("感謝状");
                assertThat(card.body()).contains("宮崎 花子 様").contains("活動への参加が2回")
                        .contains("活動時間が4時間");
            });
        });
        Reply english = thanks.thanks(record, "en");
        assertThat(english.parts().get(0)).isInstanceOfSatisfying(Reply.Cards.class, cards -> {
            assertThat(cards.altText()).isEqualTo("You have a certificate of thanks");
            assertThat(cards.cards()).singleElement().satisfies(card -> {
                assertThat(card.title()).isEqualTo("Certificate of Thanks");
                assertThat(card.body()).contains("宮崎 花子\n", "activities: 2, hours of activity: 4")
                        .doesNotContain("様", "活動");
                assertThat(card.buttons()).extracting(Reply.Choice::label).containsExactly("My activity record");
            });
        });
        assertThat(english.parts().get(1)).isInstanceOfSatisfying(Reply.Choices.class, choices -> {
            assertThat(choices.text()).startsWith("Thank you for joining \"赤江の防災訓練\"");
            assertThat(choices.choices()).extracting(Reply.Choice::label).contains("5 Very good", "1 Poor");
        });

        attendance.mark("drill", Set.of(), "staff");
        assertThat(attendance.mark("drill", Set.of(drill), "staff").milestones()).as("never twice").isZero();
    }

    @Test
    void thanksFallDueTheDayAfterAtTenWithTheSurveyOrAtOnceAfterALateMarking() {
        String hanako = signUp("beach", "Uhanako", "宮崎 花子", 1);
        String taro = signUp("drill", "Utaro", "青島 太郎", 1);
        clock.set(Instant.parse("2026-11-28T06:00:00Z"));
        attendance.mark("beach", Set.of(hanako), "staff");
        Instant tenNextDay = Instant.parse("2026-11-29T01:00:00Z");

        assertThat(thanks.due(tenNextDay.minus(Duration.ofDays(1)), tenNextDay.minusSeconds(1))).isEmpty();
        List<Reminder> due = thanks.due(tenNextDay.minus(Duration.ofDays(1)), tenNextDay);

        assertThat(due).singleElement().satisfies(reminder -> {
            assertThat(reminder.id()).isEqualTo("thanks:beach:Uhanako");
            assertThat(reminder.userId()).isEqualTo("Uhanako");
            assertThat(reminder.dueAt()).isEqualTo(tenNextDay);
            assertThat(reminder.urgent()).isFalse();
            Reply.Choices survey = (Reply.Choices) reminder.reply().parts().get(0);
            assertThat(survey.text()).contains("11月28日の「青島ビーチクリーン」");
            assertThat(survey.choices()).hasSize(5);
            assertThat(survey.choices().get(0).action()).isEqualTo(new Reply.Action.Send(
                    "flow=feedback&slot=rating&value=5&activity=beach", "5 とても満足"));
        });

        Instant late = Instant.parse("2026-12-03T05:00:00Z");
        clock.set(late);
        attendance.mark("drill", Set.of(taro), "staff");
        assertThat(thanks.due(late.minus(Duration.ofDays(1)), late)).extracting(Reminder::id, Reminder::dueAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("thanks:drill:Utaro", late));
    }

    @Test
    void forgettingACitizenTakesThemOutOfEveryPresentSet() {
        String hanako = signUp("beach", "Uhanako", "宮崎 花子", 1);
        String taro = signUp("beach", "Utaro", "青島 太郎", 1);
        clock.set(BEACH.toInstant().plus(Duration.ofDays(1)));
        attendance.mark("beach", Set.of(hanako, taro), "staff");

        assertThat(records.forget("Uhanako")).isEqualTo(1);

        assertThat(records.present("beach")).containsExactly("Utaro");
        assertThat(attendance.roll("beach")).extracting(RollEntry::present).containsExactly(false, true);
    }
}

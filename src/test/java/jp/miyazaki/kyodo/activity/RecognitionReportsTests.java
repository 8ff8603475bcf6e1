package jp.miyazaki.kyodo.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.broadcast.MutableClock;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.TestRedis;
import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.shared.RedisKeys;
import jp.miyazaki.kyodo.signup.SignUps;

/**
 * What staff and citizens see of marked attendance on a real Redis: the year's totals by category and district,
 * the commendation CSV, the survey per activity and organiser, and the citizen's own record in the chat.
 */
class RecognitionReportsTests {

    private static final OffsetDateTime DEC_5 = OffsetDateTime.parse("2026-12-05T09:00:00+09:00");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T03:00:00Z"));
    private SignUps signUps;
    private Attendance attendance;
    private Feedback feedback;
    private RecognitionReports reports;
    private ActivityActions actions;

    @BeforeEach
    void threeActivitiesOverTwoYears() {
        StringRedisTemplate redis = TestRedis.flushed();
        CatalogRepository catalog = TestRedis.catalog(redis);
        catalog.save(AttendanceTests.opportunity("beach", "青島ビーチクリーン", Category.ENVIRONMENT, "青島", DEC_5, 120));
        catalog.save(AttendanceTests.opportunity("salon", "清武の子育てサロン", Category.CHILDCARE, "清武",
                DEC_5.plusDays(1), 90));
        catalog.save(AttendanceTests.opportunity("new-year", "新春の清掃", Category.ENVIRONMENT, "青島",
                DEC_5.plusDays(40), 60));
        signUps = new SignUps(redis, RedisKeys.DEFAULT, catalog, event -> { }, clock, ShippedFlows.wording());
        RecognitionProperties properties = new RecognitionProperties(
                new RecognitionProperties.Milestones(List.of(5), List.of(50)), LocalTime.of(10, 0));
        ActivityRecords records = new ActivityRecords(TestRedis.store(redis));
        attendance = new Attendance(catalog, signUps, records, new Milestones(records, properties), properties,
                CityTime.ZONE, clock, ShippedFlows.wording());
        feedback = new Feedback(redis, RedisKeys.DEFAULT);
        reports = new RecognitionReports(records, feedback, catalog, CityTime.ZONE);
        actions = new ActivityActions(records, feedback, ShippedFlows.wording());

        String hanakoBeach = signUp("beach", "Uhanako", "宮崎 花子", 2);
        String taroBeach = signUp("beach", "Utaro", "=青島 太郎", 1);
        signUp("beach", "Uabsent", "来なかった 人", 1);
        String hanakoSalon = signUp("salon", "Uhanako", "宮崎 花子", 1);
        String hanakoNewYear = signUp("new-year", "Uhanako", "宮崎 花子", 1);
        clock.set(Instant.parse("2027-01-20T03:00:00Z"));
        attendance.mark("beach", Set.of(hanakoBeach, taroBeach), "staff");
        attendance.mark("salon", Set.of(hanakoSalon), "staff");
        attendance.mark("new-year", Set.of(hanakoNewYear), "staff");
    }

    private String signUp(String opportunityId, String userId, String name, int people) {
        return signUps.signUp(opportunityId, userId, name, "090-1234-5678", people, false).signUp().orElseThrow()
                .reference();
    }

    @Test
    void totalsCountParticipationsPeopleAndPersonHoursByCategoryAndDistrict() {
        RecognitionReports.Totals totals = reports.totals(2026);

        assertThat(totals.activities()).isEqualTo(2);
        assertThat(totals.overall()).isEqualTo(new RecognitionReports.Total("合計", 3, 4, 7.5));
        assertThat(totals.byCategory()).containsExactly(new RecognitionReports.Total("環境", 2, 3, 6.0),
                new RecognitionReports.Total("子育て", 1, 1, 1.5));
        assertThat(totals.byDistrict()).extracting(RecognitionReports.Total::label).containsExactly("青島", "清武");
        assertThat(reports.totals(2027).overall().participations()).isEqualTo(1);
        assertThat(reports.totals(2025).byCategory()).isEmpty();
    }

    @Test
    void theCommendationCsvHasOneLinePerCitizenWithTheNameGivenAtSignUp() {
        byte[] csv = reports.csv(2026);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                RecognitionReports.CSV_HEADER + "\r\n"
                        + "\"宮崎 花子\",\"2\",\"3.5\",\"2026-12-05\",\"2026-12-06\"\r\n"
                        + "\"'=青島 太郎\",\"1\",\"2\",\"2026-12-05\",\"2026-12-05\"\r\n");
    }

    @Test
    void feedbackIsSummedPerActivityAndOrganiserAndASecondAnswerReplacesTheFirst() {
        Instant at = Instant.parse("2026-12-06T01:00:00Z");
        feedback.rate("Uhanako", "beach", 2, at);
        feedback.comment("Uhanako", "beach", "暑かったです");
        feedback.rate("Uhanako", "beach", 5, at.plusSeconds(60));
        feedback.rate("Utaro", "beach", 4, at);
        feedback.comment("Utaro", "beach", "また参加します");
        feedback.rate("Uhanako", "salon", 3, at);

        RecognitionReports.FeedbackReport report = reports.feedback(2026);

        assertThat(report.activities()).extracting(RecognitionReports.FeedbackSummary::id)
                .containsExactly("beach", "salon");
        RecognitionReports.FeedbackSummary beach = report.activities().get(0);
        assertThat(beach.answers()).isEqualTo(2);
        assertThat(beach.average()).isEqualTo(4.5);
        assertThat(beach.distribution()).containsExactly(0, 0, 0, 1, 1);
        assertThat(beach.comments()).containsExactly("また参加します");
        assertThat(report.organisers()).singleElement().satisfies(organiser -> {
            assertThat(organiser.label()).isEqualTo("青島まちづくり協議会");
            assertThat(organiser.answers()).isEqualTo(3);
            assertThat(organiser.average()).isEqualTo(4.0);
        });
    }

    @Test
    void theCitizenSeesTheirActivitiesNewestFirstWithThisYearsTotal() {
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), CityTime.ZONE);

        DialogAction.Result mine = actions.record(new DialogAction.Context("Uhanako", Map.of(), now));
        DialogAction.Result nobody = actions.record(new DialogAction.Context("Uabsent", Map.of(), now));

        assertThat(mine.outcome()).isEqualTo("ok");
        assertThat(mine.values()).containsEntry("year_count", "1").containsEntry("year_hours", "1")
                .containsEntry("count", "3").containsEntry("hours", "4.5");
        String text = ((Reply.Text) mine.parts().get(0)).text();
        assertThat(text).startsWith("2027年の活動：1回・1時間\nこれまでの合計：3回・4.5時間");
        assertThat(text.indexOf("新春の清掃")).isLessThan(text.indexOf("清武の子育てサロン"));
        assertThat(text).contains("2026/12/6 清武の子育てサロン（1.5時間）");
        assertThat(nobody.outcome()).isEqualTo("none");

        String english = ((Reply.Text) actions.record(new DialogAction.Context("Uhanako", Map.of(), now, "en"))
                .parts().get(0)).text();
        assertThat(english).startsWith("2027: activities 1, hours 1\nIn all: activities 3, hours 4.5")
                .contains("2026/12/6 清武の子育てサロン (1.5 h)").doesNotContain("回", "時間");
        assertThat(actions.record(new DialogAction.Context("Uabsent", Map.of(), now, "ja-easy")).values())
                .containsEntry("text", "まだ きろくは ありません。");
    }

    @Test
    void onlyCitizensMarkedPresentCanAnswerTheSurvey() {
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant().plus(Duration.ofDays(1)), CityTime.ZONE);

        DialogAction.Result absent = actions.rate(new DialogAction.Context("Uabsent",
                Map.of("activity", "beach", "rating", "5"), now));
        DialogAction.Result present = actions.rate(new DialogAction.Context("Utaro",
                Map.of("activity", "beach", "rating", "3"), now));
        DialogAction.Result skipped = actions.comment(new DialogAction.Context("Utaro",
                Map.of("activity", "beach", "comment", "スキップ"), now));

        assertThat(absent.outcome()).isEqualTo("none");
        assertThat(present.outcome()).isEqualTo("ok");
        assertThat(present.values()).containsEntry("title", "青島ビーチクリーン");
        assertThat(skipped.outcome()).isEqualTo("ok");
        assertThat(feedback.answers(Set.of("beach")).get("beach")).singleElement()
                .satisfies(answer -> assertThat(answer.comment()).isEmpty());
        assertThat(actions.rate(new DialogAction.Context("Uabsent", Map.of("activity", "beach", "rating", "5"), now,
                "en")).values()).containsEntry("text", "I could not find the activity for this survey.");
        assertThat(actions.rate(new DialogAction.Context("Utaro", Map.of("activity", "beach", "rating", "9"), now,
                "ja-easy")).values()).containsEntry("text", "1から 5の すうじで おしえて ください。");
    }
}

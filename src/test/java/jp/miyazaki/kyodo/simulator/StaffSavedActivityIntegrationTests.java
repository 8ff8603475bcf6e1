package jp.miyazaki.kyodo.simulator;

import static jp.miyazaki.kyodo.testsupport.SimulatorMessages.buttonData;
import static jp.miyazaki.kyodo.testsupport.SimulatorMessages.cardTexts;
import static jp.miyazaki.kyodo.testsupport.SimulatorMessages.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.broadcast.CatalogReminders;
import jp.miyazaki.kyodo.broadcast.Reminder;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.testsupport.AdminApi;

/**
 * An activity staff save through the admin API with only the required fields (no 主催, 問い合わせ先, 地域, 場所 or
 * description) works for a citizen in the simulator: found by search, shown in detail, signed up for, listed,
 * cancelled, and reminded the day before, never with 「うまく処理できませんでした」 or a "null" on screen.
 */
class StaffSavedActivityIntegrationTests extends SimulatorIntegrationTest {

    private static final String USER = "Uminimal000000000000000000000001";
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private CatalogReminders reminders;

    @Test
    void anActivityWithOnlyTheRequiredFieldsWorksInEveryCitizenFlow() throws Exception {
        accounts.create("hinata", "correct horse battery", StaffRole.STAFF, "test", Instant.now());
        AdminApi staff = AdminApi.basic(port, "hinata", "correct horse battery");
        LocalDate day = LocalDate.now(CityTime.ZONE).plusDays(3);
        HttpResponse<String> created = staff.post("/api/admin/opportunities", """
                {"kind": "event", "title": "灯籠づくりワークショップ", "category": "culture",
                 "start": "%sT10:00:00+09:00", "end": "%sT12:00:00+09:00", "capacity": 5}""".formatted(day, day));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).path("opportunity").path("id").asText();

        JsonNode found = say("文化のイベントを探しています");
        assertThat(cardTexts(found)).as(found.toString()).anySatisfy(card -> assertThat(card).contains("灯籠づくりワークショップ"));
        seesNoFailure(found);

        JsonNode details = postback(buttonData(found, "灯籠づくりワークショップ", "詳細"));
        assertThat(texts(details)).anySatisfy(text -> assertThat(text).contains("灯籠づくりワークショップ")
                .doesNotContain("主催").doesNotContain("連絡先").doesNotContain("場所"));
        seesNoFailure(details);

        assertThat(texts(postback("intent=volunteer.signup&opportunity=" + id)))
                .anySatisfy(text -> assertThat(text).contains("お名前"));
        say("宮崎 花子");
        say("090-1234-5678");
        say("1");
        say("はい");
        JsonNode done = say("はい");
        assertThat(texts(done)).anySatisfy(text -> assertThat(text).contains("お申し込みを受け付けました",
                "灯籠づくりワークショップ", "受付番号").doesNotContain("場所"));
        seesNoFailure(done);

        String due = reminders.due(day.minusDays(1).atStartOfDay(CityTime.ZONE).toInstant(),
                day.atStartOfDay(CityTime.ZONE).toInstant()).stream().filter(r -> r.userId().equals(USER))
                .map(Reminder::toString).findFirst().orElseThrow();
        assertThat(due).contains("灯籠づくりワークショップ").doesNotContain("null").doesNotContain("（）");

        JsonNode mine = say("申し込みを確認したい");
        assertThat(cardTexts(mine)).anySatisfy(card -> assertThat(card).contains("灯籠づくりワークショップ"));
        seesNoFailure(mine);
        seesNoFailure(postback(buttonData(mine, "灯籠づくりワークショップ", "キャンセル")));
        assertThat(texts(say("はい"))).anySatisfy(text -> assertThat(text).contains("お申し込みを取り消しました"));
    }

    private static void seesNoFailure(JsonNode messages) {
        assertThat(messages.toString()).doesNotContain("うまく処理できませんでした").doesNotContain("null");
    }

    private JsonNode say(String text) {
        return messages(Map.of("userId", USER, "text", text));
    }

    private JsonNode postback(String data) {
        return messages(Map.of("userId", USER, "postback", data));
    }
}

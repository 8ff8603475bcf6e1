package jp.miyazaki.kyodo.simulator;

import static jp.miyazaki.kyodo.testsupport.SimulatorMessages.buttonData;
import static jp.miyazaki.kyodo.testsupport.SimulatorMessages.cardTexts;
import static jp.miyazaki.kyodo.testsupport.SimulatorMessages.quickReplyData;
import static jp.miyazaki.kyodo.testsupport.SimulatorMessages.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.OpportunityKind;

/**
 * The walk a new citizen takes in the simulator, in their own words, through the real understanding, flows,
 * domain actions and sample catalog: ask before consenting, then find an environment activity in 青島 this weekend, sign up, see it, cancel
 * it, ask when the 地域コミュニティ活動交付金 closes, find a room in 清武, ask for help founding an NPO, follow
 * disaster notices, and delete everything — after which Redis holds nothing about them. And two citizens who
 * confirm the last place at the same moment: exactly one gets it.
 */
class CitizenJourneyIntegrationTests extends SimulatorIntegrationTest {

    private static final String USER = "U5e1f0c2a9b8d7e6f5a4b3c2d1e0f9a8b";

    @Autowired
    private CatalogRepository catalog;

    @Test
    void aNewCitizenDoesEverythingByChatting() throws Exception {
        assertThat(texts(event("follow"))).anySatisfy(text -> assertThat(text).contains("友だち追加ありがとうございます"));

        // A request before the welcome's consent waits for it and goes on after it.
        assertThat(texts(say("今週末、青島で環境のボランティアないですか？")))
                .anySatisfy(text -> assertThat(text).contains("ご用件は承りました"));
        JsonNode found = say("はい");
        assertThat(cardTexts(found)).anySatisfy(card -> assertThat(card).contains("青島海岸ビーチクリーン"));
        String signUp = buttonData(found, "青島海岸ビーチクリーン", "申し込む");

        assertThat(texts(postback(signUp))).anySatisfy(text -> assertThat(text).contains("お名前"));
        assertThat(texts(say("宮崎 花子"))).anySatisfy(text -> assertThat(text).contains("電話番号かメールアドレス"));
        assertThat(texts(say("090-1234-5678"))).anySatisfy(text -> assertThat(text).contains("何名"));
        assertThat(texts(say("2人"))).anySatisfy(text -> assertThat(text).contains("主催者に伝え"));
        assertThat(texts(say("はい"))).anySatisfy(text -> assertThat(text).contains("2名で申し込みます"));
        assertThat(texts(say("はい"))).anySatisfy(text -> assertThat(text)
                .contains("お申し込みを受け付けました", "青島海岸ビーチクリーン", "受付番号"));

        JsonNode mine = say("申し込んだやつ見せて");
        assertThat(cardTexts(mine)).anySatisfy(card -> assertThat(card).contains("青島海岸ビーチクリーン", "確定"));
        assertThat(texts(postback(buttonData(mine, "青島海岸ビーチクリーン", "キャンセル"))))
                .anySatisfy(text -> assertThat(text).contains("キャンセルします"));
        assertThat(texts(say("はい"))).anySatisfy(text -> assertThat(text).contains("お申し込みを取り消しました"));
        assertThat(cardTexts(say("申し込み状況は？"))).isEmpty();

        assertThat(texts(say("地域コミュニティ活動交付金の締め切りはいつ？")))
                .anySatisfy(text -> assertThat(text).contains("地域コミュニティ活動交付金の締め切りは"));

        assertThat(cardTexts(say("清武で部屋を借りたい"))).isNotEmpty()
                .allSatisfy(card -> assertThat(card).contains("清武"));

        JsonNode consult = say("NPO法人を作りたいので相談したいです");
        assertThat(texts(consult)).as("the topic is taken from the message").anySatisfy(text -> assertThat(text)
                .contains("ご相談の内容"));
        JsonNode where = say("仲間5人でNPO法人を立ち上げたいのですが、手続きがわかりません");
        assertThat(texts(where)).anySatisfy(text -> assertThat(text).contains("活動している地域"));
        assertThat(texts(postback(quickReplyData(where, "中央"))))
                .anySatisfy(text -> assertThat(text).contains("お返事の方法"));
        assertThat(texts(say("LINEで"))).anySatisfy(text -> assertThat(text).contains("ご相談を受け付けました"));

        assertThat(texts(say("防災の通知を受け取りたい"))).anySatisfy(text -> assertThat(text).contains("設定しました"));

        assertThat(texts(say("私のデータを全部消して"))).anySatisfy(text -> assertThat(text).contains("すべて削除します"));
        assertThat(texts(say("はい"))).anySatisfy(text -> assertThat(text).contains("すべて削除しました"));

        assertThat(redis.keys("*" + USER + "*")).isEmpty();
        assertThat(redis.keys("kyodo:*")).allSatisfy(key -> {
            String type = redis.type(key).code();
            if (type.equals("set")) {
                assertThat(redis.opsForSet().isMember(key, USER)).as(key).isFalse();
            }
        });
    }

    @Test
    void twoCitizensTakingTheLastPlaceAtOnceOneGetsItTheOtherIsOfferedTheWaitlist() throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(6);
        catalog.save(new Opportunity("opp-last-place", OpportunityKind.VOLUNTEER, "田野の森の間伐体験", "間伐を体験します",
                Category.ENVIRONMENT, "田野", "田野運動公園", start, start.plusHours(3), 1, "田野まちづくり推進委員会",
                "0985-00-0000", false));
        List<String> citizens = List.of("U1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a", "U2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b");
        for (String citizen : citizens) {
            send(citizen, Map.of("postback", "intent=volunteer.signup&opportunity=opp-last-place"));
            send(citizen, Map.of("text", "宮崎 太郎"));
            send(citizen, Map.of("text", "taro@example.jp"));
            send(citizen, Map.of("text", "1"));
            assertThat(texts(send(citizen, Map.of("text", "はい")))).anySatisfy(text -> assertThat(text)
                    .contains("田野の森の間伐体験"));
        }

        List<CompletableFuture<List<String>>> answers = citizens.stream().map(citizen -> CompletableFuture.supplyAsync(
                () -> texts(send(citizen, Map.of("text", "はい"))))).toList();

        List<String> both = answers.stream().map(CompletableFuture::join).map(texts -> String.join("\n", texts))
                .toList();
        assertThat(both).filteredOn(text -> text.contains("お申し込みを受け付けました")).hasSize(1);
        assertThat(both).filteredOn(text -> text.contains("キャンセル待ち")).hasSize(1);
    }

    private JsonNode say(String text) throws Exception {
        return send(Map.of("userId", USER, "text", text));
    }

    private JsonNode send(String citizen, Map<String, String> request) {
        Map<String, String> withUser = new java.util.HashMap<>(request);
        withUser.put("userId", citizen);
        try {
            return send(withUser);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode postback(String data) throws Exception {
        return send(Map.of("userId", USER, "postback", data));
    }

    private JsonNode event(String event) throws Exception {
        return send(Map.of("userId", USER, "event", event));
    }

    private JsonNode send(Map<String, String> request) throws Exception {
        return messages(request);
    }
}

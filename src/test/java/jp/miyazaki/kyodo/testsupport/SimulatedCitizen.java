package jp.miyazaki.kyodo.testsupport;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.OpportunityKind;

import static org.assertj.core.api.Assertions.assertThat;

/** A citizen talking to a {@link RunningBot} through the simulator API, as the topology tests need. */
public record SimulatedCitizen(RunningBot bot, String userId) {

    public static final String ACCEPTED = "お申し込みを受け付けました";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An activity next week with room for {@code capacity}, saved straight into the catalog. */
    public static void offerActivity(RunningBot bot, String id, String title, int capacity) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(6);
        bot.bean(CatalogRepository.class).save(new Opportunity(id, OpportunityKind.VOLUNTEER, title, "森の手入れをします",
                Category.ENVIRONMENT, "田野", "田野運動公園", start, start.plusHours(3), capacity, "田野まちづくり推進委員会",
                "0985-00-0000", false));
    }

    /** The sign-up conversation for one place; the answer to the last step (accepted or not). */
    public HttpResponse<String> signsUpFor(String opportunityId) {
        answered(send("postback", "intent=volunteer.signup&opportunity=" + opportunityId));
        answered(says("宮崎 太郎"));
        answered(says("taro@example.jp"));
        answered(says("1"));
        answered(says("はい"));
        return says("はい");
    }

    public HttpResponse<String> says(String text) {
        return send("text", text);
    }

    public HttpResponse<String> send(String field, String value) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("userId", userId);
        request.put(field, value);
        try {
            return bot.simulate(JSON.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answered(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}

package jp.miyazaki.kyodo.simulator;

import static jp.miyazaki.kyodo.testsupport.SimulatorMessages.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.OpportunityKind;

/**
 * English through the simulator: the profile's language ({@code "language"}), a message in English, the explicit
 * choice in chat, and a sign-up completed with English prompts.
 */
class SimulatorLanguageIntegrationTests extends SimulatorIntegrationTest {

    @Autowired
    private CatalogRepository catalog;

    /** The English understanding reads it: the search runs at once instead of the fallback's menu. */
    @Test
    void aMessageInEnglishIsUnderstoodAndSearchedAtOnce() {
        String citizen = "U3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c31";

        JsonNode answer = send(citizen, "text", "I want to volunteer in Miyazaki", null);

        assertThat(String.join("\n", texts(answer))).doesNotContain("すみません").doesNotContain("ご用件")
                .doesNotContain("did not understand");
        assertThat(answer.toString()).contains("\"type\":\"carousel\"", "intent=volunteer.signup&opportunity=");
        assertThat(redis.opsForHash().get("kyodo:user:" + citizen, "languageChosen")).isNull();
    }

    @Test
    void anExplicitChoiceOverridesTheProfileUntilChangedAgain() {
        String citizen = "U4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d41";

        assertThat(texts(send(citizen, "text", "English", "ja"))).anySatisfy(text -> assertThat(text)
                .contains("I will answer in English"));
        assertThat(String.join("\n", texts(send(citizen, "text", "ヘルプ", "ja")))).contains("What I can do");
        assertThat(texts(send(citizen, "text", "やさしい日本語", "ja"))).anySatisfy(text -> assertThat(text)
                .contains("やさしい 日本語で こたえます"));
        assertThat(String.join("\n", texts(send(citizen, "text", "ヘルプ", null)))).contains("できる ことです");
        assertThat(texts(send(citizen, "text", "日本語", "en"))).anySatisfy(text -> assertThat(text)
                .contains("日本語で"));
        assertThat(String.join("\n", texts(send(citizen, "text", "ヘルプ", "en")))).contains("できることの一覧です");
    }

    @Test
    void aSignUpCanBeCompletedWithEnglishPrompts() {
        String citizen = "U5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e51";
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(5);
        catalog.save(new Opportunity("opp-english-signup", OpportunityKind.VOLUNTEER, "青島海岸のごみ拾い", "海岸を清掃します",
                Category.ENVIRONMENT, "青島", "青島海岸", start, start.plusHours(2), 10, "青島地区まちづくり推進委員会",
                "0985-00-0000", false));

        String askName = String.join("\n", texts(send(citizen, "postback",
                "intent=volunteer.signup&opportunity=opp-english-signup", "en")));
        String askContact = String.join("\n", texts(send(citizen, "text", "Taro Yamada", null)));
        String askPeople = String.join("\n", texts(send(citizen, "text", "taro@example.jp", null)));
        String askConsent = String.join("\n", texts(send(citizen, "text", "2", null)));
        String askConfirm = String.join("\n", texts(send(citizen, "text", "yes", null)));
        String done = String.join("\n", texts(send(citizen, "text", "yes", null)));

        assertThat(askName).contains("Please send your name");
        assertThat(askContact).contains("phone number or e-mail address");
        assertThat(askPeople).contains("How many people");
        assertThat(askConsent).contains("used only for this activity");
        assertThat(askConfirm).contains("You are signing up 2 for 青島海岸のごみ拾い");
        assertThat(done).contains("You are signed up.").contains("Reference: ");
    }

    private JsonNode send(String citizen, String field, String value, String profileLanguage) {
        Map<String, String> request = new HashMap<>(Map.of("userId", citizen, field, value));
        if (profileLanguage != null) {
            request.put("language", profileLanguage);
        }
        return messages(request);
    }
}

package jp.miyazaki.kyodo.citizen;

import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.batch;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.follow;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import jp.miyazaki.kyodo.privacy.PersonalData;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * The citizen's language comes from the LINE profile (WireMock, checked against LINE's OpenAPI document), read on
 * follow and not again on every message, kept in the citizen's profile hash and erased with their data.
 */
class CitizenLanguageIntegrationTests extends KyodoIntegrationTest {

    private static final String ENGLISH_READER = "U0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e01";
    private static final String FRENCH_READER = "U0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f02";

    @Autowired
    private PersonalData personalData;

    @BeforeEach
    void forgetLine() {
        LINE.reset();
    }

    @Test
    void aFollowerWhoseProfileSaysEnglishIsWelcomedInEnglishAndTheProfileIsReadOnce() {
        LINE.profileLanguage(ENGLISH_READER, "en");

        deliverSigned(batch(follow(ENGLISH_READER, System.currentTimeMillis())));
        String welcome = nextReply(1);
        deliverSigned(batch(text(ENGLISH_READER, "ヘルプ", System.currentTimeMillis())));
        String help = nextReply(2);

        assertThat(welcome).contains("Thank you for adding").doesNotContain("友だち追加ありがとうございます");
        assertThat(help).contains("What I can do");
        assertThat(LINE.profileReads(ENGLISH_READER)).isEqualTo(1);
        assertThat(redis.opsForHash().get("kyodo:user:" + ENGLISH_READER, "language")).isEqualTo("en");

        personalData.erase(ENGLISH_READER);
        assertThat(redis.hasKey("kyodo:user:" + ENGLISH_READER)).isFalse();
    }

    @Test
    void aMessageIsAnsweredWithoutWaitingForTheProfileWhichCountsFromTheNextOne() {
        String citizen = "U00000000000000000000000000lang03";
        LINE.profileLanguage(citizen, "en");

        deliverSigned(batch(text(citizen, "ヘルプ", System.currentTimeMillis())));
        String first = nextReply(1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "en".equals(redis.opsForHash().get("kyodo:user:" + citizen, "language")));
        deliverSigned(batch(text(citizen, "ヘルプ", System.currentTimeMillis())));
        String second = nextReply(2);

        assertThat(first).as("answered in the language known so far, not after LINE's profile call")
                .doesNotContain("What I can do");
        assertThat(second).contains("What I can do");
        assertThat(LINE.profileReads(citizen)).isEqualTo(1);
        personalData.erase(citizen);
    }

    @Test
    void aProfileInAnotherLanguageIsAnsweredInEnglish() {
        LINE.profileLanguage(FRENCH_READER, "fr");

        deliverSigned(batch(follow(FRENCH_READER, System.currentTimeMillis())));

        assertThat(nextReply(1)).contains("Thank you for adding");
        personalData.erase(FRENCH_READER);
    }

    private String nextReply(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> LINE.requests(LineApiMock.REPLY).size() >= count);
        List<LoggedRequest> replies = LINE.requests(LineApiMock.REPLY);
        return replies.get(count - 1).getBodyAsString();
    }
}

package jp.miyazaki.kyodo.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.OpportunityKind;
import jp.miyazaki.kyodo.signup.SignUpOutcome;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/** A citizen moved up from the waitlist hears about it on LINE, once. */
class WaitlistPromotionNoticeIntegrationTests extends KyodoIntegrationTest {

    @Autowired
    private CatalogRepository catalog;

    @Autowired
    private SignUps signUps;

    @Test
    void pushesTheGoodNewsToWhoeverMovedUp() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(5);
        catalog.save(new Opportunity("opp-waitlist", OpportunityKind.VOLUNTEER, "木花の竹林整備", "竹を切ります",
                Category.ENVIRONMENT, "木花", "木花公民館", start, start.plusHours(2), 1, "木花まちづくり推進委員会",
                "0985-00-0000", false));
        String first = "Ufirst00000000000000000000000001";
        String waiting = "Uwaiting000000000000000000000001";
        assertThat(signUps.signUp("opp-waitlist", first, "宮崎一郎", "090-0000-0001", 1, false).kind())
                .isEqualTo(SignUpOutcome.Kind.CONFIRMED);
        assertThat(signUps.signUp("opp-waitlist", waiting, "宮崎花子", "090-0000-0002", 1, true).kind())
                .isEqualTo(SignUpOutcome.Kind.WAITLISTED);

        signUps.cancel("opp-waitlist", first);

        await().atMost(Duration.ofSeconds(5)).until(() -> LINE.requests(LineApiMock.PUSH).size() == 1);
        String push = LINE.requests(LineApiMock.PUSH).get(0).getBodyAsString();
        assertThat(push).contains("\"to\":\"" + waiting + "\"").contains("木花の竹林整備").contains("参加が確定");
    }
}

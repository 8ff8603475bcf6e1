package jp.miyazaki.kyodo.webhook;

import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.batch;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.follow;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.subscription.Segment;
import jp.miyazaki.kyodo.subscription.Subscription;
import jp.miyazaki.kyodo.subscription.Subscriptions;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * A citizen who has just added the bot, through signed webhooks: what they ask before the consent question is
 * answered waits in their session in Redis and is carried on afterwards, and the notices the welcome promises
 * are on.
 */
class NewFollowerIntegrationTests extends KyodoIntegrationTest {

    private final long now = System.currentTimeMillis();

    @Autowired
    private Subscriptions subscriptions;

    @Test
    void carriesOnASignUpAskedForBeforeConsent() {
        String user = "Unewfollower00000000000000000001";
        deliverSigned(batch(follow(user, now)));
        assertThat(reply(1)).contains("利用規約");

        deliverSigned(batch(text(user, "青島海岸ビーチクリーンに申し込みたい", now + 1_000)));
        assertThat(reply(2)).contains("ご用件は承りました").contains("同意いただけますか")
                .doesNotContain("お名前");
        String session = "kyodo:session:" + user;
        assertThat(redis.opsForValue().get(session)).as("the request waits in the citizen's session")
                .contains("\"signup\"");
        assertThat(redis.getExpire(session)).as("and goes with the session when it is left alone").isPositive();

        deliverSigned(batch(text(user, "はい", now + 2_000)));
        assertThat(reply(3)).contains("先ほどのお申し込みを続けます").contains("青島海岸ビーチクリーン")
                .contains("お名前").doesNotContain("お住まいの地域");
    }

    @Test
    void forgetsTheWaitingRequestWithTheCitizensData() {
        String user = "Unewfollower00000000000000000002";
        deliverSigned(batch(follow(user, now)));
        reply(1);
        deliverSigned(batch(text(user, "青島海岸ビーチクリーンに申し込みたい", now + 1_000)));
        reply(2);

        deliverSigned(batch(text(user, "私のデータをすべて削除してください", now + 2_000)));
        assertThat(reply(3)).contains("すべて削除します");
        deliverSigned(batch(text(user, "はい", now + 3_000)));
        assertThat(reply(4)).contains("すべて削除しました");

        assertThat(redis.hasKey("kyodo:session:" + user)).isFalse();
        deliverSigned(batch(text(user, "こんにちは", now + 4_000)));
        assertThat(reply(5)).doesNotContain("先ほど").doesNotContain("青島海岸ビーチクリーン");
    }

    @Test
    void followsTheDistrictAndFieldsWhenItPromisedNotices() {
        String user = "Unewfollower00000000000000000003";
        deliverSigned(batch(follow(user, now)));
        reply(1);
        deliverSigned(batch(text(user, "はい", now + 1_000)));
        assertThat(reply(2)).contains("お住まいの地域");
        deliverSigned(batch(text(user, "青島", now + 2_000)));
        assertThat(reply(3)).contains("関心のある分野");
        deliverSigned(batch(text(user, "子育てと環境", now + 3_000)));
        assertThat(reply(4)).contains("お知らせしてもよろしいですか");

        deliverSigned(batch(text(user, "はい", now + 4_000)));
        assertThat(reply(5)).contains("LINEでお知らせします");

        Subscription subscription = subscriptions.find(user).orElseThrow();
        assertThat(subscription.noticesAccepted()).isTrue();
        assertThat(subscription.active()).isTrue();
        assertThat(subscription.categories()).containsExactlyInAnyOrder(Category.CHILDCARE, Category.ENVIRONMENT);
        assertThat(subscription.districts()).containsExactly("青島");
        assertThat(subscriptions.recipients(new Segment(List.of(Category.ENVIRONMENT), List.of("青島"))))
                .contains(user);
        assertThat(subscriptions.recipients(new Segment(List.of(Category.SPORTS), List.of("青島"))))
                .doesNotContain(user);
    }

    @Test
    void leavesNoticesOffWhenTheCitizenDeclinedThem() {
        String user = "Unewfollower00000000000000000004";
        deliverSigned(batch(follow(user, now)));
        reply(1);
        deliverSigned(batch(text(user, "はい", now + 1_000)));
        reply(2);
        deliverSigned(batch(text(user, "清武", now + 2_000)));
        reply(3);
        deliverSigned(batch(text(user, "福祉", now + 3_000)));
        reply(4);

        deliverSigned(batch(text(user, "いいえ", now + 4_000)));
        assertThat(reply(5)).contains("お知らせはお送りしません").doesNotContain("登録しました");

        assertThat(subscriptions.find(user).filter(Subscription::noticesAccepted)).isEmpty();
        assertThat(subscriptions.recipients(Segment.EVERYONE)).doesNotContain(user);
        assertThat(subscriptions.profile(user).orElseThrow().district()).isEqualTo("清武");
    }

    /** The body of the {@code count}-th reply, once LINE has received it. */
    private static String reply(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> LINE.requests(LineApiMock.REPLY).size() >= count);
        return LINE.requests(LineApiMock.REPLY).get(count - 1).getBodyAsString();
    }
}

package jp.miyazaki.kyodo.unanswered;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.nlu.LanguageUnderstanding;
import jp.miyazaki.kyodo.nlu.NluConfiguration;
import jp.miyazaki.kyodo.nlu.UnansweredLog;
import jp.miyazaki.kyodo.nlu.UnansweredReview;
import jp.miyazaki.kyodo.nlu.UnansweredUtterance;
import jp.miyazaki.kyodo.nlu.Understanding;
import jp.miyazaki.kyodo.testsupport.RedisClients;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;

class UnansweredConfigurationTests {

    private static final ZonedDateTime TUESDAY = ZonedDateTime.parse("2026-12-01T10:00:00+09:00[Asia/Tokyo]");
    private static final String KEY = "test:config:nlu:unanswered";

    private final StringRedisTemplate redis = RedisClients.template(RedisTestServer.shared());

    /** Both orders, because the order configurations are read in once decided whether the review existed. */
    private ApplicationContextRunner runner(Class<?>... configurations) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(configurations)
                .withBean(StringRedisTemplate.class, () -> redis)
                .withPropertyValues("kyodo.dialogs-dir=dialogs", "kyodo.unanswered.key=" + KEY);
    }

    @Test
    void withTheLogFallbacksAreKeptForReviewWhicheverConfigurationComesFirst() {
        for (ApplicationContextRunner runner : new ApplicationContextRunner[] {
                runner(NluConfiguration.class, UnansweredConfiguration.class),
                runner(UnansweredConfiguration.class, NluConfiguration.class)}) {
            redis.delete(KEY);
            runner.run(context -> {
                LanguageUnderstanding understanding = context.getBean(LanguageUnderstanding.class);
                UnansweredReview review = context.getBean(UnansweredReview.class);
                Understanding weather = understanding.parse("明日の天気を教えて", TUESDAY);
                assertThat(weather.intent().name()).isEqualTo(Understanding.FALLBACK);
                review.consider("明日の天気を教えて", weather);
                review.consider("ボランティアを探しています", understanding.parse("ボランティアを探しています", TUESDAY));
                assertThat(context.getBean(UnansweredLog.class).recent(10))
                        .extracting(UnansweredUtterance::maskedText).containsExactly("明日の天気を教えて");
            });
        }
    }
}

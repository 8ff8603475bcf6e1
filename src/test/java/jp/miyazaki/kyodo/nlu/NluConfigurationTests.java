package jp.miyazaki.kyodo.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

class NluConfigurationTests {

    private static final ZonedDateTime TUESDAY = ZonedDateTime.parse("2026-12-01T10:00:00+09:00[Asia/Tokyo]");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(NluConfiguration.class)
            .withPropertyValues("kyodo.dialogs-dir=dialogs");

    /** Collects entries in memory. */
    static final class ListLog implements UnansweredLog {
        final List<UnansweredUtterance> entries = new ArrayList<>();

        @Override
        public void record(UnansweredUtterance utterance) {
            entries.add(utterance);
        }

        @Override
        public List<UnansweredUtterance> recent(int limit) {
            return entries;
        }
    }

    @Test
    void withAnUnansweredLogFallbacksAreKeptForReview() {
        ListLog log = new ListLog();
        runner.withBean(UnansweredLog.class, () -> log).run(context -> {
            LanguageUnderstanding understanding = context.getBean(LanguageUnderstanding.class);
            UnansweredReview review = context.getBean(UnansweredReview.class);
            Understanding weather = understanding.parse("明日の天気を教えて", TUESDAY);
            assertThat(weather.intent().name()).isEqualTo(Understanding.FALLBACK);
            review.consider("明日の天気を教えて", weather);
            review.consider("ボランティアを探しています", understanding.parse("ボランティアを探しています", TUESDAY));
            assertThat(log.entries).extracting(UnansweredUtterance::maskedText).containsExactly("明日の天気を教えて");
        });
    }

    @Test
    void withoutALogNothingIsKept() {
        runner.run(context -> {
            assertThat(context.getBean(LanguageUnderstanding.class)).isInstanceOf(NaturalLanguageUnderstanding.class);
            assertThat(context.getBeansOfType(UnansweredReview.class)).isEmpty();
        });
    }

    @Test
    void bindsTheThreshold() {
        runner.withPropertyValues("kyodo.nlu.threshold=0.55").run(context ->
                assertThat(context.getBean(NaturalLanguageUnderstanding.class).threshold()).isEqualTo(0.55));
    }

    @Test
    void refusesAThresholdOutsideZeroToOne() {
        runner.withPropertyValues("kyodo.nlu.threshold=1.5").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("kyodo.nlu");
        });
    }
}

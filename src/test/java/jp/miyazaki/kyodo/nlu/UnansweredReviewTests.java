package jp.miyazaki.kyodo.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class UnansweredReviewTests {

    private static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");

    /** Keeps entries in memory, like the Redis log but without Redis. */
    private static final class ListLog implements UnansweredLog {
        final List<UnansweredUtterance> entries = new ArrayList<>();
        boolean failing;

        @Override
        public void record(UnansweredUtterance utterance) {
            if (failing) {
                throw new IllegalStateException("redis down");
            }
            entries.add(0, utterance);
        }

        @Override
        public List<UnansweredUtterance> recent(int limit) {
            return entries.subList(0, Math.min(limit, entries.size()));
        }
    }

    private static Understanding answering(String intent, double confidence) {
        IntentScore score = new IntentScore(intent, confidence);
        return new Understanding(score, List.of(score), Slots.NONE, List.of());
    }

    private final ListLog log = new ListLog();
    private final UnansweredReview review = new UnansweredReview(log,
            new PersonalDataMask(new MorphologicalAnalyzer()), 0.6, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void recordsFallbackWithMaskedTextRankingAndTime() {
        review.consider("天気は? 090-1234-5678", answering(Understanding.FALLBACK, 0.9));
        assertThat(log.entries).containsExactly(new UnansweredUtterance("天気は? [電話番号]",
                List.of(new IntentScore(Understanding.FALLBACK, 0.9)), NOW));
    }

    @Test
    void recordsLowConfidenceAnswersButNotConfidentOnes() {
        review.consider("なんかある?", answering("activity.search", 0.5));
        review.consider("ボランティアを探しています", answering("activity.search", 0.95));
        assertThat(log.entries).extracting(UnansweredUtterance::maskedText).containsExactly("なんかある?");
    }

    @Test
    void aDeclinedQuestionKeepsTheMessageOnceWhetherOrNotItWasKeptWhenItCame() {
        Understanding unsure = answering("group.search", 0.53);
        review.consider("環境の団体のボランティア", unsure);
        review.declined("環境の団体のボランティア", unsure);
        Understanding close = answering("activity.search", 0.62);
        review.consider("週末の予定を見たい", close);
        review.declined("週末の予定を見たい", close);

        assertThat(log.entries).extracting(UnansweredUtterance::maskedText)
                .containsExactly("週末の予定を見たい", "環境の団体のボランティア");
    }

    @Test
    void aFailingLogFailsNothing() {
        log.failing = true;

        review.consider("天気", answering(Understanding.FALLBACK, 0.9));

        assertThat(log.entries).isEmpty();
    }
}

package jp.miyazaki.kyodo.unanswered;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.nlu.IntentScore;
import jp.miyazaki.kyodo.nlu.UnansweredLog;
import jp.miyazaki.kyodo.nlu.UnansweredUtterance;
import jp.miyazaki.kyodo.unanswered.UnansweredQuestions.BotAnswer;
import jp.miyazaki.kyodo.unanswered.UnansweredQuestions.Question;

class UnansweredQuestionsTests {

    private static final Instant T = Instant.parse("2026-12-02T07:18:00Z");

    @Test
    void eachQuestionNewestFirstSaysWhatTheBotDidAndHowManySimilarOnesCame() {
        List<UnansweredUtterance> log = List.of(
                new UnansweredUtterance("粗大ごみの出し方を教えて", List.of(new IntentScore("facility.search", 0.3)),
                        T.plusSeconds(20)),
                new UnansweredUtterance("宇宙人の好きな色は", List.of(new IntentScore("fallback", 0.8)),
                        T.plusSeconds(10)),
                new UnansweredUtterance("粗大ごみの出し方を教えてください",
                        List.of(new IntentScore("facility.search", 0.5)), T));
        UnansweredQuestions questions = new UnansweredQuestions(new UnansweredLog() {
            @Override
            public void record(UnansweredUtterance utterance) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<UnansweredUtterance> recent(int limit) {
                return log.subList(0, Math.min(limit, log.size()));
            }
        }, 0.4);

        assertThat(questions.latest(10)).containsExactly(
                new Question("粗大ごみの出し方を教えて", T.plusSeconds(20), BotAnswer.FALLBACK, 2),
                new Question("宇宙人の好きな色は", T.plusSeconds(10), BotAnswer.OUT_OF_SCOPE, 1),
                new Question("粗大ごみの出し方を教えてください", T, BotAnswer.LOW_CONFIDENCE, 2));
        assertThat(questions.grouped(10)).extracting(UnansweredGroups.Group::count).containsExactly(2, 1);
    }
}

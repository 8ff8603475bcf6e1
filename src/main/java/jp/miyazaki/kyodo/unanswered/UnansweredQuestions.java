package jp.miyazaki.kyodo.unanswered;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.miyazaki.kyodo.nlu.IntentScore;
import jp.miyazaki.kyodo.nlu.UnansweredLog;
import jp.miyazaki.kyodo.nlu.UnansweredUtterance;
import jp.miyazaki.kyodo.nlu.Understanding;

/**
 * What citizens asked that the bot could not answer, read from the unanswered log for the admin API and the
 * console alike: grouped by similar wording, or one by one, newest first, each with the size of its group.
 */
public final class UnansweredQuestions {

    /** Bigram Jaccard similarity from which two messages count as the same question. */
    static final double SAME_QUESTION = 0.5;

    private final UnansweredLog log;
    private final double threshold;
    private final UnansweredGroups groups = new UnansweredGroups(SAME_QUESTION);

    /** {@code threshold}: the confidence below which the bot answers with its fallback. */
    public UnansweredQuestions(UnansweredLog log, double threshold) {
        this.log = log;
        this.threshold = threshold;
    }

    /** The newest {@code limit} messages grouped, largest group first. */
    public List<UnansweredGroups.Group> grouped(int limit) {
        return groups.group(log.recent(limit));
    }

    /** The newest {@code limit} messages, newest first, each with how many of them were similar to it. */
    public List<Question> latest(int limit) {
        List<UnansweredUtterance> recent = log.recent(limit);
        List<Integer> similar = groups.sizes(recent);
        List<Question> questions = new ArrayList<>(recent.size());
        for (int i = 0; i < recent.size(); i++) {
            UnansweredUtterance utterance = recent.get(i);
            questions.add(new Question(utterance.maskedText(), utterance.at(), answer(utterance.ranking()),
                    similar.get(i)));
        }
        return questions;
    }

    private BotAnswer answer(List<IntentScore> ranking) {
        if (ranking.isEmpty() || ranking.get(0).name().equals(Understanding.FALLBACK)) {
            return BotAnswer.OUT_OF_SCOPE;
        }
        return ranking.get(0).confidence() < threshold ? BotAnswer.FALLBACK : BotAnswer.LOW_CONFIDENCE;
    }

    /** What the bot did with a message it could not answer with confidence. */
    public enum BotAnswer {
        /** It recognised nothing it handles. */
        OUT_OF_SCOPE,
        /** It guessed an intent too weakly to act on and said it did not understand. */
        FALLBACK,
        /** It answered, though not sure it understood. */
        LOW_CONFIDENCE
    }

    /** One message as the log keeps it (masked), and how many messages read were similar (itself included). */
    public record Question(String maskedText, Instant at, BotAnswer answer, int similar) {
    }
}

package jp.miyazaki.kyodo.nlu;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps, masked, every request the bot answered as {@code fallback} or below {@code reviewBelow} confidence in
 * the {@link UnansweredLog} for staff review; everything else citizens write is not stored. A failing log never
 * fails the conversation.
 */
public final class UnansweredReview {

    private static final Logger log = LoggerFactory.getLogger(UnansweredReview.class);

    private final UnansweredLog unanswered;
    private final PersonalDataMask mask;
    private final double reviewBelow;
    private final Clock clock;

    public UnansweredReview(UnansweredLog unanswered, PersonalDataMask mask, double reviewBelow, Clock clock) {
        this.unanswered = unanswered;
        this.mask = mask;
        this.reviewBelow = reviewBelow;
        this.clock = clock;
    }

    /** Records {@code text} if the bot could not answer it with confidence. */
    public void consider(String text, Understanding understanding) {
        if (unsure(understanding)) {
            record(text, understanding);
        }
    }

    /**
     * Records {@code text}, a request the citizen said the bot misread (「ちがう」 to 「〜ということですか？」), unless
     * {@link #consider} already kept it when it came, so one message is one entry.
     */
    public void declined(String text, Understanding understanding) {
        if (!unsure(understanding)) {
            record(text, understanding);
        }
    }

    private boolean unsure(Understanding understanding) {
        return understanding.is(Understanding.FALLBACK) || understanding.intent().confidence() < reviewBelow;
    }

    private void record(String text, Understanding understanding) {
        try {
            unanswered.record(new UnansweredUtterance(mask.mask(text), understanding.ranking(), clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Could not record an unanswered message for review: {}", e.getClass().getSimpleName());
        }
    }
}

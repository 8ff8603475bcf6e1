package jp.miyazaki.kyodo.nlu;

import java.time.Clock;
import java.time.ZonedDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every {@code fallback} and every answer below {@code reviewBelow} confidence, masked, in the
 * {@link UnansweredLog}; everything else citizens write is not stored. A failing log never fails the parse.
 */
public final class RecordingLanguageUnderstanding implements LanguageUnderstanding {

    private static final Logger log = LoggerFactory.getLogger(RecordingLanguageUnderstanding.class);

    private final LanguageUnderstanding delegate;
    private final UnansweredLog unanswered;
    private final PersonalDataMask mask;
    private final double reviewBelow;
    private final Clock clock;

    public RecordingLanguageUnderstanding(LanguageUnderstanding delegate, UnansweredLog unanswered,
            PersonalDataMask mask, double reviewBelow, Clock clock) {
        this.delegate = delegate;
        this.unanswered = unanswered;
        this.mask = mask;
        this.reviewBelow = reviewBelow;
        this.clock = clock;
    }

    @Override
    public Understanding parse(String text, ZonedDateTime referenceTime) {
        Understanding understanding = delegate.parse(text, referenceTime);
        if (understanding.is(Understanding.FALLBACK) || understanding.intent().confidence() < reviewBelow) {
            try {
                unanswered.record(new UnansweredUtterance(mask.mask(text), understanding.ranking(), clock.instant()));
            } catch (RuntimeException e) {
                log.warn("Could not record an unanswered message for review: {}", e.getClass().getSimpleName());
            }
        }
        return understanding;
    }
}

package jp.miyazaki.kyodo.nlu;

import java.time.ZonedDateTime;

/** Turns a citizen's message into an {@link Understanding}; dates are resolved against {@code referenceTime}. */
public interface LanguageUnderstanding {

    Understanding parse(String text, ZonedDateTime referenceTime);
}

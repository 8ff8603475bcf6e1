package jp.miyazaki.kyodo.nlu;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Reads each message with the model of its language, told by its script before any model reads it
 * ({@link MessageScript}, the rule that also picks the reply's language): a message in Latin script with the English
 * understanding, every other one with the Japanese, exactly as before English existed, except one English word the
 * Japanese cannot place. Without the English files the Japanese understanding reads everything.
 */
public final class BilingualUnderstanding implements LanguageUnderstanding {

    private final NaturalLanguageUnderstanding japanese;
    private final Optional<EnglishUnderstanding> english;

    public BilingualUnderstanding(NaturalLanguageUnderstanding japanese, Optional<EnglishUnderstanding> english) {
        this.japanese = japanese;
        this.english = english;
    }

    /**
     * One English word ("Grants?", "cancel") the Japanese understanding cannot place is read in English, and that
     * reading is taken when it is no fallback either.
     */
    @Override
    public Understanding parse(String text, ZonedDateTime referenceTime) {
        if (readsAsEnglish(text)) {
            return english.get().parse(text, referenceTime);
        }
        Understanding understood = japanese.parse(text, referenceTime);
        if (english.isPresent() && understood.is(Understanding.FALLBACK) && MessageScript.isLatinWord(text)) {
            Understanding inEnglish = english.get().parse(text, referenceTime);
            return inEnglish.is(Understanding.FALLBACK) ? understood : inEnglish;
        }
        return understood;
    }

    /** The needs and keywords of a search message, read by the model of its language. */
    public SearchWords searchWords(String text) {
        return english.filter(model -> readsAsEnglish(text)).map(model -> model.searchWords(text))
                .orElseGet(() -> japanese.searchWords(text));
    }

    /** Whether a message goes to the English understanding. */
    public boolean readsAsEnglish(String text) {
        return english.isPresent() && MessageScript.isLatin(text);
    }

    public NaturalLanguageUnderstanding japanese() {
        return japanese;
    }

    public Optional<EnglishUnderstanding> english() {
        return english;
    }
}

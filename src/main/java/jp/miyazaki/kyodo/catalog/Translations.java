package jp.miyazaki.kyodo.catalog;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The translations staff gave of an item's free text, by language: {@code {"en": {"title": …, "description": …}}}
 * in the admin API and in Redis alike. Japanese is the item itself; only {@link #LANGUAGES} can be given (やさしい
 * 日本語 readers keep the Japanese text). A language whose fields are all blank is left out, so an item without
 * translations is {@link #NONE} however it was written.
 */
public record Translations(Map<String, TranslatedText> byLanguage) {

    /** The languages an item may be translated into. */
    public static final Set<String> LANGUAGES = Set.of("en");

    public static final Translations NONE = new Translations(Map.of());

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Translations {
        Map<String, TranslatedText> kept = new TreeMap<>();
        if (byLanguage != null) {
            byLanguage.forEach((language, text) -> {
                if (!LANGUAGES.contains(language)) {
                    throw new IllegalArgumentException("items are translated into " + LANGUAGES + " only, not "
                            + language);
                }
                if (text != null && !text.isEmpty()) {
                    kept.put(language, text);
                }
            });
        }
        byLanguage = Map.copyOf(kept);
    }

    /** The English text alone. */
    public static Translations english(TranslatedText text) {
        return new Translations(text == null ? Map.of() : Map.of("en", text));
    }

    @JsonValue
    @Override
    public Map<String, TranslatedText> byLanguage() {
        return byLanguage;
    }

    /** The text in {@code language}, when staff gave one. */
    public Optional<TranslatedText> in(String language) {
        return Optional.ofNullable(byLanguage.get(language));
    }

    /** Whether an item can be translated into the reader's {@code language} (so a missing translation is noted). */
    public static boolean offeredIn(String language) {
        return LANGUAGES.contains(language);
    }

    /** One field in {@code language}, else {@code japanese}. */
    public String text(String language, Function<TranslatedText, String> field, String japanese) {
        return in(language).map(field).orElse(japanese);
    }

    /** Whether {@code field} is translated into {@code language}. */
    public boolean has(String language, Function<TranslatedText, String> field) {
        return in(language).map(field).isPresent();
    }
}

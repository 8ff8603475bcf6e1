package jp.miyazaki.kyodo.label;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum constant with a stable id and a label; flows, forms and the API may pass either, or the enum name. The
 * labels are wording, read from {@code dialogs/messages/<module>.yml} under {@link Labels#key the constant's key}
 * ({@code catalog.category.childcare}), in Japanese, English and やさしい日本語.
 */
public interface Labelled {

    /** The enum constant's name; every enum has it. */
    String name();

    /** The enum the constant belongs to; every enum has it. */
    Class<?> getDeclaringClass();

    /** The stable id in Redis, the API and the NLU vocabulary: the constant's name in lower case unless it says. */
    default String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Japanese label, for staff and for what is not said to one citizen. */
    default String label() {
        return label(Labels.JAPANESE);
    }

    /** The label in {@code language} ({@code ja}, {@code en}, {@code ja-easy}), as a citizen reads it. */
    default String label(String language) {
        return Labels.text(this, language);
    }

    /** The other words that name the constant besides its label (the label's {@code also}); often none. */
    default List<String> otherWords() {
        return Labels.also(this);
    }

    /** Words that name the constant inside a citizen's message (the label's {@code in-messages}); often none. */
    default List<String> wordsInMessages() {
        return Labels.inMessages(this);
    }

    /** Whether {@code word} is one of the {@link #otherWords() other words}, in any letter case. */
    default boolean isAlsoNamed(String word) {
        return otherWords().stream().anyMatch(other -> other.equalsIgnoreCase(word));
    }

    /** The constant named by its id or enum name (any letter case), its Japanese label, or one of its other words. */
    static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.id().equalsIgnoreCase(wanted) || e.name().equalsIgnoreCase(wanted)
                        || e.label().equals(wanted) || e.isAlsoNamed(wanted))
                .findFirst();
    }

    /** As {@link #parse}, for data that must name a constant (sample files): anything else is a mistake in it. */
    static <E extends Enum<E> & Labelled> E of(Class<E> type, String text) {
        return parse(type, text).orElseThrow(() -> new IllegalArgumentException("unknown "
                + type.getSimpleName() + ": " + text));
    }
}

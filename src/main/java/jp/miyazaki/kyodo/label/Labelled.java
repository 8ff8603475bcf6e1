package jp.miyazaki.kyodo.label;

import java.util.Arrays;
import java.util.Optional;

/** An enum constant with a stable id and a label; flows, forms and the API may pass either, or the enum name. */
public interface Labelled {

    String id();

    String label();

    /** Other words that name this constant besides its id, name and label; none unless it says so. */
    default boolean isAlsoNamed(String word) {
        return false;
    }

    /** True when the word is one of the parts of the label around 「・」 (会計 of 会計・税務), in any letter case. */
    default boolean hasLabelPart(String word) {
        return Arrays.stream(label().split("・")).anyMatch(part -> part.equalsIgnoreCase(word));
    }

    /** The constant named by its id or enum name (any letter case), its label, or one of its other words. */
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
}

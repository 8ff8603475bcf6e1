package jp.miyazaki.kyodo.dialog.flow;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of value a slot holds; each has its own way of reading a message (see {@link SlotReader}). */
public enum SlotType {
    CATEGORY, DISTRICT, DATE, KIND, TEXT, CONTACT, NUMBER, YES_NO, CATALOG_ID, CHOICE;

    /** The name used in flow files, e.g. {@code yes_no}. */
    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<SlotType> fromYaml(String name) {
        return Arrays.stream(values()).filter(type -> type.yamlName().equals(name)).findFirst();
    }

    /** Types the language understanding fills from any message, so a citizen can correct them at any time. */
    public boolean isEntity() {
        return this == CATEGORY || this == DISTRICT || this == DATE || this == KIND;
    }

    /** Types that accept nearly any text, so only a confident other intent may interrupt them. */
    public boolean isFreeText() {
        return this == TEXT || this == CATALOG_ID;
    }
}

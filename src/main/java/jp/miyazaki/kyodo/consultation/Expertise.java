package jp.miyazaki.kyodo.consultation;

import java.util.Optional;

import jp.miyazaki.kyodo.label.Labelled;

/**
 * A field of expertise a group may need help in, and that experts and supporting businesses register for. It
 * lives with consultations because a consultation says what it needs; the expert registry refers to it.
 */
public enum Expertise implements Labelled {
    ACCOUNTING("accounting", "会計・税務"),
    LAW("law", "法務・法人化"),
    IT("it", "IT・デジタル"),
    PUBLICITY("publicity", "広報"),
    FUNDRAISING("fundraising", "資金調達"),
    DESIGN("design", "デザイン");

    private final String id;
    private final String label;

    Expertise(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean isAlsoNamed(String word) {
        return hasLabelPart(word);
    }

    /** Accepts the id, the enum name, the label or a word of it (会計, 法務, IT…). */
    public static Optional<Expertise> parse(String text) {
        return Labelled.parse(Expertise.class, text);
    }
}

package jp.miyazaki.kyodo.consultation;

import java.util.Arrays;
import java.util.Optional;

/**
 * A field of expertise a group may need help in, and that experts and supporting businesses register for. It
 * lives with consultations because a consultation says what it needs; the expert registry refers to it.
 */
public enum Expertise {
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

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Accepts the id, the enum name, the label or a word of it (会計, 法務, IT…). */
    public static Optional<Expertise> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(values())
                .filter(e -> e.id.equalsIgnoreCase(wanted) || e.name().equalsIgnoreCase(wanted)
                        || e.label.equals(wanted)
                        || Arrays.stream(e.label.split("・")).anyMatch(part -> part.equalsIgnoreCase(wanted)))
                .findFirst();
    }
}

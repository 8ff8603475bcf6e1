package jp.miyazaki.kyodo.expert;

import java.util.Arrays;
import java.util.Optional;

/** Whether an entry is a person (税理士, 行政書士…) or a business that supports civic groups. */
public enum ExpertKind {
    INDIVIDUAL("individual", "個人の専門家"),
    BUSINESS("business", "支援企業");

    private final String id;
    private final String label;

    ExpertKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Accepts the id, the enum name or the label. */
    public static Optional<ExpertKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(values()).filter(k -> k.id.equalsIgnoreCase(wanted) || k.name().equalsIgnoreCase(wanted)
                || k.label.equals(wanted)).findFirst();
    }
}

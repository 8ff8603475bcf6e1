package jp.miyazaki.kyodo.expert;

import java.util.Optional;

import jp.miyazaki.kyodo.label.Labelled;

/** Whether an entry is a person (税理士, 行政書士…) or a business that supports civic groups. */
public enum ExpertKind implements Labelled {
    INDIVIDUAL("individual", "個人の専門家"),
    BUSINESS("business", "支援企業");

    private final String id;
    private final String label;

    ExpertKind(String id, String label) {
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

    /** Accepts the id, the enum name or the label. */
    public static Optional<ExpertKind> parse(String text) {
        return Labelled.parse(ExpertKind.class, text);
    }
}

package jp.miyazaki.kyodo.expert;

import java.util.Optional;

import jp.miyazaki.kyodo.label.Labelled;

/**
 * Whether an entry is a person (税理士, 行政書士…) or a business that supports civic groups; labels in
 * {@code dialogs/messages/expert.yml}.
 */
public enum ExpertKind implements Labelled {
    INDIVIDUAL, BUSINESS;

    /** Accepts the id, the enum name or the label. */
    public static Optional<ExpertKind> parse(String text) {
        return Labelled.parse(ExpertKind.class, text);
    }
}

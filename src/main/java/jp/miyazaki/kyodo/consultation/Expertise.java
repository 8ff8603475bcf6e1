package jp.miyazaki.kyodo.consultation;

import java.util.Optional;

import jp.miyazaki.kyodo.label.Labelled;

/**
 * A field of expertise a group may need help in, and that experts and supporting businesses register for. It
 * lives with consultations because a consultation says what it needs; the expert registry refers to it. Labels in
 * {@code dialogs/messages/consultation.yml}, with the parts of each (会計, 法務, IT…) as its {@code also} words.
 */
public enum Expertise implements Labelled {
    ACCOUNTING, LAW, IT, PUBLICITY, FUNDRAISING, DESIGN;

    /** Accepts the id, the enum name, the label or a word of it (会計, 法務, IT…). */
    public static Optional<Expertise> parse(String text) {
        return Labelled.parse(Expertise.class, text);
    }
}

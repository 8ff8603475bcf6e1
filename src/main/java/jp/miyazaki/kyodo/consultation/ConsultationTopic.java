package jp.miyazaki.kyodo.consultation;

import java.util.Optional;

import jp.miyazaki.kyodo.label.Labelled;

/**
 * What a group wants advice on; labels in {@code dialogs/messages/consultation.yml}, whose {@code also} words are
 * the parts of the label (会計, NPO設立, 広報…) a citizen may type alone.
 */
public enum ConsultationTopic implements Labelled {
    ACCOUNTING(Expertise.ACCOUNTING),
    INCORPORATION(Expertise.LAW),
    FUNDRAISING(Expertise.FUNDRAISING),
    PUBLICITY(Expertise.PUBLICITY),
    /** How to plan and run an activity (a drill, an event, a new group's first steps): the centre's own advice. */
    PLANNING(null),
    /** The citizen names the field they need an expert in. */
    EXPERT_MATCHING(null),
    OTHER(null);

    private final Expertise expertise;

    ConsultationTopic(Expertise expertise) {
        this.expertise = expertise;
    }

    /** {@code expert} for 専門家の紹介, as stored since the start; the others are their names in lower case. */
    @Override
    public String id() {
        return this == EXPERT_MATCHING ? "expert" : Labelled.super.id();
    }

    /** The field an expert for this topic works in; empty for 専門家の紹介 (asked), 活動の企画・運営 and その他. */
    public Optional<Expertise> expertise() {
        return Optional.ofNullable(expertise);
    }

    /** Accepts the id, the enum name, the label or a word of it (NPO設立, 会計, 広報…). */
    public static Optional<ConsultationTopic> parse(String text) {
        return Labelled.parse(ConsultationTopic.class, text);
    }
}

package jp.miyazaki.kyodo.consultation;

import java.util.Optional;

import jp.miyazaki.kyodo.label.Labelled;

/** What a group wants advice on. */
public enum ConsultationTopic implements Labelled {
    ACCOUNTING("accounting", "会計・経理", Expertise.ACCOUNTING),
    INCORPORATION("incorporation", "法人化・NPO設立", Expertise.LAW),
    FUNDRAISING("fundraising", "資金集め・助成金", Expertise.FUNDRAISING),
    PUBLICITY("publicity", "広報・情報発信", Expertise.PUBLICITY),
    /** How to plan and run an activity (a drill, an event, a new group's first steps): the centre's own advice. */
    PLANNING("planning", "活動の企画・運営", null),
    /** The citizen names the field they need an expert in. */
    EXPERT_MATCHING("expert", "専門家の紹介", null),
    OTHER("other", "その他", null);

    private final String id;
    private final String label;
    private final Expertise expertise;

    ConsultationTopic(String id, String label, Expertise expertise) {
        this.id = id;
        this.label = label;
        this.expertise = expertise;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** The field an expert for this topic works in; empty for 専門家の紹介 (asked), 活動の企画・運営 and その他. */
    public Optional<Expertise> expertise() {
        return Optional.ofNullable(expertise);
    }

    @Override
    public boolean isAlsoNamed(String word) {
        return hasLabelPart(word);
    }

    /** Accepts the id, the enum name, the label or a word of it (NPO, 会計, 広報…). */
    public static Optional<ConsultationTopic> parse(String text) {
        return Labelled.parse(ConsultationTopic.class, text);
    }
}

package jp.miyazaki.kyodo.consultation;

import java.util.Arrays;
import java.util.Optional;

/** What a group wants advice on. */
public enum ConsultationTopic {
    ACCOUNTING("accounting", "会計・経理"),
    INCORPORATION("incorporation", "法人化・NPO設立"),
    FUNDRAISING("fundraising", "資金集め・助成金"),
    PUBLICITY("publicity", "広報・情報発信"),
    EXPERT_MATCHING("expert", "専門家の紹介"),
    OTHER("other", "その他");

    private final String id;
    private final String label;

    ConsultationTopic(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Accepts the id, the enum name, the label or a word of it (NPO, 会計, 広報…). */
    public static Optional<ConsultationTopic> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(values())
                .filter(t -> t.id.equalsIgnoreCase(wanted) || t.name().equalsIgnoreCase(wanted)
                        || t.label.equals(wanted)
                        || Arrays.stream(t.label.split("・")).anyMatch(part -> part.equalsIgnoreCase(wanted)))
                .findFirst();
    }
}

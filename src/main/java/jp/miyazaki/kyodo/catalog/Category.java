package jp.miyazaki.kyodo.catalog;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The fields of civic activity; ids are the stable names shared with the NLU vocabulary. */
public enum Category {
    CHILDCARE("childcare", "子育て"),
    EDUCATION("education", "教育"),
    ENVIRONMENT("environment", "環境"),
    WELFARE("welfare", "福祉"),
    CULTURE("culture", "文化・芸術"),
    INTERNATIONAL("international", "国際交流"),
    COMMUNITY("community", "地域づくり"),
    DISASTER("disaster", "防災"),
    SPORTS("sports", "スポーツ");

    private final String id;
    private final String label;

    Category(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Accepts the id, the enum name or the Japanese label, as flows pass whichever the user chose. */
    public static Optional<Category> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(values())
                .filter(c -> c.id.equalsIgnoreCase(wanted) || c.name().equalsIgnoreCase(wanted)
                        || c.label.equals(wanted) || c.label.startsWith(wanted))
                .findFirst();
    }

    @JsonCreator
    static Category fromJson(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("unknown category: " + text));
    }
}

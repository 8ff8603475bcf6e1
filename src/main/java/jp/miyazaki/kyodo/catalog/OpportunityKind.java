package jp.miyazaki.kyodo.catalog;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What sort of opportunity it is. */
public enum OpportunityKind {
    VOLUNTEER("volunteer", "ボランティア"),
    EVENT("event", "イベント"),
    COURSE("course", "講座");

    private final String id;
    private final String label;

    OpportunityKind(String id, String label) {
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

    public static Optional<OpportunityKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(values())
                .filter(k -> k.id.equalsIgnoreCase(wanted) || k.name().equalsIgnoreCase(wanted)
                        || k.label.equals(wanted))
                .findFirst();
    }

    @JsonCreator
    static OpportunityKind fromJson(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("unknown kind: " + text));
    }
}

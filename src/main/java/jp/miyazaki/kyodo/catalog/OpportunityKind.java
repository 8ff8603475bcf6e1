package jp.miyazaki.kyodo.catalog;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import jp.miyazaki.kyodo.label.Labelled;

/** What sort of opportunity it is. */
public enum OpportunityKind implements Labelled {
    VOLUNTEER("volunteer", "ボランティア"),
    EVENT("event", "イベント"),
    COURSE("course", "講座");

    private final String id;
    private final String label;

    OpportunityKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<OpportunityKind> parse(String text) {
        return Labelled.parse(OpportunityKind.class, text);
    }

    @JsonCreator
    static OpportunityKind fromJson(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("unknown kind: " + text));
    }
}

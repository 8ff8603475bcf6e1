package jp.miyazaki.kyodo.catalog;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import jp.miyazaki.kyodo.label.Labelled;

/** The fields of civic activity; ids are the stable names shared with the NLU vocabulary. */
public enum Category implements Labelled {
    CHILDCARE("childcare", "子育て"),
    EDUCATION("education", "教育"),
    ENVIRONMENT("environment", "環境"),
    WELFARE("welfare", "福祉"),
    CULTURE("culture", "文化", "芸術"),
    INTERNATIONAL("international", "国際交流"),
    COMMUNITY("community", "地域づくり", "まちづくり"),
    DISASTER("disaster", "防災"),
    SPORTS("sports", "スポーツ");

    private final String id;
    private final String label;
    /** Other words for it: the NLU vocabulary (dialogs/entities.yml) labels community as まちづくり. */
    private final List<String> aliases;

    Category(String id, String label, String... aliases) {
        this.id = id;
        this.label = label;
        this.aliases = List.of(aliases);
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

    @Override
    public boolean isAlsoNamed(String word) {
        return aliases.contains(word);
    }

    /** Accepts the id, the enum name or the Japanese label, as flows pass whichever the user chose. */
    public static Optional<Category> parse(String text) {
        return Labelled.parse(Category.class, text);
    }

    @JsonCreator
    static Category fromJson(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("unknown category: " + text));
    }
}

package jp.miyazaki.kyodo.catalog;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import jp.miyazaki.kyodo.label.Labelled;

/**
 * What makes an opportunity easy to join for someone with a need: a closed set that staff tick. Ids are the stable
 * names of the admin API and of the need vocabulary ({@code needs} in {@code dialogs/entities.yml}); labels are the
 * console's (citizens read the card labels of {@code dialogs/messages/catalog.yml}).
 */
public enum OpportunityAttribute implements Labelled {
    CHILDREN_WELCOME("children_welcome", "子ども連れOK"),
    BEGINNERS("beginners", "初心者歓迎"),
    LIGHT_WORK("light_work", "軽作業・座ってできる"),
    WHEELCHAIR("wheelchair", "車いす可"),
    INDOORS("indoors", "屋内・雨天可"),
    ONLINE("online", "オンライン");

    private final String id;
    private final String label;

    OpportunityAttribute(String id, String label) {
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

    public static Optional<OpportunityAttribute> parse(String text) {
        return Labelled.parse(OpportunityAttribute.class, text);
    }

    /**
     * Whether every one of {@code names} (ids, enum names or labels, as the admin API and the console's checkboxes
     * send them) is an attribute; the check both of them make. None at all is fine.
     */
    public static boolean allKnown(Collection<String> names) {
        return names == null || names.stream().allMatch(name -> parse(name).isPresent());
    }

    /** The attributes {@code names} name (see {@link #allKnown}); none for null. */
    public static Set<OpportunityAttribute> of(Collection<String> names) {
        if (names == null) {
            return Set.of();
        }
        return names.stream().map(name -> parse(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown attribute: " + name))).collect(Collectors.toUnmodifiableSet());
    }

    @JsonCreator
    static OpportunityAttribute fromJson(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("unknown attribute: " + text));
    }
}

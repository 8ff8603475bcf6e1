package jp.miyazaki.kyodo.group;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import jp.miyazaki.kyodo.label.Labelled;

/** What sort of group it is; ids are stable in Redis and the API, labels are what citizens and staff read. */
public enum GroupKind implements Labelled {
    CIVIC("civic", "市民活動団体"),
    COUNCIL("council", "地域まちづくり推進委員会", "まちづくり推進委員会", "推進委員会"),
    NPO("npo", "NPO法人", "NPO", "ＮＰＯ", "npo", "ｎｐｏ"),
    BUSINESS("business", "企業・事業者", "企業", "事業者");

    private final String id;
    private final String label;
    /** Words in a citizen's message that name this kind (「清武の地域まちづくり推進委員会」). */
    private final List<String> words;

    GroupKind(String id, String label, String... words) {
        this.id = id;
        this.label = label;
        this.words = List.of(words);
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

    /** Accepts the id, the enum name or the label. */
    public static Optional<GroupKind> parse(String text) {
        return Labelled.parse(GroupKind.class, text);
    }

    /** The kind a message names, longest words first so 地域まちづくり推進委員会 is not read as a plain group. */
    public static Optional<GroupKind> namedIn(String message) {
        if (message == null) {
            return Optional.empty();
        }
        for (GroupKind kind : List.of(COUNCIL, NPO, BUSINESS, CIVIC)) {
            if (message.contains(kind.label) || kind.words.stream().anyMatch(message::contains)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    @JsonCreator
    static GroupKind fromJson(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("unknown group kind: " + text));
    }
}

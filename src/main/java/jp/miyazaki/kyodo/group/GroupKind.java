package jp.miyazaki.kyodo.group;

import java.util.List;
import java.util.Optional;

import jp.miyazaki.kyodo.label.Labelled;
import jp.miyazaki.kyodo.label.LabelledJson;

/**
 * What sort of group it is; ids are stable in Redis and the API, labels ({@code group.group-kind.*} in
 * {@code dialogs/messages/group.yml}) are what citizens and staff read, and their {@code in-messages} words are how
 * a citizen's message may name the kind (「清武の地域まちづくり推進委員会」).
 */
public enum GroupKind implements LabelledJson {
    CIVIC, COUNCIL, NPO, BUSINESS;

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
            if (message.contains(kind.label()) || kind.wordsInMessages().stream().anyMatch(message::contains)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

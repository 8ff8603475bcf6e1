package jp.miyazaki.kyodo.catalog;

import java.util.Optional;

import jp.miyazaki.kyodo.label.Labelled;
import jp.miyazaki.kyodo.label.LabelledJson;

/** What sort of opportunity it is; labels in {@code dialogs/messages/catalog.yml}. */
public enum OpportunityKind implements LabelledJson {
    VOLUNTEER, EVENT, COURSE;

    public static Optional<OpportunityKind> parse(String text) {
        return Labelled.parse(OpportunityKind.class, text);
    }
}

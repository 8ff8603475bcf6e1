package jp.miyazaki.kyodo.catalog;

import java.util.Optional;

import jp.miyazaki.kyodo.label.Labelled;
import jp.miyazaki.kyodo.label.LabelledJson;

/**
 * The fields of civic activity; ids are the stable names shared with the NLU vocabulary, labels are in
 * {@code dialogs/messages/catalog.yml} ({@code catalog.category.*}).
 */
public enum Category implements LabelledJson {
    CHILDCARE, EDUCATION, ENVIRONMENT, WELFARE, CULTURE, INTERNATIONAL, COMMUNITY, DISASTER, SPORTS;

    /** Accepts the id, the enum name or the Japanese label, as flows pass whichever the user chose. */
    public static Optional<Category> parse(String text) {
        return Labelled.parse(Category.class, text);
    }
}

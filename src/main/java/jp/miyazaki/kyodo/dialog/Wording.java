package jp.miyazaki.kyodo.dialog;

import java.util.Map;

/**
 * The sentences that actions put together for a citizen, by key, from {@code dialogs/messages/<module>.yml}, so
 * that Java holds no citizen-facing wording. A key names its module and its use ({@code signup.confirmed});
 * {@code {{name}}} placeholders take the values given.
 *
 * <p>Call it with the key written out as a literal ({@code wording.text("signup.confirmed", values)}): a test
 * reads those calls to prove every key exists and every key in the files is used.
 */
public interface Wording {

    /**
     * The text of {@code key} in {@code language} ({@code ja}, {@code en}, {@code ja-easy}; the Japanese where that
     * language is not written) with its placeholders filled.
     *
     * @throws IllegalArgumentException for an unknown key or a placeholder without a value (a programming error;
     *                                  the shipped keys are checked by a test)
     */
    String text(String language, String key, Map<String, ?> values);

    /**
     * The text of {@code key} in this wording's {@link #language()}: Japanese, for what is not said to one citizen in
     * a turn (notices, staff screens), unless {@link #in} chose another.
     */
    default String text(String key, Map<String, ?> values) {
        return text(language(), key, values);
    }

    /** The language of {@link #text(String, Map)}: Japanese unless {@link #in} chose another. */
    default String language() {
        return "ja";
    }

    /** This wording answering in {@code language} where no language is given: what an action says in a turn. */
    default Wording in(String language) {
        Wording all = this;
        return new Wording() {
            @Override
            public String text(String chosen, String key, Map<String, ?> values) {
                return all.text(chosen, key, values);
            }

            @Override
            public String language() {
                return language;
            }
        };
    }

    default String text(String key) {
        return text(key, Map.of());
    }
}

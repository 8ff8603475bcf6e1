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

    /** The Japanese text of {@code key}, for what is not said to one citizen in a turn (notices, staff screens). */
    default String text(String key, Map<String, ?> values) {
        return text("ja", key, values);
    }

    default String text(String key) {
        return text(key, Map.of());
    }
}

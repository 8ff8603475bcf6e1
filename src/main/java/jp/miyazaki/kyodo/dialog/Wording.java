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
     * The Japanese text of {@code key} with its placeholders filled.
     *
     * @throws IllegalArgumentException for an unknown key or a placeholder without a value (a programming error;
     *                                  the shipped keys are checked by a test)
     */
    String text(String key, Map<String, ?> values);

    default String text(String key) {
        return text(key, Map.of());
    }
}

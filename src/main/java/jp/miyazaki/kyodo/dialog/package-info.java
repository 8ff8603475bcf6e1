/**
 * Conversations: what a citizen sent ({@link jp.miyazaki.kyodo.dialog.UserInput}), the dialog that decides the
 * answer, and the answer in a small domain language ({@link jp.miyazaki.kyodo.dialog.Reply}).
 * Knows nothing of LINE or HTTP; the {@code line} package renders replies.
 */
package jp.miyazaki.kyodo.dialog;

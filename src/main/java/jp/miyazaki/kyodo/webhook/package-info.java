/**
 * LINE's webhook: {@code POST /callback} checks the signature over the raw body, turns LINE events into
 * {@link jp.miyazaki.kyodo.dialog.UserInput}s, drops duplicates, keeps each citizen's events in a Redis inbox and
 * answers 200 at once; workers then handle each citizen's events in timestamp order. Knows no dialogs or NLU.
 */
package jp.miyazaki.kyodo.webhook;

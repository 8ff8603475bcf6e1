/**
 * LINE Messaging API: renders the bot's {@link jp.miyazaki.kyodo.dialog.Reply} to LINE message objects, enforces
 * LINE's limits in one place, and sends with reply, push fallback, retry keys and backoff. Knows no dialogs.
 */
package jp.miyazaki.kyodo.line;

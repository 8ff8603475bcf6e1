/**
 * One turn of a conversation, the same for the LINE webhook and the simulator: load the citizen's session,
 * understand the text, let the dialog answer, keep the new state. Knows neither LINE nor HTTP.
 */
package jp.miyazaki.kyodo.conversation;

/**
 * The review log of messages the bot could not answer with confidence, kept on Redis as a capped list.
 */
package jp.miyazaki.kyodo.unanswered;

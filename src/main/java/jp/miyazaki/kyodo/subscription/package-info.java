/**
 * What each citizen told the bot about themselves (profile) and which notices they want: consent to notices,
 * followed categories and districts, and whether they still follow the account. Resolves the recipients of a
 * segment for broadcasts.
 */
package jp.miyazaki.kyodo.subscription;

/**
 * A citizen's rights over their data: see a short summary of what the bot keeps about them, and delete all of it
 * (sign-ups are cancelled first so their places go to others).
 */
package jp.miyazaki.kyodo.privacy;

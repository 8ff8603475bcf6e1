/** Who follows the bot: a citizen's follow status under {@code {prefix}user:{userId}}. */
package jp.miyazaki.kyodo.citizen;

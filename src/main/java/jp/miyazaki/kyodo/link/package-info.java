/**
 * Linking a citizen's LINE account to something staff look after, such as a group whose leader they are or an
 * expert's registry entry. Staff issue a one-time code; the person sends it to the bot and is linked. Other
 * features ask who is linked to what; this package knows nothing of groups or experts themselves.
 */
package jp.miyazaki.kyodo.link;

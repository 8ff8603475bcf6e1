/**
 * The rich menu under the chat: its areas as data ({@code dialogs/rich-menu.yml}), its image drawn with Java2D
 * (or uploaded by staff), and its installation on the channel through the Messaging API.
 */
package jp.miyazaki.kyodo.richmenu;

/**
 * Notices pushed to citizens: segment broadcasts (resolved once into batches of at most 500, each with its own
 * retry key stored before it is sent, paced under LINE's 200 multicasts a second, resumed after a crash so each
 * recipient gets the notice exactly once), and scheduled work that runs once across instances (reminders),
 * holding back non-urgent pushes during quiet hours. Recipients come from {@link
 * jp.miyazaki.kyodo.broadcast.Audience} and opportunity cards from {@link
 * jp.miyazaki.kyodo.broadcast.OpportunityCards}, both implemented elsewhere. Knows nothing of dialogs.
 */
package jp.miyazaki.kyodo.broadcast;

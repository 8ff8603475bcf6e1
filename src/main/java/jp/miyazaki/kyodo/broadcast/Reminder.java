package jp.miyazaki.kyodo.broadcast;

import java.time.Instant;

import jp.miyazaki.kyodo.dialog.Reply;

/**
 * One push to one citizen at a time, e.g. "the grant closes in 3 days". {@code id} names it uniquely and for
 * good (e.g. {@code grant:G12:3d:U…}): it is what makes the reminder go out once, and its retry key.
 * {@code urgent} reminders are not held back by quiet hours.
 */
public record Reminder(String id, String userId, Reply reply, Instant dueAt, boolean urgent) {
}

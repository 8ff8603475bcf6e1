/**
 * Recognition of what citizens did: staff or a group leader mark who came to an activity ({@link
 * jp.miyazaki.kyodo.activity.Attendance}), which writes each present citizen's activity record; citizens see
 * their records and yearly totals in the chat; the day after, present citizens are thanked with a one-tap
 * satisfaction survey ({@link jp.miyazaki.kyodo.activity.ThanksReminders}, sent by the broadcast package's
 * reminder machinery); configurable milestones send a thank-you card; staff see totals, feedback and a CSV for
 * the city's commendation. Every personal key carries the user id; {@link
 * jp.miyazaki.kyodo.activity.ActivityRecords#forget} undoes the shared per-activity sets.
 */
package jp.miyazaki.kyodo.activity;

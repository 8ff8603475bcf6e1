package jp.miyazaki.kyodo.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.miyazaki.kyodo.broadcast.DueReminders;
import jp.miyazaki.kyodo.broadcast.Reminder;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.dialog.flow.PostbackData;
import jp.miyazaki.kyodo.dialog.flow.PostbackData.SlotTarget;

/**
 * The thanks after an activity, as reminders so they go out once, across instances, outside quiet hours: each
 * present citizen is thanked at the configured time the day after (or right after a late marking), with quick
 * replies 5–1 that start the survey flow, and a thank-you card for every milestone that attendance crossed, in the
 * citizen's language.
 */
public class ThanksReminders implements DueReminders {

    private static final SlotTarget RATING = PostbackData.slotTarget("feedback", "rating");

    private final ActivityRecords records;
    private final Attendance attendance;
    private final Wording messages;
    /** The language a citizen is told things in outside a turn ({@code CitizenLanguage.forNotice}). */
    private final Function<String, String> languageOf;

    public ThanksReminders(ActivityRecords records, Attendance attendance, Wording messages,
            Function<String, String> languageOf) {
        this.records = records;
        this.attendance = attendance;
        this.messages = messages;
        this.languageOf = languageOf;
    }

    @Override
    public List<Reminder> due(Instant from, Instant to) {
        List<Reminder> due = new ArrayList<>();
        for (String opportunityId : records.thanksDueFrom(from)) {
            for (String userId : records.present(opportunityId)) {
                records.find(userId, opportunityId).ifPresent(record -> {
                    Instant at = attendance.thanksDue(record);
                    if (!at.isBefore(from) && !at.isAfter(to)) {
                        due.add(new Reminder("thanks:%s:%s".formatted(opportunityId, userId), userId,
                                thanks(record, languageOf.apply(userId)), at, false));
                    }
                });
            }
        }
        return due;
    }

    Reply thanks(ActivityRecord record, String language) {
        Wording wording = messages.in(language);
        List<Reply.Part> parts = new ArrayList<>();
        if (!record.milestones().isEmpty()) {
            parts.add(new Reply.Cards(wording.text("activity.certificate-alt"), List.of(card(wording, record))));
        }
        String text = wording.text("activity.thanks", Map.of("month", record.date().getMonthValue(),
                "day", record.date().getDayOfMonth(), "title", record.title()));
        List<Reply.Choice> ratings = new ArrayList<>();
        for (int rating = 5; rating >= 1; rating--) {
            String label = rating == 5 ? wording.text("activity.rating-best")
                    : rating == 1 ? wording.text("activity.rating-worst") : Integer.toString(rating);
            ratings.add(Reply.Choice.postback(label, RATING.data(Integer.toString(rating),
                    Map.of("activity", record.opportunityId()))));
        }
        parts.add(new Reply.Choices(text, ratings));
        return new Reply(parts);
    }

    /** One card for all the milestones this attendance crossed (rarely more than one). */
    private static Reply.Card card(Wording wording, ActivityRecord record) {
        String who = record.name() == null || record.name().isBlank() ? ""
                : wording.text("activity.certificate-name", Map.of("name", record.name())) + "\n";
        String reached = String.join(wording.text("common.separator"), record.milestones().stream()
                .map(milestone -> phrase(wording, milestone)).toList());
        return new Reply.Card(wording.text("activity.certificate-title"), who + wording.text("activity.certificate",
                Map.of("reached", reached)), List.of(Reply.Choice.postback(wording.text("activity.button-record"),
                        PostbackData.forIntent("activity.record", Map.of()))));
    }

    /** How a milestone ({@code hours:50}, {@code activities:5}) is said on the card. */
    private static String phrase(Wording wording, String milestone) {
        String count = milestone.substring(milestone.indexOf(':') + 1);
        return milestone.startsWith("hours:") ? wording.text("activity.milestone-hours", Map.of("count", count))
                : wording.text("activity.milestone-activities", Map.of("count", count));
    }
}

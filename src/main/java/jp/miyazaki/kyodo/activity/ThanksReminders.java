package jp.miyazaki.kyodo.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.miyazaki.kyodo.broadcast.DueReminders;
import jp.miyazaki.kyodo.broadcast.Reminder;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.flow.PostbackData;

/**
 * The thanks after an activity, as reminders so they go out once, across instances, outside quiet hours: each
 * present citizen is thanked at the configured time the day after (or right after a late marking), with quick
 * replies 5–1 that start the survey flow, and a thank-you card for every milestone that attendance crossed.
 */
public class ThanksReminders implements DueReminders {

    static final String FEEDBACK_FLOW = "feedback";

    private final ActivityRecords records;
    private final Attendance attendance;

    public ThanksReminders(ActivityRecords records, Attendance attendance) {
        this.records = records;
        this.attendance = attendance;
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
                                thanks(record), at, false));
                    }
                });
            }
        }
        return due;
    }

    static Reply thanks(ActivityRecord record) {
        List<Reply.Part> parts = new ArrayList<>();
        if (!record.milestones().isEmpty()) {
            parts.add(new Reply.Cards("感謝状が届きました", List.of(card(record))));
        }
        String text = "%d月%d日の「%s」にご参加いただき、ありがとうございました。\nよろしければ満足度を5段階で教えてください（5がいちばん満足）。"
                .formatted(record.date().getMonthValue(), record.date().getDayOfMonth(), record.title());
        List<Reply.Choice> ratings = new ArrayList<>();
        for (int rating = 5; rating >= 1; rating--) {
            String label = rating == 5 ? "5 とても満足" : rating == 1 ? "1 不満" : Integer.toString(rating);
            Map<String, String> data = new LinkedHashMap<>();
            data.put(PostbackData.FLOW, FEEDBACK_FLOW);
            data.put(PostbackData.SLOT, "rating");
            data.put(PostbackData.VALUE, Integer.toString(rating));
            data.put("activity", record.opportunityId());
            ratings.add(Reply.Choice.postback(label, PostbackData.encode(data)));
        }
        parts.add(new Reply.Choices(text, ratings));
        return new Reply(parts);
    }

    /** One card for all the milestones this attendance crossed (rarely more than one). */
    private static Reply.Card card(ActivityRecord record) {
        String who = record.name() == null || record.name().isBlank() ? "" : record.name() + " 様\n";
        String reached = String.join("、", record.milestones().stream().map(Milestones::phrase).toList());
        return new Reply.Card("感謝状", who + reached + "になりました。地域のためのご活動に、心より感謝申し上げます。\n宮崎市",
                List.of(Reply.Choice.postback("活動記録を見る", PostbackData.forIntent("activity.record", Map.of()))));
    }
}

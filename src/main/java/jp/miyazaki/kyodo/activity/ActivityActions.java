package jp.miyazaki.kyodo.activity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.miyazaki.kyodo.catalog.ActionSlots;
import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.FlowAction;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.shared.LineLimits;

/** The citizen's dialog actions: my activity record, and the answers to the thank-you survey. */
public class ActivityActions {

    /** Lines of activities shown in the chat; the rest is counted. */
    static final int SHOWN = 8;

    private final ActivityRecords records;
    private final Feedback feedback;
    private final Wording messages;

    public ActivityActions(ActivityRecords records, Feedback feedback, Wording messages) {
        this.records = records;
        this.feedback = feedback;
        this.messages = messages;
    }

    /**
     * activity.record: → ok (the list, most recent first, and this year's total) / none. Values: count, hours
     * (all years), year, year_count, year_hours.
     */
    @FlowAction(name = "activity.record", outcomes = {"ok", "none"})
    public Result record(Context context) {
        Wording wording = messages.in(context.language());
        List<ActivityRecord> mine = records.ofUser(context.userId());
        int year = context.at().getYear();
        if (mine.isEmpty()) {
            return new Result("none", Map.of("count", "0", "year", Integer.toString(year),
                    "text", wording.text("activity.record-none")), List.of());
        }
        List<ActivityRecord> thisYear = mine.stream().filter(r -> r.date().getYear() == year).toList();
        String yearHours = hours(thisYear);
        StringBuilder text = new StringBuilder(wording.text("activity.record-year", Map.of("year", year,
                "count", thisYear.size(), "hours", yearHours)));
        if (thisYear.size() < mine.size()) {
            text.append("\n").append(wording.text("activity.record-total", Map.of("count", mine.size(),
                    "hours", hours(mine))));
        }
        text.append("\n");
        for (ActivityRecord record : mine.subList(0, Math.min(SHOWN, mine.size()))) {
            text.append("\n").append(wording.text("activity.record-line", Map.of("year", record.date().getYear(),
                    "month", record.date().getMonthValue(), "day", record.date().getDayOfMonth(),
                    "title", cut(record.title()), "hours", ActivityRecord.hoursText(record.minutes()))));
        }
        if (mine.size() > SHOWN) {
            text.append("\n").append(wording.text("activity.record-more", Map.of("count", mine.size() - SHOWN)));
        }
        return new Result("ok", Map.of("count", Integer.toString(mine.size()), "hours", hours(mine),
                "year", Integer.toString(year), "year_count", Integer.toString(thisYear.size()),
                "year_hours", yearHours, "text", text.toString()), List.of(new Reply.Text(text.toString())));
    }

    /**
     * feedback.rate: slots activity (the opportunity id), rating (1–5) → ok (stored, replacing an earlier answer)
     * / none (the citizen was not marked present there) / invalid (no rating 1–5). Values: title.
     */
    @FlowAction(name = "feedback.rate", outcomes = {"ok", "none", "invalid"})
    public Result rate(Context context) {
        Wording wording = messages.in(context.language());
        ActionSlots slots = new ActionSlots(context);
        Optional<ActivityRecord> record = slots.text("activity")
                .flatMap(id -> records.find(context.userId(), id));
        if (record.isEmpty()) {
            return new Result("none", Map.of("text", wording.text("activity.feedback-not-found")), List.of());
        }
        Optional<Integer> rating = slots.number("rating").filter(r -> r >= 1 && r <= 5);
        if (rating.isEmpty()) {
            return new Result("invalid", Map.of("text", wording.text("activity.feedback-invalid-rating")),
                    List.of());
        }
        feedback.rate(context.userId(), record.get().opportunityId(), rating.get(), context.at().toInstant());
        return new Result("ok", Map.of("title", record.get().title(), "text",
                wording.text("activity.feedback-rated")), List.of());
    }

    /** feedback.comment: slots activity, comment (optional; スキップ or none = no comment) → ok / none. */
    @FlowAction(name = "feedback.comment", outcomes = {"ok", "none"})
    public Result comment(Context context) {
        Wording wording = messages.in(context.language());
        ActionSlots slots = new ActionSlots(context);
        Optional<String> activity = slots.text("activity");
        Optional<String> comment = slots.comment("comment");
        if (activity.isEmpty()) {
            return Result.of("none");
        }
        if (comment.isEmpty()) {
            return new Result("ok", Map.of("text", wording.text("activity.feedback-done")), List.of());
        }
        return feedback.comment(context.userId(), activity.get(), comment.get())
                ? new Result("ok", Map.of("text", wording.text("activity.feedback-commented")), List.of())
                : Result.of("none");
    }

    private static String hours(List<ActivityRecord> records) {
        return ActivityRecord.hoursText(records.stream().mapToLong(ActivityRecord::minutes).sum());
    }

    private static String cut(String title) {
        return title.length() > LineLimits.ACTION_LABEL_LENGTH
                ? title.substring(0, LineLimits.ACTION_LABEL_LENGTH - 1) + "…" : title;
    }
}

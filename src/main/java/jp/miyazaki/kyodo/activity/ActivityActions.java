package jp.miyazaki.kyodo.activity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.miyazaki.kyodo.catalog.ActionSlots;
import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.Reply;

/** The citizen's dialog actions: my activity record, and the answers to the thank-you survey. */
public class ActivityActions {

    /** Lines of activities shown in the chat; the rest is counted. */
    static final int SHOWN = 8;
    private static final List<String> NO_COMMENT = List.of("スキップ", "なし", "ない", "特になし", "とくになし", "skip");

    private final ActivityRecords records;
    private final Feedback feedback;

    public ActivityActions(ActivityRecords records, Feedback feedback) {
        this.records = records;
        this.feedback = feedback;
    }

    /**
     * activity.record: → ok (the list, most recent first, and this year's total) / none. Values: count, hours
     * (all years), year, year_count, year_hours.
     */
    public Result record(Context context) {
        List<ActivityRecord> mine = records.ofUser(context.userId());
        int year = context.at().getYear();
        if (mine.isEmpty()) {
            return new Result("none", Map.of("count", "0", "year", Integer.toString(year),
                    "text", "まだ活動の記録はありません。"), List.of());
        }
        List<ActivityRecord> thisYear = mine.stream().filter(r -> r.date().getYear() == year).toList();
        String yearHours = hours(thisYear);
        StringBuilder text = new StringBuilder("%d年の活動：%d回・%s時間".formatted(year, thisYear.size(), yearHours));
        if (thisYear.size() < mine.size()) {
            text.append("\nこれまでの合計：%d回・%s時間".formatted(mine.size(), hours(mine)));
        }
        text.append("\n");
        for (ActivityRecord record : mine.subList(0, Math.min(SHOWN, mine.size()))) {
            text.append("\n%d/%d/%d %s（%s時間）".formatted(record.date().getYear(), record.date().getMonthValue(),
                    record.date().getDayOfMonth(), cut(record.title()), number(record.hours())));
        }
        if (mine.size() > SHOWN) {
            text.append("\nほか%d件".formatted(mine.size() - SHOWN));
        }
        return new Result("ok", Map.of("count", Integer.toString(mine.size()), "hours", hours(mine),
                "year", Integer.toString(year), "year_count", Integer.toString(thisYear.size()),
                "year_hours", yearHours, "text", text.toString()), List.of(new Reply.Text(text.toString())));
    }

    /**
     * feedback.rate: slots activity (the opportunity id), rating (1–5) → ok (stored, replacing an earlier answer)
     * / none (the citizen was not marked present there) / invalid (no rating 1–5). Values: title.
     */
    public Result rate(Context context) {
        ActionSlots slots = new ActionSlots(context);
        Optional<ActivityRecord> record = slots.text("activity")
                .flatMap(id -> records.find(context.userId(), id));
        if (record.isEmpty()) {
            return new Result("none", Map.of("text", "アンケートの対象の活動が見つかりませんでした。"), List.of());
        }
        Optional<Integer> rating = slots.number("rating").filter(r -> r >= 1 && r <= 5);
        if (rating.isEmpty()) {
            return new Result("invalid", Map.of("text", "満足度は1〜5の数字で教えてください。"), List.of());
        }
        feedback.rate(context.userId(), record.get().opportunityId(), rating.get(), context.at().toInstant());
        return new Result("ok", Map.of("title", record.get().title(), "text", "ご回答ありがとうございます。"), List.of());
    }

    /** feedback.comment: slots activity, comment (optional; スキップ or none = no comment) → ok / none. */
    public Result comment(Context context) {
        ActionSlots slots = new ActionSlots(context);
        Optional<String> activity = slots.text("activity");
        Optional<String> comment = slots.text("comment").filter(c -> !NO_COMMENT.contains(c.toLowerCase()));
        if (activity.isEmpty()) {
            return Result.of("none");
        }
        if (comment.isEmpty()) {
            return new Result("ok", Map.of("text", "ご回答ありがとうございました。"), List.of());
        }
        return feedback.comment(context.userId(), activity.get(), comment.get())
                ? new Result("ok", Map.of("text", "ご意見ありがとうございました。"), List.of())
                : Result.of("none");
    }

    private static String hours(List<ActivityRecord> records) {
        return number(Math.round(records.stream().mapToLong(ActivityRecord::minutes).sum() / 6.0) / 10.0);
    }

    /** 2 rather than 2.0, 1.5 as it is. */
    private static String number(double hours) {
        return hours == Math.rint(hours) ? Long.toString((long) hours) : Double.toString(hours);
    }

    private static String cut(String title) {
        return title.length() > 20 ? title.substring(0, 19) + "…" : title;
    }
}

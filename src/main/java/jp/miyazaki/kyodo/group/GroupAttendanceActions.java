package jp.miyazaki.kyodo.group;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jp.miyazaki.kyodo.activity.Attendance;
import jp.miyazaki.kyodo.activity.AttendanceMarked;
import jp.miyazaki.kyodo.activity.AttendanceRefused;
import jp.miyazaki.kyodo.activity.RollEntry;
import jp.miyazaki.kyodo.catalog.ActionSlots;
import jp.miyazaki.kyodo.catalog.DisplayText;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.FlowAction;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Reply.Card;
import jp.miyazaki.kyodo.dialog.Reply.Choice;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.dialog.flow.PostbackData;
import jp.miyazaki.kyodo.dialog.flow.PostbackData.SlotTarget;
import jp.miyazaki.kyodo.observability.Pseudonym;

/**
 * A linked leader marks who came to one of the group's activities by chat: choose an activity that has started,
 * read the numbered roll of confirmed sign-ups, answer 「1,3」 or 「全員」, confirm. Marking is
 * {@link Attendance#mark}, the same as staff's in the console.
 */
public class GroupAttendanceActions {

    /** Activities that started within this time can be marked by chat. */
    private static final Duration RECENT = Duration.ofDays(14);
    private static final SlotTarget ATTENDANCE = PostbackData.slotTarget("group-attendance", "activity");
    private static final int MAX_CARDS = 10;

    private final GroupActions groups;
    private final Attendance attendance;
    private final Wording messages;

    public GroupAttendanceActions(GroupActions groups, Attendance attendance, Wording messages) {
        this.groups = groups;
        this.attendance = attendance;
        this.messages = messages;
    }

    /**
     * group.activities: optional slot activity → chosen (already given) / ok (cards of the group's activities
     * that started within 14 days, each with 出欠をつける) / none / not_leader.
     */
    @FlowAction(name = "group.activities", outcomes = {"chosen", "ok", "none", "not_leader"})
    public Result activities(Context context) {
        Wording wording = messages.in(context.language());
        Optional<Group> group = groups.ledBy(context.userId());
        if (group.isEmpty()) {
            return groups.notLeader(context.language());
        }
        if (new ActionSlots(context).text("activity").isPresent()) {
            return Result.of("chosen");
        }
        List<Opportunity> started = recent(group.get(), context);
        if (started.isEmpty()) {
            return new Result(GroupActions.NONE, Map.of("text", wording.text("group.attendance-none",
                    Map.of("name", group.get().name()))), List.of());
        }
        List<Card> cards = started.stream().limit(MAX_CARDS).map(o -> new Card(DisplayText.cut(o.title(), 40),
                DisplayText.cut(wording.text("group.attendance-card", Map.of("when", DisplayText.shortWhen(wording, o),
                        "count", attendance.roll(o.id()).size())), 60),
                List.of(Choice.postback(wording.text("group.button-mark"), ATTENDANCE.data(o.id())))))
                .toList();
        return new Result(GroupActions.OK, Map.of("count", String.valueOf(started.size())),
                List.of(new Reply.Cards(wording.text("group.attendance-activities"), cards)));
    }

    private List<Opportunity> recent(Group group, Context context) {
        return groups.opportunitiesOf(group).stream()
                .filter(o -> !o.start().toInstant().isAfter(context.at().toInstant()))
                .filter(o -> o.start().toInstant().isAfter(context.at().toInstant().minus(RECENT)))
                .sorted((a, b) -> b.start().compareTo(a.start())).toList();
    }

    /**
     * group.roll: slot activity → ok (the numbered roll of confirmed sign-ups, present ones ticked; values title)
     * / empty (no confirmed sign-ups) / none (not one of the group's started activities) / not_leader.
     */
    @FlowAction(name = "group.roll", outcomes = {"ok", "empty", "none", "not_leader"})
    public Result roll(Context context) {
        Wording wording = messages.in(context.language());
        return withActivity(context, wording.text("group.attendance-cannot-mark")
                + wording.text("group.attendance-only-recent"), (group, activity) -> {
            List<RollEntry> roll = attendance.roll(activity.id());
            Map<String, String> values = new LinkedHashMap<>();
            values.put("title", activity.title());
            if (roll.isEmpty()) {
                values.put("text", wording.text("group.roll-empty", values));
                return new Result("empty", values, List.of());
            }
            StringBuilder text = new StringBuilder(wording.text("group.roll", Map.of("title", activity.title(),
                    "when", DisplayText.shortWhen(wording, activity))));
            for (int i = 0; i < roll.size(); i++) {
                RollEntry entry = roll.get(i);
                Map<String, Object> line = Map.of("number", i + 1, "name", name(wording, entry), "people", entry.people());
                text.append("\n").append(entry.present() ? wording.text("group.roll-entry-present", line)
                        : wording.text("group.roll-entry", line));
            }
            values.put("text", text.toString());
            return new Result(GroupActions.OK, values, List.of(new Reply.Text(text.toString())));
        });
    }

    /**
     * group.present: slots activity, present (「1,3」, all, nobody) → ok (values summary: who is marked present and
     * how many absent) / invalid (a number not on the roll) / none / not_leader. Nothing is stored.
     */
    @FlowAction(name = "group.present", outcomes = {"ok", "invalid", "none", "not_leader"})
    public Result present(Context context) {
        Wording wording = messages.in(context.language());
        return withActivity(context, wording.text("group.attendance-cannot-mark"), (group, activity) -> {
            List<RollEntry> roll = attendance.roll(activity.id());
            Optional<List<RollEntry>> chosen = chosen(roll, context.slots().get("present"));
            if (chosen.isEmpty()) {
                return new Result(GroupActions.INVALID, Map.of("text", wording.text("group.present-invalid",
                        Map.of("max", roll.size()))), List.of());
            }
            String names = chosen.get().stream().map(entry -> name(wording, entry))
                    .collect(Collectors.joining(wording.text("common.separator")));
            Map<String, Object> counts = Map.of("present", chosen.get().size(), "names", names,
                    "absent", roll.size() - chosen.get().size());
            String summary = names.isEmpty() ? wording.text("group.present-summary", counts)
                    : wording.text("group.present-summary-names", counts);
            return new Result(GroupActions.OK, Map.of("summary", summary, "text", summary), List.of());
        });
    }

    /**
     * group.attendance: slots activity, present → ok (values summary, present_count) / refused (the activity has
     * not started or the roll changed; values text) / none / not_leader. Marks exactly the chosen people present.
     */
    @FlowAction(name = "group.attendance", outcomes = {"ok", "refused", "invalid", "none", "not_leader"})
    public Result mark(Context context) {
        Wording wording = messages.in(context.language());
        return withActivity(context, wording.text("group.attendance-cannot-mark"), (group, activity) -> {
            Optional<List<RollEntry>> chosen = chosen(attendance.roll(activity.id()), context.slots().get("present"));
            if (chosen.isEmpty()) {
                return new Result(GroupActions.INVALID, Map.of("text", wording.text("group.mark-invalid")), List.of());
            }
            Set<String> references = chosen.get().stream().map(RollEntry::reference)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            try {
                // Staff see who marked it; a leader is recorded by group and pseudonym, never by LINE id.
                AttendanceMarked marked = attendance.mark(activity.id(), references,
                        group.id() + " " + Pseudonym.of(context.userId()), context.language());
                String summary = wording.text("group.marked", Map.of("title", activity.title(),
                        "present", marked.present(), "people", marked.people(), "absent", marked.absent()));
                return new Result(GroupActions.OK, Map.of("summary", summary, "present_count",
                        String.valueOf(marked.present()), "text", summary), List.of());
            } catch (AttendanceRefused refused) {
                return new Result("refused", Map.of("text", refused.getMessage()), List.of());
            }
        });
    }

    /**
     * Answers not_leader unless the user leads a group, none (with the text) unless the slot activity is one of its
     * started activities, otherwise what the action does with both.
     */
    private Result withActivity(Context context, String noneText, BiFunction<Group, Opportunity, Result> action) {
        Optional<Group> group = groups.ledBy(context.userId());
        if (group.isEmpty()) {
            return groups.notLeader(context.language());
        }
        Optional<Opportunity> activity = activity(group.get(), context);
        if (activity.isEmpty()) {
            return new Result(GroupActions.NONE, Map.of("text", noneText), List.of());
        }
        return action.apply(group.get(), activity.get());
    }

    private Optional<Opportunity> activity(Group group, Context context) {
        Optional<String> id = new ActionSlots(context).text("activity");
        return id.flatMap(wanted -> recent(group, context).stream().filter(o -> o.id().equals(wanted)).findFirst());
    }

    /** The roll entries an answer names: all, nobody, or 1-based numbers; empty when a number is off the roll. */
    static Optional<List<RollEntry>> chosen(List<RollEntry> roll, String answer) {
        String text = answer == null ? "" : Normalizer.normalize(answer, Normalizer.Form.NFKC).strip();
        if (ActionSlots.meansEveryone(text)) {
            return Optional.of(roll);
        }
        if (ActionSlots.meansNobody(text)) {
            return Optional.of(List.of());
        }
        List<RollEntry> chosen = new ArrayList<>();
        for (String part : text.split("[^0-9]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int number = part.length() > 3 ? 0 : Integer.parseInt(part);
            if (number < 1 || number > roll.size()) {
                return Optional.empty();
            }
            if (!chosen.contains(roll.get(number - 1))) {
                chosen.add(roll.get(number - 1));
            }
        }
        return chosen.isEmpty() ? Optional.empty() : Optional.of(chosen);
    }

    private static String name(Wording wording, RollEntry entry) {
        return entry.name() == null || entry.name().isBlank() ? wording.text("group.roll-no-name") : entry.name();
    }
}

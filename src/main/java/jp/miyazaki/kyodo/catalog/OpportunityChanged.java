package jp.miyazaki.kyodo.catalog;

import java.util.List;
import java.util.Objects;

/**
 * Published when staff changed what an opportunity's signed-up citizens rely on (when it is, where it is) and
 * asked for them to be told. {@code changeId} names this one change for good, so whoever tells the citizens does
 * it once per change and citizen, however often the event is handled; {@code citizens} are the LINE user ids of
 * everyone signed up, confirmed first, then the waitlist.
 */
public record OpportunityChanged(String changeId, Opportunity before, Opportunity after, List<String> citizens) {

    public OpportunityChanged {
        Objects.requireNonNull(changeId, "changeId");
        citizens = List.copyOf(citizens);
    }

    /** Whether citizens would want to hear of this change: its date or times, or its place, moved. */
    public static boolean mattersToCitizens(Opportunity before, Opportunity after) {
        return timeMoved(before, after) || placeMoved(before, after);
    }

    /** The start or the end moved (a day or a time). */
    public boolean timeMoved() {
        return timeMoved(before, after);
    }

    /** The place changed (set, changed or cleared). */
    public boolean placeMoved() {
        return placeMoved(before, after);
    }

    private static boolean timeMoved(Opportunity before, Opportunity after) {
        return !before.start().isEqual(after.start()) || !before.end().isEqual(after.end());
    }

    private static boolean placeMoved(Opportunity before, Opportunity after) {
        return !Objects.equals(blankToNull(before.place()), blankToNull(after.place()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

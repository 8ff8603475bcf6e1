package jp.miyazaki.kyodo.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One citizen's attendance at one activity, written when it is marked. It copies what the catalog and the
 * sign-up said then (title, place, the name given at sign-up), because sign-up names are removed 30 days after
 * the activity and staff still need them for the year's commendation. {@code minutes} is the activity's
 * length; {@code milestones} are those this attendance crossed (e.g. {@code activities:5}), thanked with it.
 */
public record ActivityRecord(String opportunityId, String title, String category, String district,
        LocalDate date, long minutes, String name, int people, Instant markedAt, List<String> milestones) {

    public ActivityRecord {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** Hours with one decimal, as people say them (1.5時間). */
    public double hours() {
        return Math.round(minutes / 6.0) / 10.0;
    }

    ActivityRecord withMilestones(List<String> reached) {
        return new ActivityRecord(opportunityId, title, category, district, date, minutes, name, people, markedAt,
                reached);
    }
}
